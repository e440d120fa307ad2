// Code table and classification of the AT states.
#include "core/at_estado.hpp"

#include <array>

#include "core/text.hpp"

namespace cdmype {
namespace {

constexpr std::array<CodeEntry<AtEstado>, 9> kEstados{{
    {AtEstado::Borrador, "borrador", "Borrador"},
    {AtEstado::Solicitada, "solicitada", "Solicitada"},
    {AtEstado::Aprobada, "aprobada", "Aprobada"},
    {AtEstado::Rechazada, "rechazada", "Rechazada"},
    {AtEstado::Contratada, "contratada", "Contratada"},
    {AtEstado::EnEjecucion, "en_ejecucion", "En ejecución"},
    {AtEstado::Finalizada, "finalizada", "Finalizada"},
    {AtEstado::Liquidada, "liquidada", "Liquidada"},
    {AtEstado::Cancelada, "cancelada", "Cancelada"},
}};

}  // namespace

template <>
std::span<const CodeEntry<AtEstado>> code_table<AtEstado>() {
  return kEstados;
}

template <>
std::optional<AtEstado> parse_code<AtEstado>(std::string_view text) {
  // fold_for_match turns '_' into a space, so "en_ejecucion", "En ejecución"
  // and "EN EJECUCION" all meet on "en ejecucion".
  const std::string wanted = fold_for_match(text);
  if (wanted.empty()) return std::nullopt;
  for (const auto& e : kEstados)
    if (fold_for_match(e.code) == wanted || fold_for_match(e.display) == wanted) return e.value;
  return std::nullopt;
}

template <>
std::string list_codes<AtEstado>() {
  std::string out;
  for (const auto& e : kEstados) {
    if (!out.empty()) out += ", ";
    out += e.code;
  }
  return out;
}

std::string at_estado_label(AtEstado estado) {
  std::string label(display_of(estado));
  // Every display name starts with an ASCII capital, so lowering the first
  // byte is safe UTF-8.
  if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = char(label[0] - 'A' + 'a');
  return label;
}

bool at_commits_budget(AtEstado estado) {
  switch (estado) {
    case AtEstado::Aprobada:
    case AtEstado::Contratada:
    case AtEstado::EnEjecucion:
    case AtEstado::Finalizada:
    case AtEstado::Liquidada:
      return true;
    default:
      return false;
  }
}

bool at_is_pending(AtEstado estado) { return estado == AtEstado::Solicitada; }

bool at_is_closed(AtEstado estado) {
  return estado == AtEstado::Liquidada || estado == AtEstado::Rechazada ||
         estado == AtEstado::Cancelada;
}

}  // namespace cdmype
