// The indicators of the annual plan (metas): report figures a center sets yearly goals for.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cdmype {

enum class IndicatorUnit {
  Count,  // enterprises, sessions, events…
  Hours,  // whole hours of advisory (minutes / 60, rounded half-up)
  Cents,  // money; the code ends in "_centavos"
};

struct Indicator {
  std::string_view code;   // "empresas_atendidas": the key in the report's JSON "metas"
  std::string_view label;  // "Empresas atendidas"
  IndicatorUnit unit = IndicatorUnit::Count;
};

// Every indicator, in the order the report lists goals. The year-to-date of
// a "distinct enterprises" indicator counts each enterprise once over the
// whole period, never a sum of months.
std::span<const Indicator> indicators();

// The indicator with this exact code; nullopt when unknown.
std::optional<Indicator> find_indicator(std::string_view code);

// "empresas_atendidas, empresas_nuevas, …" for error messages.
std::string list_indicator_codes();

// "indicador: «x» no es un indicador del plan; use uno de: …".
std::string unknown_indicator_message(std::string_view code);

}  // namespace cdmype
