// The table of AT transitions and the checks that refuse a step with a Spanish reason.
#include "core/at_transitions.hpp"

#include <array>
#include <cstdint>

#include "core/at_payments.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

namespace cdmype {
namespace {

using DateField = std::optional<Date> TechnicalAssistance::*;

constexpr std::uint16_t bit(AtEstado e) { return std::uint16_t(1u << static_cast<int>(e)); }

constexpr std::uint16_t kCancellable = bit(AtEstado::Borrador) | bit(AtEstado::Solicitada) |
                                       bit(AtEstado::Aprobada) | bit(AtEstado::Contratada) |
                                       bit(AtEstado::EnEjecucion);
// Whoever drafted or sent a request may withdraw it until it is approved.
constexpr std::uint16_t kOwnerCancellable = bit(AtEstado::Borrador) | bit(AtEstado::Solicitada);

struct Rule {
  AtAction action;
  std::string_view code;  // CLI verb
  std::string_view verb;  // Spanish infinitive
  std::string_view noun;  // what the message calls the AT in the source state
  std::uint16_t from;
  AtEstado to;
  Action permission;  // for cancel, see may_cancel()
  DateField date;
  std::string_view date_label;
};

const std::array<Rule, 8> kRules{{
    {AtAction::Request, "request", "solicitar", "una asistencia", bit(AtEstado::Borrador),
     AtEstado::Solicitada, Action::RequestAt, &TechnicalAssistance::fecha_solicitud,
     "fecha de solicitud"},
    {AtAction::Approve, "approve", "aprobar", "una solicitud", bit(AtEstado::Solicitada),
     AtEstado::Aprobada, Action::ApproveAt, &TechnicalAssistance::fecha_aprobacion,
     "fecha de aprobación"},
    {AtAction::Reject, "reject", "rechazar", "una solicitud", bit(AtEstado::Solicitada),
     AtEstado::Rechazada, Action::ApproveAt, &TechnicalAssistance::fecha_aprobacion,
     "fecha de rechazo"},
    {AtAction::Contract, "contract", "contratar", "una asistencia", bit(AtEstado::Aprobada),
     AtEstado::Contratada, Action::ContractAt, &TechnicalAssistance::fecha_contratacion,
     "fecha de contratación"},
    {AtAction::Start, "start", "iniciar", "una asistencia", bit(AtEstado::Contratada),
     AtEstado::EnEjecucion, Action::ContractAt, &TechnicalAssistance::fecha_inicio,
     "fecha de inicio"},
    {AtAction::Finish, "finish", "finalizar", "una asistencia", bit(AtEstado::EnEjecucion),
     AtEstado::Finalizada, Action::ContractAt, &TechnicalAssistance::fecha_finalizacion,
     "fecha de finalización"},
    {AtAction::Settle, "settle", "liquidar", "una asistencia", bit(AtEstado::Finalizada),
     AtEstado::Liquidada, Action::ContractAt, &TechnicalAssistance::fecha_liquidacion,
     "fecha de liquidación"},
    {AtAction::Cancel, "cancel", "cancelar", "una asistencia", kCancellable, AtEstado::Cancelada,
     Action::ApproveAt, &TechnicalAssistance::fecha_cancelacion, "fecha de cancelación"},
}};

// The step dates in life-cycle order, to find the latest one already recorded.
struct StepDate {
  DateField field;
  std::string_view label;
};
const std::array<StepDate, 6> kStepDates{{
    {&TechnicalAssistance::fecha_solicitud, "fecha de solicitud"},
    {&TechnicalAssistance::fecha_aprobacion, "fecha de aprobación"},
    {&TechnicalAssistance::fecha_contratacion, "fecha de contratación"},
    {&TechnicalAssistance::fecha_inicio, "fecha de inicio"},
    {&TechnicalAssistance::fecha_finalizacion, "fecha de finalización"},
    {&TechnicalAssistance::fecha_liquidacion, "fecha de liquidación"},
}};

const Rule& rule_of(AtAction a) { return kRules[static_cast<size_t>(a)]; }

std::string quoted(AtEstado e) { return "«" + at_estado_label(e) + "»"; }

// "«a»", "«a» o «b»", "«a», «b» o «c»".
std::string states_in(std::uint16_t mask) {
  std::string out;
  std::vector<AtEstado> states;
  for (const auto& e : code_table<AtEstado>())
    if (mask & bit(e.value)) states.push_back(e.value);
  for (size_t i = 0; i < states.size(); ++i) {
    if (i > 0) out += (i + 1 == states.size()) ? " o " : ", ";
    out += quoted(states[i]);
  }
  return out;
}

bool is_owner(const Actor& actor, const TechnicalAssistance& at) {
  return actor.user_id != 0 && (at.drafted_by == actor.user_id || at.requested_by == actor.user_id);
}

std::string role_name(const Actor& actor) { return "«" + std::string(code_of(actor.role)) + "»"; }

std::optional<AtRefusal> refuse(RefusalKind kind, std::string message) {
  return AtRefusal{kind, std::move(message)};
}

// Directors and compras cancel anything still cancellable; the person who
// drafted or sent the request may withdraw it before the decision.
std::optional<AtRefusal> check_cancel_role(const Actor& actor, const TechnicalAssistance& at) {
  if (allowed(actor.role, Action::ApproveAt) || allowed(actor.role, Action::ContractAt))
    return std::nullopt;
  if (!allowed(actor.role, Action::RequestAt))
    return refuse(RefusalKind::Permission,
                  "El rol " + role_name(actor) + " no puede cancelar asistencias técnicas.");
  if (is_owner(actor, at) && (kOwnerCancellable & bit(at.estado))) return std::nullopt;
  if (is_owner(actor, at) && (kCancellable & bit(at.estado)))
    return refuse(RefusalKind::Permission, "La asistencia " + at.codigo +
                                               " ya fue aprobada; solo la dirección o compras "
                                               "pueden cancelarla.");
  if (!is_owner(actor, at))
    return refuse(RefusalKind::Permission, "Con el rol " + role_name(actor) +
                                               " solo puede cancelar asistencias que usted "
                                               "redactó o solicitó, mientras están en " +
                                               states_in(kOwnerCancellable) + ".");
  return std::nullopt;  // the owner on a closed AT: the state check words it
}

std::optional<AtRefusal> check_role_and_state(const Actor& actor, const TechnicalAssistance& at,
                                              const Rule& r) {
  if (r.action == AtAction::Cancel) {
    if (auto refusal = check_cancel_role(actor, at)) return refusal;
  } else if (!allowed(actor.role, r.permission)) {
    return refuse(RefusalKind::Permission, "El rol " + role_name(actor) + " no puede " +
                                               std::string(r.verb) + " asistencias técnicas.");
  }
  if (!(r.from & bit(at.estado)))
    return refuse(RefusalKind::State, "La asistencia " + at.codigo + " está " + quoted(at.estado) +
                                          "; solo se puede " + std::string(r.verb) + " " +
                                          std::string(r.noun) + " en estado " + states_in(r.from) +
                                          ".");
  if ((r.action == AtAction::Approve || r.action == AtAction::Reject) && is_owner(actor, at))
    return refuse(RefusalKind::Permission,
                  "No puede " + std::string(r.verb) + " una solicitud que usted mismo redactó.");
  return std::nullopt;
}

std::optional<AtRefusal> check_input(const TechnicalAssistance& at, const Rule& r,
                                     const AtStepInput& in) {
  switch (r.action) {
    case AtAction::Request:
      if (trim(at.descripcion).empty())
        return refuse(RefusalKind::Input, "Antes de solicitar la asistencia " + at.codigo +
                                              ", describa qué se va a hacer.");
      if (at.costo_total.cents <= 0)
        return refuse(RefusalKind::Input, "Antes de solicitar la asistencia " + at.codigo +
                                              ", indique su costo total.");
      break;
    case AtAction::Approve:
      if (!in.subsidio)
        return refuse(RefusalKind::Input, "Falta calcular el subsidio de la asistencia " +
                                              at.codigo + " antes de aprobarla.");
      if (in.subsidio->costo_total != at.costo_total ||
          in.subsidio->subsidio + in.subsidio->copago != at.costo_total)
        return refuse(RefusalKind::Input,
                      "El subsidio se calculó sobre " + format_money(in.subsidio->costo_total) +
                          ", pero el costo total de la asistencia es " +
                          format_money(at.costo_total) + "; vuelva a calcularlo.");
      break;
    case AtAction::Reject:
      if (trim(in.motivo).empty())
        return refuse(RefusalKind::Input, "Para rechazar la solicitud " + at.codigo +
                                              " indique el motivo del rechazo.");
      break;
    case AtAction::Contract:
      if (!in.provider_id && !at.provider_id)
        return refuse(RefusalKind::Input,
                      "Asigne un proveedor antes de contratar la asistencia " + at.codigo + ".");
      break;
    case AtAction::Finish:
      if (in.calificacion &&
          (*in.calificacion < kMinCalificacion || *in.calificacion > kMaxCalificacion))
        return refuse(RefusalKind::Input,
                      "La calificación del proveedor debe estar entre 1 y 5 "
                      "(se indicó " +
                          std::to_string(*in.calificacion) + ").");
      break;
    case AtAction::Settle:
      // Settling closes the accounts: the enterprise paid its part and the
      // provider was paid (imported history, settled elsewhere, skips this).
      if (const auto missing = settlement_shortfall(at))
        return refuse(RefusalKind::Input, "No se puede liquidar la asistencia " + at.codigo +
                                              ": " + *missing +
                                              ". Registre primero lo que falta.");
      break;
    default:
      break;
  }
  return std::nullopt;
}

std::optional<AtRefusal> check_date(const TechnicalAssistance& at, const Rule& r,
                                    const AtStepInput& in, const Date& today) {
  const Date fecha = in.fecha.value_or(today);
  const std::string label(r.date_label);
  if (fecha > today)
    return refuse(RefusalKind::Input, "La " + label + " (" + to_display(fecha) +
                                          ") no puede ser posterior a hoy (" + to_display(today) +
                                          ").");
  const StepDate* latest = nullptr;
  for (const auto& s : kStepDates)
    if (at.*s.field && (!latest || *(at.*s.field) >= *(at.*latest->field))) latest = &s;
  if (latest && fecha < *(at.*latest->field))
    return refuse(RefusalKind::Input,
                  "La " + label + " (" + to_display(fecha) + ") no puede ser anterior a la " +
                      std::string(latest->label) + " (" + to_display(*(at.*latest->field)) + ").");
  return std::nullopt;
}

}  // namespace

std::string_view at_action_code(AtAction a) { return rule_of(a).code; }
std::string_view at_action_verb(AtAction a) { return rule_of(a).verb; }

std::optional<AtAction> parse_at_action(std::string_view text) {
  const std::string t = fold_for_match(text);
  for (const auto& r : kRules)
    if (t == r.code || t == r.verb) return r.action;
  return std::nullopt;
}

AtEstado target_of(AtAction a) { return rule_of(a).to; }

std::optional<AtAction> action_to(AtEstado target) {
  for (const auto& r : kRules)
    if (r.to == target) return r.action;
  return std::nullopt;
}

std::optional<AtRefusal> check_transition(const Actor& actor, const TechnicalAssistance& at,
                                          AtAction action, const AtStepInput& input,
                                          const Date& today) {
  const Rule& r = rule_of(action);
  if (auto refusal = check_role_and_state(actor, at, r)) return refusal;
  if (auto refusal = check_input(at, r, input)) return refusal;
  return check_date(at, r, input, today);
}

std::optional<AtRefusal> check_transition_to(const Actor& actor, const TechnicalAssistance& at,
                                             AtEstado target, const AtStepInput& input,
                                             const Date& today) {
  const auto action = action_to(target);
  if (!action)
    return refuse(RefusalKind::State, "Una asistencia no puede volver a " + quoted(target) + ".");
  return check_transition(actor, at, *action, input, today);
}

TechnicalAssistance apply_transition(const Actor& actor, TechnicalAssistance at, AtAction action,
                                     const AtStepInput& input, const Date& today) {
  if (auto refusal = check_transition(actor, at, action, input, today)) {
    if (refusal->kind == RefusalKind::Permission) throw PermissionDenied(refusal->message);
    throw UserError(refusal->message);
  }
  const Rule& r = rule_of(action);
  at.estado = r.to;
  at.*r.date = input.fecha.value_or(today);
  switch (action) {
    case AtAction::Request:
      at.requested_by = actor.user_id;
      break;
    case AtAction::Approve:
      at.approved_by = actor.user_id;
      at.subsidio = input.subsidio;
      break;
    case AtAction::Reject:
      at.approved_by = actor.user_id;
      at.motivo_rechazo = trim(input.motivo);
      break;
    case AtAction::Contract:
      if (input.provider_id) at.provider_id = input.provider_id;
      break;
    case AtAction::Finish:
      at.calificacion = input.calificacion;
      break;
    case AtAction::Cancel:
      at.motivo_cancelacion = trim(input.motivo);
      break;
    default:
      break;
  }
  return at;
}

std::vector<AtAction> available_actions(const Actor& actor, const TechnicalAssistance& at) {
  std::vector<AtAction> out;
  for (const auto& r : kRules)
    if (!check_role_and_state(actor, at, r)) out.push_back(r.action);
  return out;
}

}  // namespace cdmype
