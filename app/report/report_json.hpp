// The monthly report as JSON: keys and meanings of product.md §3, money in cents.
#pragma once
#include <filesystem>
#include <string>

#include "report/monthly_figures.hpp"

namespace cdmype::report {

// Pretty-printed UTF-8 JSON, two-space indent, `"key": value` (one space
// after the colon), members in the order of §3. Fixed vocabularies are
// listed in full with zeros: por_area (7 áreas), por_sector (9 sectors),
// por_motivo (liderada_por_mujer, rural, asociativa), remisiones.por_estado
// (4 states), por_tamano (micro, pequena, fuera_de_rango, sin_datos) and,
// under the 2026 reform, por_tamano_micro (3 categories); codes outside them follow in sorted order. "horas" is a number
// with two decimals (minutos / 60 rounded half-up), "presupuesto" is null
// when no AT budget is set for the year, a goal's "porcentaje" is null when
// it has no goal.
std::string monthly_json(const MonthlyFigures& figures);

// monthly_json written whole or not at all; throws UserError on failure.
void write_monthly_json(const MonthlyFigures& figures, const std::filesystem::path& path);

}  // namespace cdmype::report
