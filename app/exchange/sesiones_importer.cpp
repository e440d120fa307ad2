// Row → AdvisorySession for the `sesiones` file.
#include "exchange/sesiones_importer.hpp"

#include "exchange/core_problems.hpp"
#include "exchange/empresas_importer.hpp"
#include "exchange/exchange_columns.hpp"

namespace cdmype::exchange {
namespace {

// A session longer than a working day is almost surely minutes typed as
// something else (hours × 60 twice, a date); refuse rather than skew the
// hours of the monthly report.
constexpr int kMaxSessionMinutes = 24 * 60;

}  // namespace

std::span<const ColumnSpec> SesionesImporter::columns() const { return kSesionesColumns; }

void SesionesImporter::read_row(RowReader& row) {
  std::optional<std::int64_t> enterprise_id;
  if (const auto codigo = row.required_text("empresa")) {
    const auto canonical = normalize_enterprise_codigo(*codigo);
    enterprise_id = context().lookups.enterprise_id(canonical ? *canonical : *codigo);
    if (!enterprise_id)
      row.problem("empresa", "no existe la empresa con código «" + *codigo + "».");
  }
  const auto asesor_id = asesor(row, "asesor");
  const auto fecha = row.date("fecha", Need::Required);
  const auto minutos = row.count("duracion_min", Need::Required);
  if (minutos && (*minutos == 0 || *minutos > kMaxSessionMinutes)) {
    row.problem("duracion_min",
                "la duración va en minutos, entre 1 y " + std::to_string(kMaxSessionMinutes) + ".");
  }
  const auto modalidad = row.code<Modalidad>("modalidad");
  const auto area = row.code<Area>("area");
  if (row.has_errors()) return;

  AdvisorySession s;
  s.enterprise_id = *enterprise_id;
  s.asesor_id = *asesor_id;
  s.fecha = *fecha;
  s.duracion_min = *minutos;
  s.modalidad = *modalidad;
  s.area = *area;
  s.tema = row.text("tema");
  s.acuerdos = row.text("acuerdos");
  report_core_problems(row, validate(s, context().lookups.today()), columns(), "");
  if (row.has_errors()) return;
  result_.records.push_back(std::move(s));
  result_.lines.push_back(row.line());
}

ImportResult<AdvisorySession> SesionesImporter::take_result() {
  result_.warnings = warnings();
  return std::move(result_);
}

ImportResult<AdvisorySession> import_sesiones(std::string_view bytes,
                                              const ImportContext& context) {
  SesionesImporter importer(context);
  importer.read_file(bytes);
  return importer.take_result();
}

}  // namespace cdmype::exchange
