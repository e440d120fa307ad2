// Code table and checks of result records.
#include "core/result_record.hpp"

#include <array>

#include "core/code_table_parse.hpp"
#include "core/text.hpp"

namespace cdmype {
namespace {

constexpr std::array<CodeEntry<TipoResultado>, 10> kTipos{{
    {TipoResultado::Ventas, "ventas", "Ventas"},
    {TipoResultado::EmpleosMujeres, "empleos_mujeres", "Empleos de mujeres"},
    {TipoResultado::EmpleosHombres, "empleos_hombres", "Empleos de hombres"},
    {TipoResultado::Nit, "nit", "NIT"},
    {TipoResultado::Nrc, "nrc", "NRC"},
    {TipoResultado::RegistroSanitario, "registro_sanitario", "Registro sanitario"},
    {TipoResultado::Marca, "marca", "Marca"},
    {TipoResultado::CodigoBarras, "codigo_barras", "Código de barras"},
    {TipoResultado::Financiamiento, "financiamiento", "Financiamiento"},
    {TipoResultado::NuevoMercado, "nuevo_mercado", "Nuevo mercado"},
}};

}  // namespace

template <>
std::span<const CodeEntry<TipoResultado>> code_table<TipoResultado>() {
  return kTipos;
}

template <>
std::optional<TipoResultado> parse_code<TipoResultado>(std::string_view text) {
  return parse_in_table(kTipos, text);
}

template <>
std::string list_codes<TipoResultado>() {
  return list_table_codes(kTipos);
}

ValorResultado valor_kind(TipoResultado tipo) {
  switch (tipo) {
    case TipoResultado::Ventas:
    case TipoResultado::Financiamiento:
      return ValorResultado::Dinero;
    case TipoResultado::EmpleosMujeres:
    case TipoResultado::EmpleosHombres:
      return ValorResultado::Cantidad;
    default:
      return ValorResultado::Ninguno;
  }
}

bool is_formalizacion(TipoResultado tipo) {
  return tipo == TipoResultado::Nit || tipo == TipoResultado::Nrc ||
         tipo == TipoResultado::RegistroSanitario || tipo == TipoResultado::Marca ||
         tipo == TipoResultado::CodigoBarras;
}

std::vector<std::string> validate(const ResultRecord& r) {
  std::vector<std::string> p;
  if (r.enterprise_id <= 0) p.push_back("empresa: falta la empresa del resultado");
  if (r.fecha.is_special()) p.push_back("fecha: falta la fecha del resultado");
  switch (valor_kind(r.tipo)) {
    case ValorResultado::Dinero:
      if (r.valor <= 0) p.push_back("valor: indique el monto en dólares (mayor que cero)");
      break;
    case ValorResultado::Cantidad:
      if (r.valor <= 0) p.push_back("valor: indique cuántos empleos se generaron (1 o más)");
      break;
    case ValorResultado::Ninguno:
      break;
  }
  if (r.tipo == TipoResultado::Financiamiento && trim(r.detalle).empty())
    p.push_back("detalle: indique la fuente del financiamiento (banco, cooperativa, fondo)");
  if (r.tipo == TipoResultado::NuevoMercado && trim(r.detalle).empty())
    p.push_back("detalle: indique cuál es el nuevo mercado");
  return p;
}

}  // namespace cdmype
