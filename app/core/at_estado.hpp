// The states of a technical assistance (AT) and their codes, as used in files, JSON and screens.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/codes.hpp"

namespace cdmype {

// In life-cycle order (product.md §2); `rechazada` and `cancelada` are the
// two dead ends besides `liquidada`.
enum class AtEstado {
  Borrador,
  Solicitada,
  Aprobada,
  Rechazada,
  Contratada,
  EnEjecucion,
  Finalizada,
  Liquidada,
  Cancelada,
};

// AtEstado joins the vocabularies of codes.hpp, so code_of / display_of /
// parse_code / list_codes work for it like for Sector or Area.
template <>
std::span<const CodeEntry<AtEstado>> code_table<AtEstado>();
template <>
std::optional<AtEstado> parse_code<AtEstado>(std::string_view text);
template <>
std::string list_codes<AtEstado>();

// The state as it reads inside a sentence: "borrador", "en ejecución".
std::string at_estado_label(AtEstado estado);

// Approved and still going or done: its subsidy is reserved against the budget.
bool at_commits_budget(AtEstado estado);

// Waiting for the director's decision: what the approval queue shows.
bool at_is_pending(AtEstado estado);

// No transition leaves it (liquidada, rechazada, cancelada).
bool at_is_closed(AtEstado estado);

}  // namespace cdmype
