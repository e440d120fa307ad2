// Row → Enterprise for the `empresas` file, with every column of product.md §4.
#include "exchange/empresas_importer.hpp"

#include <algorithm>
#include <cctype>

#include "core/identity.hpp"
#include "core/record_codigo.hpp"
#include "core/text.hpp"
#include "exchange/core_problems.hpp"
#include "exchange/exchange_columns.hpp"
#include "store/enterprise_codigo.hpp"

namespace cdmype::exchange {
namespace {

// Besides the codes (mujer/hombre and their display names), forms that
// center files use for the sex column. "M" is refused: it means mujer to
// some people and masculino to others.
std::optional<Sexo> sexo(RowReader& row, std::string_view column) {
  const std::string folded = fold_for_match(row.text(column));
  if (folded == "f" || folded == "femenino") return Sexo::Mujer;
  if (folded == "h" || folded == "masculino") return Sexo::Hombre;
  return row.code<Sexo>(column);
}

std::optional<std::string> dui(RowReader& row, std::string_view column) {
  const std::string value = row.text(column);
  if (value.empty()) return std::string{};
  if (auto d = normalize_dui(value)) return d;
  row.problem(column, "«" + value + "» no es un DUI válido: " + dui_problem(value) + ".");
  return std::nullopt;
}

std::optional<std::string> nit(RowReader& row, std::string_view column) {
  const std::string value = row.text(column);
  if (value.empty()) return std::string{};
  if (auto n = normalize_nit(value)) return n;
  row.problem(column, "«" + value + "» no es un NIT válido: " + nit_problem(value) + ".");
  return std::nullopt;
}

// NRC (número de registro de contribuyente): digits with an optional hyphen
// before the check digit, e.g. 123456-7.
std::optional<std::string> nrc(RowReader& row, std::string_view column) {
  const std::string value = row.text(column);
  const bool ok = value.size() <= 20 && std::all_of(value.begin(), value.end(), [](char c) {
                    return std::isdigit(static_cast<unsigned char>(c)) || c == '-';
                  });
  if (ok) return value;
  row.problem(column, "«" + value + "» no es un NRC: lleva solo dígitos y un guion (123456-7).");
  return std::nullopt;
}

}  // namespace

std::optional<std::string> normalize_enterprise_codigo(std::string_view text) {
  std::string code = trim(text);
  if (code.empty()) return std::nullopt;
  // The program's own form is upper case (people type "ch-2026-7"); any
  // other code is the center's own and stays as written.
  if (std::string key = codigo_key(code); store::parse_enterprise_codigo(key)) return key;
  return code;
}

std::span<const ColumnSpec> EmpresasImporter::columns() const { return kEmpresasColumns; }

std::optional<std::string> EmpresasImporter::codigo(RowReader& row) {
  const std::string value = row.text("codigo");
  if (value.empty()) return std::string{};
  auto code = normalize_enterprise_codigo(value);
  if (const auto [it, inserted] = codigo_lines_.emplace(codigo_key(*code), row.line()); !inserted) {
    row.problem("codigo", "el código " + *code + " se repite (ya está en la línea " +
                              std::to_string(it->second) + ").");
    return std::nullopt;
  }
  if (context().lookups.codigo_exists(*code)) {
    row.problem("codigo", "el código " + *code + " ya existe.");
    return std::nullopt;
  }
  return code;
}

void EmpresasImporter::read_row(RowReader& row) {
  Enterprise e;
  // Every getter runs even after a failure so that all problems of the row
  // are listed together.
  const auto code = codigo(row);
  const auto nombre = row.required_text("nombre");
  const auto forma = row.code<FormaJuridica>("forma_juridica", FormaJuridica::PersonaNatural);
  const auto titular = row.required_text("titular_nombre");
  const auto titular_dui = dui(row, "titular_dui");
  const auto titular_sexo = sexo(row, "titular_sexo");
  const auto nacimiento = row.date("titular_fecha_nacimiento", Need::Optional);
  const auto socias = row.count("socias", Need::Optional);
  const auto socios = row.count("socios", Need::Optional);
  const auto sector = row.code<Sector>("sector");
  const auto distrito_id = distrito(row, "distrito");
  const auto zona = row.code<Zona>("zona");
  const auto mujeres = row.count("empleados_mujeres", Need::Optional);
  const auto hombres = row.count("empleados_hombres", Need::Optional);
  const auto ventas = row.money("ventas_anuales", Need::Optional);
  const auto ingreso = row.date("fecha_ingreso", Need::Required);
  const auto asesor_id = asesor(row, "asesor");
  const auto fuente = row.code<Fuente>("fuente", Fuente::Cdmype);
  const auto retornado = row.si_no("retornado");
  const auto discapacidad = row.si_no("discapacidad");
  const auto nit_value = nit(row, "nit");
  const auto nrc_value = nrc(row, "nrc");
  if (row.has_errors()) return;

  e.codigo = *code;
  e.nombre = *nombre;
  e.forma_juridica = *forma;
  e.titular.nombre = *titular;
  e.titular.dui = *titular_dui;
  e.titular.sexo = *titular_sexo;
  e.titular.fecha_nacimiento = nacimiento;
  e.titular.retornado = *retornado;
  e.titular.discapacidad = *discapacidad;
  e.socias = *socias;
  e.socios = *socios;
  e.sector = *sector;
  e.distrito_id = *distrito_id;
  e.zona = *zona;
  e.empleados_mujeres = *mujeres;
  e.empleados_hombres = *hombres;
  e.ventas_anuales = *ventas;
  e.fecha_ingreso = *ingreso;
  e.asesor_id = *asesor_id;
  e.fuente = *fuente;
  e.estado = EstadoEmpresa::Activa;
  e.nit = *nit_value;
  e.nrc = *nrc_value;

  // The record rules of core (the same a form applies), worded per column.
  // An empty codigo is assigned on save, so a complaint about it is moot here.
  report_core_problems(row, validate(e), columns(), e.codigo.empty() ? "codigo" : "");
  if (row.has_errors()) return;
  result_.records.push_back(std::move(e));
  result_.lines.push_back(row.line());
}

ImportResult<Enterprise> EmpresasImporter::take_result() {
  result_.warnings = warnings();
  return std::move(result_);
}

ImportResult<Enterprise> import_empresas(std::string_view bytes, const ImportContext& context) {
  EmpresasImporter importer(context);
  importer.read_file(bytes);
  return importer.take_result();
}

}  // namespace cdmype::exchange
