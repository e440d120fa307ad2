// The AT life cycle: which step may happen from which state, by whom, and with what input.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/at_record.hpp"
#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "core/subsidy_decision.hpp"

namespace cdmype {

// borrador →request→ solicitada →approve→ aprobada | →reject→ rechazada;
// aprobada →contract→ contratada →start→ en_ejecucion →finish→ finalizada
// →settle→ liquidada; cancel from borrador … en_ejecucion.
enum class AtAction { Request, Approve, Reject, Contract, Start, Finish, Settle, Cancel };

// The CLI's verb: "request", "approve", … "cancel".
std::string_view at_action_code(AtAction a);
// Accepts the CLI verb or the Spanish infinitive ("aprobar"), any case.
std::optional<AtAction> parse_at_action(std::string_view text);
// "aprobar", "rechazar": the Spanish verb used in messages and buttons.
std::string_view at_action_verb(AtAction a);

AtEstado target_of(AtAction a);
// The action that leads into `target` (each state has at most one); nullopt for borrador.
std::optional<AtAction> action_to(AtEstado target);

// What a step carries besides who and which AT.
struct AtStepInput {
  std::optional<Date> fecha;        // when it happened (imports give past dates); today when absent
  std::string motivo;               // reject: required; cancel: optional
  std::optional<int> calificacion;  // finish: optional, 1–5
  std::optional<std::int64_t> provider_id;  // contract: sets the provider if given
  // approve: computed by the caller from the policy in force on the date and
  // already checked against the budget; it is frozen on the record as is.
  std::optional<SubsidyDecision> subsidio;
};

enum class RefusalKind {
  Permission,  // the role or person may not take this step
  State,       // the AT is not in a state the step starts from
  Input,       // missing or wrong reason, rating, provider, subsidy or date
};

struct AtRefusal {
  RefusalKind kind;
  std::string message;  // Spanish, ready to show
};

// nullopt when `actor` may take `action` on `at` on `today`; otherwise why not.
// Checked in this order: role, state, self-approval, input, dates.
std::optional<AtRefusal> check_transition(const Actor& actor, const TechnicalAssistance& at,
                                          AtAction action, const AtStepInput& input,
                                          const Date& today);

// Same, naming the target state instead of the action.
std::optional<AtRefusal> check_transition_to(const Actor& actor, const TechnicalAssistance& at,
                                             AtEstado target, const AtStepInput& input,
                                             const Date& today);

// The record after the step: state, its date, who and the step's data.
// Throws PermissionDenied for a Permission refusal and UserError otherwise;
// `at` is taken by value so the caller's copy is untouched either way.
TechnicalAssistance apply_transition(const Actor& actor, TechnicalAssistance at, AtAction action,
                                     const AtStepInput& input, const Date& today);

// Steps whose role and state checks pass now (what buttons to show); input
// and date checks still apply when the step is taken.
std::vector<AtAction> available_actions(const Actor& actor, const TechnicalAssistance& at);

}  // namespace cdmype
