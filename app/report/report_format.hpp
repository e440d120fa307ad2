// Spanish wording and number forms of the report: labels, counts, hours, dates.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "report/monthly_figures.hpp"

namespace cdmype::report {

// "octubre 2026".
std::string month_title(const YearMonth& ym);
// "enero" … "diciembre"; empty outside 1..12.
std::string_view month_name(int month);

// "1,234" (same grouping as money's "$1,234.56").
std::string format_count(std::int64_t n);
// Minutes as hours with two decimals, rounded half-up, grouped: 95 → "1.58".
std::string format_hours(std::int64_t minutes);
// Hours as an exact decimal for JSON: 95 → "1.58" (no grouping).
std::string hours_decimal(std::int64_t minutes);
// "45.8 %" or "—" when there is no goal.
std::string format_percent(std::optional<double> p);
// "03/11/2026 10:15".
std::string format_generated(const GeneratedAt& g);

// Display names of the codes the figures carry; unknown codes are shown
// as written, so new codes never make a report fail.
std::string area_label(std::string_view code);
std::string sector_label(std::string_view code);
std::string tamano_label(std::string_view code);          // "Pequeña"
std::string categoria_micro_label(std::string_view code);  // "Acumulación"
std::string motivo_label(std::string_view code);
std::string remision_estado_label(std::string_view code);
std::string indicador_label(std::string_view code);
// True for indicators measured in cents ("ventas_centavos").
bool indicador_is_money(std::string_view code);

// Every área code in display order (the seven of product.md §4).
std::vector<std::string> area_codes();
// Every sector code in display order (the nine of product.md §4).
std::vector<std::string> sector_codes();
// micro, pequena, fuera_de_rango, sin_datos; subsistencia, acumulacion, expansion.
std::vector<std::string> tamano_codes();
std::vector<std::string> categoria_micro_codes();
// The referral states in life-cycle order (product.md §2).
std::vector<std::string> remision_estados();
// The three reasons of the default policy, always listed.
std::vector<std::string> standard_motivos();

}  // namespace cdmype::report
