// Cell parsers shared by every importer, with the Spanish wording of their problems.
#include "exchange/row_reader.hpp"

#include <charconv>

#include "core/text.hpp"

namespace cdmype::exchange {

std::optional<bool> parse_si_no(std::string_view text) {
  const std::string v = fold_for_match(text);
  if (v.empty() || v == "no" || v == "n" || v == "0" || v == "false" || v == "falso") return false;
  if (v == "si" || v == "s" || v == "1" || v == "true" || v == "verdadero" || v == "x") return true;
  return std::nullopt;
}

RowReader::RowReader(const CsvRecord& record, const ColumnMap& columns, ImportErrors& errors,
                     MoneyFormatUse* money_format)
    : record_(record),
      columns_(columns),
      errors_(errors),
      errors_before_(errors.count()),
      money_format_(money_format) {}

std::string RowReader::text(std::string_view column) const {
  const auto i = columns_.index(column);
  if (!i || *i >= record_.fields.size()) return {};
  std::string value = trim(record_.fields[*i]);
  // The exporter's formula guard (csv_writer.hpp): "'=..." → "=...".
  if (value.size() >= 2 && value[0] == '\'' &&
      std::string_view("=+-@").find(value[1]) != std::string_view::npos)
    value.erase(0, 1);
  return value;
}

std::optional<std::string> RowReader::required_text(std::string_view column) {
  std::string value = text(column);
  if (value.empty()) {
    problem(column, "el valor es obligatorio.");
    return std::nullopt;
  }
  return value;
}

std::optional<bool> RowReader::si_no(std::string_view column) {
  const std::string value = text(column);
  if (auto b = parse_si_no(value)) return b;
  problem(column, "«" + value + "» no es sí ni no; escriba si o no.");
  return std::nullopt;
}

std::optional<Date> RowReader::date(std::string_view column, Need need) {
  const std::string value = text(column);
  if (value.empty()) {
    if (need == Need::Required) problem(column, "el valor es obligatorio.");
    return std::nullopt;
  }
  if (auto d = parse_date(value)) return d;
  problem(column,
          "«" + value + "» no es una fecha válida; use 2026-10-05 o 05/10/2026 (dd/mm/aaaa).");
  return std::nullopt;
}

std::optional<Money> RowReader::money(std::string_view column, Need need) {
  const std::string value = text(column);
  if (value.empty()) {
    if (need == Need::Required) {
      problem(column, "el valor es obligatorio.");
      return std::nullopt;
    }
    return Money{};
  }
  const MoneyReading r =
      read_money(value, money_format_ ? money_format_->format : NumberFormat::ElSalvador);
  if (!r.value) {
    problem(column, "«" + value + "» no es un monto válido: " + r.problem + ".");
    return std::nullopt;
  }
  const auto m = r.value;
  if (r.grouped && money_format_) money_format_->grouped = true;
  if (m->cents < 0) {
    problem(column, "«" + value + "»: el monto no puede ser negativo.");
    return std::nullopt;
  }
  return m;
}

std::optional<int> RowReader::count(std::string_view column, Need need) {
  const std::string value = text(column);
  if (value.empty()) {
    if (need == Need::Required) {
      problem(column, "el valor es obligatorio.");
      return std::nullopt;
    }
    return 0;
  }
  if (value[0] == '-') {
    problem(column, "«" + value + "»: no puede ser negativo.");
    return std::nullopt;
  }
  int n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec == std::errc::result_out_of_range) {
    problem(column, "«" + value + "» es un número demasiado grande.");
    return std::nullopt;
  }
  if (ec != std::errc{} || end != value.data() + value.size()) {
    problem(column, "«" + value + "» no es un número entero (sin decimales ni letras).");
    return std::nullopt;
  }
  return n;
}

void RowReader::problem(std::string_view column, std::string_view message) {
  errors_.add(record_.line, columns_.header_name(column), message);
}

void RowReader::row_problem(std::string_view message) { errors_.add_line(record_.line, message); }

}  // namespace cdmype::exchange
