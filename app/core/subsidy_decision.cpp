// Codes and the Spanish explanation of a frozen subsidy decision.
#include "core/subsidy_decision.hpp"

#include "core/text.hpp"

namespace cdmype {

std::string_view subsidy_cap_code(SubsidyCap c) {
  switch (c) {
    case SubsidyCap::Ninguno:
      return "ninguno";
    case SubsidyCap::PorAsistencia:
      return "por_asistencia";
    case SubsidyCap::PorEmpresaAnio:
      return "por_empresa_anio";
  }
  return {};
}

std::optional<SubsidyCap> parse_subsidy_cap(std::string_view text) {
  const std::string t = fold_for_match(text);
  for (auto c : {SubsidyCap::Ninguno, SubsidyCap::PorAsistencia, SubsidyCap::PorEmpresaAnio})
    if (fold_for_match(subsidy_cap_code(c)) == t) return c;
  return std::nullopt;
}

std::string explain(const SubsidyDecision& d) {
  std::string out = format_bp(d.center_bp) + ": ";
  if (d.kind == PolicyKind::TwoStep) {
    out += d.reasons.empty() ? "sin ponderación" : describe_conditions(d.reasons);
  } else if (d.rule_id.empty()) {
    out += "ninguna regla aplica (porcentaje base)";
  } else {
    out += "regla «" + d.rule_id + "»";
    if (!d.reasons.empty()) out += " (" + describe_conditions(d.reasons) + ")";
  }
  if (d.cap == SubsidyCap::PorAsistencia)
    out += "; tope por asistencia: subsidio limitado a " + format_money(d.subsidio);
  else if (d.cap == SubsidyCap::PorEmpresaAnio)
    out += "; tope por empresa y año: subsidio limitado a " + format_money(d.subsidio);
  return out;
}

}  // namespace cdmype
