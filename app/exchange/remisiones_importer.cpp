// Row → Referral for the `remisiones` file.
#include "exchange/remisiones_importer.hpp"

#include <cctype>

#include "core/identity.hpp"
#include "core/text.hpp"
#include "exchange/core_problems.hpp"
#include "exchange/empresas_importer.hpp"
#include "exchange/outcome_columns.hpp"

namespace cdmype::exchange {
namespace {

// 8-4-4-4-12 hex digits: what new_uuid() and other tools write.
bool is_uuid(std::string_view u) {
  if (u.size() != 36) return false;
  for (std::size_t i = 0; i < u.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? u[i] != '-' : !std::isxdigit(static_cast<unsigned char>(u[i]))) return false;
  }
  return true;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::span<const ColumnSpec> RemisionesImporter::columns() const { return kRemisionesColumns; }

void RemisionesImporter::read_row(RowReader& row) {
  Referral r;
  if (const auto uuid = row.required_text("uuid")) {
    r.meta.uuid = lower(*uuid);
    if (!is_uuid(r.meta.uuid))
      row.problem("uuid", "«" + *uuid +
                              "» no es un identificador válido (32 dígitos hexadecimales con "
                              "guiones, como los escribe la ventanilla).");
  }
  const auto fecha = row.date("fecha", Need::Required);
  const auto distrito_id = distrito(row, "ventanilla");
  const auto nombre = row.required_text("nombre");
  const auto sexo = row.code<Sexo>("sexo");
  const auto sector = row.code<Sector>("sector", Sector::Otro);
  std::optional<EstadoRemision> estado = EstadoRemision::Recibida;
  if (!row.text("estado").empty()) estado = row.code<EstadoRemision>("estado");
  if (const std::string codigo = row.text("empresa"); !codigo.empty()) {
    const auto canonical = normalize_enterprise_codigo(codigo);
    if (auto id = context().lookups.enterprise_id(canonical ? *canonical : codigo))
      r.enterprise_id = *id;
    else if (!ignore_unknown_codigos_)
      row.problem("empresa", "no existe la empresa con código «" + codigo + "».");
  }
  // Checked here too, so a bad DUI is listed with the row's other problems.
  if (const std::string dui = row.text("dui"); !dui.empty())
    if (const std::string why = dui_problem(dui); !why.empty()) row.problem("dui", why);
  if (row.has_errors()) return;
  r.fecha = *fecha;
  r.distrito_id = *distrito_id;
  r.nombre = *nombre;
  r.sexo = *sexo;
  r.sector = *sector;
  r.telefono = row.text("telefono");
  r.dui = row.text("dui");
  if (auto d = normalize_dui(r.dui)) r.dui = *d;
  r.necesidad = row.text("necesidad");
  r.estado = *estado;
  // The state rules (asesor, motivo) belong to the center; only intake is checked here.
  Referral intake = r;
  intake.estado = EstadoRemision::Recibida;
  report_core_problems(row, validate(intake), columns(), "");
  if (row.has_errors()) return;
  result_.records.push_back(std::move(r));
  result_.lines.push_back(row.line());
}

ImportResult<Referral> RemisionesImporter::take_result() {
  result_.warnings = warnings();
  return std::move(result_);
}

ImportResult<Referral> import_remisiones(std::string_view bytes, const ImportContext& context) {
  RemisionesImporter importer(context);
  importer.read_file(bytes);
  return importer.take_result();
}

}  // namespace cdmype::exchange
