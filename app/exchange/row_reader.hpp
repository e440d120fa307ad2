// Typed reading of one CSV row: each getter parses a cell or records "línea N, columna X: …".
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/codes.hpp"
#include "core/dates.hpp"
#include "core/money.hpp"
#include "exchange/csv_columns.hpp"
#include "exchange/csv_reader.hpp"
#include "exchange/import_errors.hpp"

namespace cdmype::exchange {

enum class Need { Optional, Required };

// Parses "si"/"no" (also "sí", "s", "n", "1", "0", "true", "false", "x",
// any case, accents ignored); empty is no. nullopt when unrecognised.
std::optional<bool> parse_si_no(std::string_view text);

// The amounts' reading for a whole file: the center's number format, and
// whether any amount carried a thousands separator (the summary says so).
struct MoneyFormatUse {
  NumberFormat format = NumberFormat::ElSalvador;
  bool grouped = false;
};

// Cells of one record, looked up by column spec name. A getter that fails
// records the problem with the row's line and the column's header as written
// in the file, and returns nullopt; the importer keeps reading so that every
// problem of the row is listed. An absent optional column reads as empty.
class RowReader {
 public:
  RowReader(const CsvRecord& record, const ColumnMap& columns, ImportErrors& errors,
            MoneyFormatUse* money_format = nullptr);

  int line() const { return record_.line; }
  // True once any getter (or problem()) recorded an error for this row.
  bool has_errors() const { return errors_.count() != errors_before_; }

  // The trimmed cell; "" when the column is absent. Undoes the apostrophe
  // the exporter puts before formula-like text ("'=x" reads as "=x").
  std::string text(std::string_view column) const;
  // As text(), recording "el valor es obligatorio" when empty.
  std::optional<std::string> required_text(std::string_view column);

  std::optional<bool> si_no(std::string_view column);
  // Both forms of product.md §4: 2026-10-05 and 05/10/2026.
  std::optional<Date> date(std::string_view column, Need need);
  // As core read_money reads it ("$1,234.56", "1.234,56", "1234,56"), with
  // the file's number format; negative amounts refused. Empty optional → $0.00.
  std::optional<Money> money(std::string_view column, Need need);
  // Whole non-negative number. Empty optional → 0.
  std::optional<int> count(std::string_view column, Need need);

  // A coded value (code or display name, any case, accents ignored). Empty
  // gives `fallback` when there is one, otherwise "el valor es obligatorio".
  template <class E>
  std::optional<E> code(std::string_view column, std::optional<E> fallback = std::nullopt) {
    const std::string value = text(column);
    if (value.empty()) {
      if (!fallback) problem(column, "el valor es obligatorio.");
      return fallback;
    }
    if (auto parsed = parse_code<E>(value)) return parsed;
    problem(column, "«" + value + "» no es un valor válido; use uno de: " + list_codes<E>() + ".");
    return std::nullopt;
  }

  // Records a problem of one cell / of the whole row.
  void problem(std::string_view column, std::string_view message);
  void row_problem(std::string_view message);

 private:
  const CsvRecord& record_;
  const ColumnMap& columns_;
  ImportErrors& errors_;
  std::size_t errors_before_;
  MoneyFormatUse* money_format_;
};

}  // namespace cdmype::exchange
