// Row → AT for the `asistencias` file: the state must agree with the dates the row carries.
#include "exchange/asistencias_importer.hpp"

#include <algorithm>
#include <cctype>

#include "core/record_codigo.hpp"
#include "core/text.hpp"
#include "exchange/asistencias_columns.hpp"
#include "exchange/core_problems.hpp"
#include "exchange/empresas_importer.hpp"

namespace cdmype::exchange {
namespace {

std::string estado_text(AtEstado e) { return "«" + at_estado_label(e) + "»"; }

bool finished(AtEstado e) { return e == AtEstado::Finalizada || e == AtEstado::Liquidada; }

// Problems of core's validate() that do not apply to a file row: the subsidy
// is computed when storing, an empty código is assigned then, and the
// cancellation date is derived (checked on its own below).
bool skipped(const std::string& problem, bool codigo_empty) {
  const auto starts = [&](std::string_view field) { return problem.rfind(field, 0) == 0; };
  return starts("subsidio:") || starts("fecha_cancelacion:") || (codigo_empty && starts("codigo:"));
}

}  // namespace

std::span<const ColumnSpec> AsistenciasImporter::columns() const { return kAsistenciasColumns; }

// Any non-empty code is kept as written: a center moving in from its
// spreadsheets has its own ("AT-2026-088", "2025/14", "ATCH-15").
std::optional<std::string> AsistenciasImporter::codigo(RowReader& row) {
  const std::string value = row.text("codigo");
  if (value.empty()) return std::string{};
  if (const auto [it, inserted] = codigo_lines_.emplace(codigo_key(value), row.line()); !inserted) {
    row.problem("codigo", "el código «" + value + "» se repite (ya está en la línea " +
                              std::to_string(it->second) + ").");
    return std::nullopt;
  }
  return value;
}

// A username cell; empty gives 0 (the service applies the default).
std::optional<std::int64_t> AsistenciasImporter::user(RowReader& row, std::string_view column) {
  std::string username = row.text(column);
  if (username.empty()) return 0;
  std::transform(username.begin(), username.end(), username.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (auto id = context().lookups.user_id(username)) return id;
  row.problem(column, "no hay un usuario «" + username + "».");
  return std::nullopt;
}

// A date of a step the state says was not reached contradicts the state.
void AsistenciasImporter::check_dates_reached(RowReader& row, const TechnicalAssistance& at) {
  const AtEstado e = at.estado;
  if (e == AtEstado::Borrador && at.fecha_solicitud)
    row.problem("fecha_solicitud", "una asistencia en estado " + estado_text(e) +
                                       " aún no se ha solicitado; deje la fecha vacía o indique "
                                       "el estado al que llegó.");
  if ((e == AtEstado::Borrador || e == AtEstado::Solicitada) && at.fecha_aprobacion)
    row.problem("fecha_aprobacion", "una asistencia en estado " + estado_text(e) +
                                        " aún no tiene decisión; deje la fecha vacía o indique el "
                                        "estado al que llegó.");
  if (!finished(e) && at.fecha_finalizacion)
    row.problem("fecha_finalizacion", "una asistencia en estado " + estado_text(e) +
                                          " no ha finalizado; solo las «finalizada» y «liquidada» "
                                          "llevan fecha de finalización.");
  if (e == AtEstado::Cancelada && !at.fecha_cancelacion)
    row.problem("fecha_solicitud",
                "una asistencia cancelada necesita al menos la fecha de solicitud (el archivo no "
                "trae fecha de cancelación: se toma la última fecha de la fila).");
}

void AsistenciasImporter::read_row(RowReader& row) {
  // Every getter runs even after a failure so that all problems of the row
  // are listed together.
  const auto code = codigo(row);
  std::optional<std::int64_t> enterprise_id;
  if (const auto empresa = row.required_text("empresa")) {
    const auto canonical = normalize_enterprise_codigo(*empresa);
    enterprise_id = context().lookups.enterprise_id(canonical ? *canonical : *empresa);
    if (!enterprise_id)
      row.problem("empresa", "no existe la empresa con código «" + *empresa + "».");
  }
  const auto descripcion = row.required_text("descripcion");
  const std::string proveedor = row.text("proveedor");
  const auto costo = row.money("costo_total", Need::Required);
  const auto estado = row.code<AtEstado>("estado");
  const auto fecha_solicitud = row.date("fecha_solicitud", Need::Optional);
  const auto fecha_aprobacion = row.date("fecha_aprobacion", Need::Optional);
  const auto fecha_finalizacion = row.date("fecha_finalizacion", Need::Optional);
  const auto solicitante = user(row, "solicitada_por");
  const auto aprobador = user(row, "aprobada_por");
  const std::string motivo = row.text("motivo_rechazo");
  if (row.has_errors()) return;

  services::AtImportRow r;
  TechnicalAssistance& at = r.at;
  at.codigo = *code;
  at.enterprise_id = *enterprise_id;
  at.descripcion = *descripcion;
  at.costo_total = *costo;
  at.estado = *estado;
  at.fecha_solicitud = fecha_solicitud;
  at.fecha_aprobacion = fecha_aprobacion;
  at.fecha_finalizacion = fecha_finalizacion;
  at.requested_by = at.drafted_by = *solicitante;  // 0: the service takes the enterprise's asesor
  at.motivo_rechazo = motivo;
  if (at.estado == AtEstado::Cancelada)
    at.fecha_cancelacion = std::max({fecha_solicitud, fecha_aprobacion, fecha_finalizacion});
  const bool decided = services::records_decision(at);
  if (*aprobador != 0)
    at.approved_by = *aprobador;
  else if (decided)
    at.approved_by = context().acting_user_id;
  r.proveedor = proveedor;

  check_dates_reached(row, at);
  if (!motivo.empty() && at.estado != AtEstado::Rechazada)
    row.problem("motivo_rechazo",
                "solo una asistencia rechazada lleva motivo de rechazo (el estado es " +
                    estado_text(at.estado) + ").");
  if (*aprobador != 0 && !decided)
    row.problem("aprobada_por", "una asistencia en estado " + estado_text(at.estado) +
                                    " sin fecha de aprobación no tiene quien la apruebe.");
  // The provider is resolved when storing; a named one counts as present.
  TechnicalAssistance check = at;
  if (!proveedor.empty()) check.provider_id = -1;
  std::vector<std::string> problems;
  for (auto& p : validate(check))
    if (!skipped(p, at.codigo.empty())) problems.push_back(std::move(p));
  report_core_problems(row, problems, columns(), "");
  if (row.has_errors()) return;
  result_.records.push_back(std::move(r));
  result_.lines.push_back(row.line());
}

ImportResult<services::AtImportRow> AsistenciasImporter::take_result() {
  result_.warnings = warnings();
  return std::move(result_);
}

ImportResult<services::AtImportRow> import_asistencias(std::string_view bytes,
                                                       const ImportContext& context) {
  AsistenciasImporter importer(context);
  importer.read_file(bytes);
  return importer.take_result();
}

}  // namespace cdmype::exchange
