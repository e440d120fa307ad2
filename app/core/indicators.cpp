// The indicator list of the annual plan and its lookups.
#include "core/indicators.hpp"

#include <array>

namespace cdmype {
namespace {

using U = IndicatorUnit;

constexpr std::array<Indicator, 17> k_indicators{{
    {"empresas_atendidas", "Empresas atendidas", U::Count},
    {"empresas_mujer", "Empresas atendidas lideradas por mujeres", U::Count},
    {"empresas_joven", "Empresas atendidas con titular joven", U::Count},
    {"empresas_nuevas", "Empresas nuevas (expedientes)", U::Count},
    {"sesiones", "Sesiones de asesoría", U::Count},
    {"horas", "Horas de asesoría", U::Hours},
    {"asistencias_tecnicas", "Asistencias técnicas aprobadas", U::Count},
    {"asistencias_finalizadas", "Asistencias técnicas finalizadas", U::Count},
    {"subsidio_centavos", "Subsidio de asistencias técnicas", U::Cents},
    {"remisiones", "Remisiones recibidas", U::Count},
    {"capacitaciones", "Capacitaciones (eventos)", U::Count},
    {"participantes", "Participantes en capacitaciones", U::Count},
    {"empleos", "Empleos generados", U::Count},
    {"empleos_mujeres", "Empleos generados (mujeres)", U::Count},
    {"ventas_centavos", "Ventas reportadas", U::Cents},
    {"formalizaciones", "Formalizaciones", U::Count},
    {"financiamiento_centavos", "Financiamiento obtenido", U::Cents},
}};

}  // namespace

std::span<const Indicator> indicators() { return k_indicators; }

std::optional<Indicator> find_indicator(std::string_view code) {
  for (const auto& i : k_indicators)
    if (i.code == code) return i;
  return std::nullopt;
}

std::string list_indicator_codes() {
  std::string out;
  for (const auto& i : k_indicators) {
    if (!out.empty()) out += ", ";
    out += i.code;
  }
  return out;
}

std::string unknown_indicator_message(std::string_view code) {
  return "indicador: «" + std::string(code) +
         "» no es un indicador del plan; use uno de: " + list_indicator_codes() + ".";
}

}  // namespace cdmype
