// The shared import loop and the lookups every kind of file uses (distrito, asesor).
#include "exchange/importer.hpp"

#include <algorithm>
#include <cctype>

#include "exchange/csv_reader.hpp"
#include "store/clock.hpp"

namespace cdmype::exchange {

Date ImportLookups::today() const { return store::local_date(store::system_clock()()); }

void Importer::read_file(std::string_view bytes) {
  ImportErrors errors;
  CsvTable table;
  try {
    table = read_csv(bytes);
  } catch (const ValidationFailed& e) {
    // Structural problems of the file come first and stop the import: the
    // rows cannot be trusted to be split right.
    for (const auto& p : e.problems()) errors.add_file(p);
    errors.throw_if_any();
  }
  if (const std::string note = encoding_note(table.encoding); !note.empty()) errors.warn(note);
  const ColumnMap map = ColumnMap::match(columns(), table.header, table.header_line, errors);
  // Without a required column every row would repeat the same complaint.
  MoneyFormatUse money{context_.lookups.number_format()};
  if (errors.empty()) {
    for (const CsvRecord& record : table.records) {
      RowReader row(record, map, errors, &money);
      read_row(row);
    }
  }
  // Say which reading the amounts got, only when the setting mattered.
  if (money.grouped)
    errors.warn("Montos leídos con formato " + number_format_label(money.format) + ".");
  if (table.records.empty() && errors.empty())
    errors.warn("el archivo no tiene filas de datos; no se importa nada");
  warnings_ = errors.warnings();
  errors.throw_if_any();
}

std::optional<int> Importer::distrito(RowReader& row, std::string_view column) const {
  const std::string value = row.text(column);
  if (value.empty()) {
    row.problem(column, "el valor es obligatorio.");
    return std::nullopt;
  }
  bool ambiguous = false;
  const std::string departamento = context_.lookups.center_departamento();
  if (const Distrito* d = context_.territory.resolve(value, departamento, &ambiguous)) return d->id;
  const auto candidates = context_.territory.by_name(value);
  if (ambiguous && !candidates.empty()) {
    std::string where;
    for (const Distrito* d : candidates) where += (where.empty() ? "" : ", ") + d->departamento;
    row.problem(column, "el distrito «" + value + "» existe en varios departamentos (" + where +
                            "); escriba por ejemplo «" + value + ", " +
                            candidates.front()->departamento + "».");
  } else {
    row.problem(column, "«" + value +
                            "» no es un distrito del catálogo territorial 2024 (los antiguos "
                            "municipios, p. ej. «Citalá» o «Dulce Nombre de María»).");
  }
  return std::nullopt;
}

std::optional<std::int64_t> Importer::asesor(RowReader& row, std::string_view column) const {
  std::string username = row.text(column);
  if (username.empty()) return context_.acting_user_id;
  // Usernames are lowercase ASCII (core/user.hpp); people type "JPerez".
  std::transform(username.begin(), username.end(), username.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (auto id = context_.lookups.user_id(username)) return id;
  row.problem(column, "no hay un usuario «" + username + "».");
  return std::nullopt;
}

}  // namespace cdmype::exchange
