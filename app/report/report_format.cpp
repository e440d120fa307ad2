// Spanish labels and number forms of the report (see report_format.hpp).
#include "report/report_format.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <span>
#include <utility>

#include "core/codes.hpp"
#include "core/enterprise_size.hpp"
#include "core/indicators.hpp"

namespace cdmype::report {
namespace {

using Label = std::pair<std::string_view, std::string_view>;

std::string lookup(std::span<const Label> table, std::string_view code) {
  for (const auto& [c, label] : table)
    if (c == code) return std::string(label);
  return std::string(code);
}

// Every code of a vocabulary, in display order.
template <class E>
std::vector<std::string> all_codes() {
  std::vector<std::string> out;
  for (const auto& e : code_table<E>()) out.emplace_back(e.code);
  return out;
}

template <class E>
std::string code_label(std::string_view code) {
  for (const auto& e : code_table<E>())
    if (e.code == code) return std::string(e.display);
  return std::string(code);
}

std::string two_digits(int n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// Inserts "," every three digits of a non-negative integer's decimal form.
// (Built by appending: GCC 12 gives a false -Wrestrict on string::insert.)
std::string group_thousands(const std::string& digits) {
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// Minutes → hundredths of an hour, rounded half-up; integer maths so the
// JSON and PDF agree to the last digit with anyone recomputing minutes/60.
std::int64_t hundredths_of_hour(std::int64_t minutes) {
  const std::int64_t sign = minutes < 0 ? -1 : 1;
  const std::int64_t m = minutes * sign;
  return sign * ((m * 100 + 30) / 60);
}

constexpr std::array<std::string_view, 12> k_months{
    "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
    "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

constexpr std::array<Label, 6> k_motivos{{
    {"liderada_por_mujer", "Liderada por mujer"},
    {"rural", "Zona rural"},
    {"asociativa", "Empresa asociativa"},
    {"joven", "Titular joven"},
    {"retornado", "Persona retornada"},
    {"discapacidad", "Persona con discapacidad"},
}};

constexpr std::array<Label, 4> k_remision_estados{{
    {"recibida", "Recibida"},
    {"asignada", "Asignada"},
    {"atendida", "Atendida"},
    {"no_procede", "No procede"},
}};

}  // namespace

std::string_view month_name(int month) {
  if (month < 1 || month > 12) return {};
  return k_months[static_cast<std::size_t>(month - 1)];
}

std::string month_title(const YearMonth& ym) {
  return std::string(month_name(ym.month)) + " " + std::to_string(ym.year);
}

std::string format_count(std::int64_t n) {
  std::string out = n < 0 ? "-" : "";
  out += group_thousands(std::to_string(n < 0 ? -n : n));
  return out;
}

std::string hours_decimal(std::int64_t minutes) {
  const std::int64_t h = hundredths_of_hour(minutes);
  const std::int64_t a = h < 0 ? -h : h;
  std::string out = h < 0 ? "-" : "";
  out += std::to_string(a / 100);
  out += '.';
  out += two_digits(static_cast<int>(a % 100));
  return out;
}

std::string format_hours(std::int64_t minutes) {
  const std::int64_t h = hundredths_of_hour(minutes);
  const std::int64_t a = h < 0 ? -h : h;
  std::string out = h < 0 ? "-" : "";
  out += group_thousands(std::to_string(a / 100));
  out += '.';
  out += two_digits(static_cast<int>(a % 100));
  return out;
}

std::string format_percent(std::optional<double> p) {
  if (!p || !std::isfinite(*p)) return "—";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f %%", *p);
  return buf;
}

std::string format_generated(const GeneratedAt& g) {
  return to_display(g.date) + " " + two_digits(g.hour) + ":" + two_digits(g.minute);
}

std::string area_label(std::string_view code) { return code_label<Area>(code); }
std::string sector_label(std::string_view code) { return code_label<Sector>(code); }
std::string tamano_label(std::string_view code) { return code_label<Tamano>(code); }
std::string categoria_micro_label(std::string_view code) {
  // The categories read in lower case inside "Micro (acumulación)"; a table row starts a line.
  std::string s = code_label<CategoriaMicro>(code);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}
std::string motivo_label(std::string_view code) { return lookup(k_motivos, code); }
std::string remision_estado_label(std::string_view code) {
  return lookup(k_remision_estados, code);
}

std::string indicador_label(std::string_view code) {
  if (const auto known = find_indicator(code)) return std::string(known->label);
  // Unknown indicator: "nuevos_mercados" → "Nuevos mercados".
  std::string s(code);
  for (char& ch : s)
    if (ch == '_') ch = ' ';
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

bool indicador_is_money(std::string_view code) { return code.ends_with("_centavos"); }

std::vector<std::string> area_codes() { return all_codes<Area>(); }

std::vector<std::string> sector_codes() { return all_codes<Sector>(); }

std::vector<std::string> tamano_codes() { return all_codes<Tamano>(); }

std::vector<std::string> categoria_micro_codes() { return all_codes<CategoriaMicro>(); }

std::vector<std::string> remision_estados() {
  std::vector<std::string> out;
  for (const auto& [code, label] : k_remision_estados) out.emplace_back(code);
  return out;
}

std::vector<std::string> standard_motivos() {
  return {"liderada_por_mujer", "rural", "asociativa"};
}

}  // namespace cdmype::report
