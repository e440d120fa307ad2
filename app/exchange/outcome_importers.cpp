// Row → Training / TrainingAttendee / ResultRecord for the issue-7 files.
#include "exchange/outcome_importers.hpp"

#include "core/text.hpp"
#include "exchange/core_problems.hpp"
#include "exchange/empresas_importer.hpp"
#include "exchange/outcome_columns.hpp"

namespace cdmype::exchange {

std::optional<std::int64_t> enterprise_cell(RowReader& row, const ImportLookups& lookups,
                                            std::string_view column, bool required) {
  const std::string codigo = required ? row.required_text(column).value_or("") : row.text(column);
  if (codigo.empty()) return required ? std::nullopt : std::optional<std::int64_t>(0);
  const auto canonical = normalize_enterprise_codigo(codigo);
  if (auto id = lookups.enterprise_id(canonical ? *canonical : codigo)) return id;
  row.problem(column, "no existe la empresa con código «" + codigo + "».");
  return std::nullopt;
}

// --- capacitaciones ---

std::span<const ColumnSpec> CapacitacionesImporter::columns() const {
  return kCapacitacionesColumns;
}

void CapacitacionesImporter::read_row(RowReader& row) {
  const auto titulo = row.required_text("titulo");
  const auto fecha = row.date("fecha", Need::Required);
  std::optional<int> minutos;
  if (const auto horas = row.required_text("horas")) {
    minutos = parse_hours(*horas);
    if (!minutos)
      row.problem("horas", "«" + *horas + "» no es una cantidad de horas (por ejemplo 4 o 2.5).");
  }
  if (row.has_errors()) return;
  Training t;
  t.titulo = *titulo;
  t.tema = row.text("tema");
  t.institucion = row.text("institucion");
  t.fecha = *fecha;
  t.minutos = *minutos;
  t.lugar = row.text("lugar");
  report_core_problems(row, validate(t), columns(), "");
  if (row.has_errors()) return;
  result_.records.push_back(std::move(t));
  result_.lines.push_back(row.line());
}

ImportResult<Training> CapacitacionesImporter::take_result() {
  result_.warnings = warnings();
  return std::move(result_);
}

// --- asistentes ---

TrainingIndex index_trainings(const std::vector<Training>& trainings) {
  TrainingIndex index;
  for (const auto& t : trainings)
    index.emplace(fold_for_match(t.titulo), std::pair{t.fecha, t.meta.id});
  return index;
}

std::string training_cell(const TrainingIndex& index, const Training& t) {
  if (index.count(fold_for_match(t.titulo)) > 1) return t.titulo + " (" + to_iso(t.fecha) + ")";
  return t.titulo;
}

std::span<const ColumnSpec> AsistentesImporter::columns() const { return kAsistentesColumns; }

std::optional<std::int64_t> AsistentesImporter::training(RowReader& row) {
  const auto cell = row.required_text("capacitacion");
  if (!cell) return std::nullopt;
  std::string title = *cell;
  std::optional<Date> on;
  // "Título (2026-10-05)" names one of several trainings with that título.
  if (title.size() > 13 && title.back() == ')') {
    const auto open = title.rfind(" (");
    if (open != std::string::npos)
      if (auto d = parse_date(title.substr(open + 2, title.size() - open - 3))) {
        on = d;
        title = title.substr(0, open);
      }
  }
  const auto [first, last] = trainings_.equal_range(fold_for_match(title));
  std::vector<std::int64_t> ids;
  for (auto it = first; it != last; ++it)
    if (!on || it->second.first == *on) ids.push_back(it->second.second);
  if (ids.size() == 1) return ids.front();
  if (ids.empty())
    row.problem("capacitacion", "no hay una capacitación «" + *cell +
                                    "»; importe primero el archivo de capacitaciones.");
  else
    row.problem("capacitacion", "hay varias capacitaciones «" + title +
                                    "»; escriba también la fecha, p. ej. «" + title +
                                    " (AAAA-MM-DD)».");
  return std::nullopt;
}

void AsistentesImporter::read_row(RowReader& row) {
  const auto training_id = training(row);
  const auto enterprise_id = enterprise_cell(row, context().lookups, "empresa", false);
  const auto nombre = row.required_text("nombre");
  const auto sexo = row.code<Sexo>("sexo");
  if (row.has_errors()) return;
  TrainingAttendee a;
  a.training_id = *training_id;
  a.enterprise_id = *enterprise_id;
  a.nombre = *nombre;
  a.sexo = *sexo;
  result_.records.push_back(std::move(a));
  result_.lines.push_back(row.line());
}

ImportResult<TrainingAttendee> AsistentesImporter::take_result() {
  result_.warnings = warnings();
  return std::move(result_);
}

// --- resultados ---

std::span<const ColumnSpec> ResultadosImporter::columns() const { return kResultadosColumns; }

void ResultadosImporter::read_row(RowReader& row) {
  const auto enterprise_id = enterprise_cell(row, context().lookups, "empresa", true);
  const auto fecha = row.date("fecha", Need::Required);
  const auto tipo = row.code<TipoResultado>("tipo");
  std::int64_t valor = 1;  // formalizations and new markets: a milestone reached
  if (tipo) switch (valor_kind(*tipo)) {
      case ValorResultado::Dinero:
        valor = row.money("valor", Need::Required).value_or(Money{}).cents;
        break;
      case ValorResultado::Cantidad:
        valor = row.count("valor", Need::Required).value_or(0);
        break;
      case ValorResultado::Ninguno:
        break;  // any number in the file is ignored
    }
  if (row.has_errors()) return;
  ResultRecord r;
  r.enterprise_id = *enterprise_id;
  r.fecha = *fecha;
  r.tipo = *tipo;
  r.valor = valor;
  r.detalle = row.text("detalle");
  report_core_problems(row, validate(r), columns(), "");
  if (row.has_errors()) return;
  result_.records.push_back(std::move(r));
  result_.lines.push_back(row.line());
}

ImportResult<ResultRecord> ResultadosImporter::take_result() {
  result_.warnings = warnings();
  return std::move(result_);
}

}  // namespace cdmype::exchange
