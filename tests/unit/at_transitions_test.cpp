// AT life cycle: state × action × role, self-approval, reasons, dates, effects of a step.
#include "core/at_transitions.hpp"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "core/at_payments.hpp"
#include "core/errors.hpp"
#include "core/subsidy_compute.hpp"

namespace cdmype {
namespace {

const Date kToday(2026, 3, 20);
constexpr std::int64_t kAuthor = 100;  // drafted and requested the AT; no actor below by default

const std::vector<AtAction> kActions{AtAction::Request,  AtAction::Approve, AtAction::Reject,
                                     AtAction::Contract, AtAction::Start,   AtAction::Finish,
                                     AtAction::Settle,   AtAction::Cancel};

Actor actor(Role role, std::int64_t id = 0) {
  if (id == 0) id = 1 + static_cast<int>(role);
  return Actor{id, std::string(code_of(role)), role};
}

// An AT in `estado` with everything that state implies, all dates before kToday.
TechnicalAssistance at_in(AtEstado estado) {
  TechnicalAssistance at;
  at.codigo = "CH-AT-2026-0003";
  at.enterprise_id = 7;
  at.drafted_by = kAuthor;
  at.descripcion = "Registro sanitario de mermeladas";
  at.especialidad = "inocuidad alimentaria";
  at.provider_id = 5;
  at.costo_total = Money::from_cents(100505);
  at.estado = estado;
  const int step = static_cast<int>(estado);
  auto reached = [&](AtEstado s) {
    return estado != AtEstado::Cancelada && estado != AtEstado::Rechazada &&
           step >= static_cast<int>(s);
  };
  if (estado != AtEstado::Borrador) {
    at.requested_by = kAuthor;
    at.fecha_solicitud = Date(2026, 3, 2);
  }
  if (reached(AtEstado::Aprobada) || estado == AtEstado::Rechazada) {
    at.fecha_aprobacion = Date(2026, 3, 4);
    at.approved_by = 99;
  }
  if (estado == AtEstado::Rechazada) at.motivo_rechazo = "Sin fondos";
  if (reached(AtEstado::Aprobada))
    at.subsidio = compute_subsidy(default_policy(), EnterpriseFacts{}, at.costo_total);
  if (reached(AtEstado::Contratada)) at.fecha_contratacion = Date(2026, 3, 6);
  if (reached(AtEstado::EnEjecucion)) at.fecha_inicio = Date(2026, 3, 8);
  if (reached(AtEstado::Finalizada)) at.fecha_finalizacion = Date(2026, 3, 10);
  if (reached(AtEstado::Finalizada)) {  // settling needs both payments complete
    at.aporte_recibido = AtPayment{at.subsidio->copago, Date(2026, 3, 11)};
    at.pago_proveedor = AtPayment{at.costo_total, Date(2026, 3, 11)};
  }
  if (reached(AtEstado::Liquidada)) at.fecha_liquidacion = Date(2026, 3, 12);
  if (estado == AtEstado::Cancelada) at.fecha_cancelacion = Date(2026, 3, 3);
  return at;
}

// Input good enough for any step, so only role and state decide.
AtStepInput full_input(const TechnicalAssistance& at) {
  AtStepInput in;
  in.motivo = "La empresa no tiene el permiso municipal";
  in.calificacion = 4;
  in.subsidio = compute_subsidy(default_policy(), EnterpriseFacts{}, at.costo_total);
  return in;
}

// Who may take which step from which state, written out from product.md §2
// rather than derived from the table under test.
std::set<std::tuple<AtEstado, AtAction, Role>> expected_allowed() {
  std::set<std::tuple<AtEstado, AtAction, Role>> s;
  s.insert({AtEstado::Borrador, AtAction::Request, Role::Asesor});
  s.insert({AtEstado::Borrador, AtAction::Request, Role::Director});
  s.insert({AtEstado::Solicitada, AtAction::Approve, Role::Director});
  s.insert({AtEstado::Solicitada, AtAction::Reject, Role::Director});
  s.insert({AtEstado::Aprobada, AtAction::Contract, Role::Compras});
  s.insert({AtEstado::Contratada, AtAction::Start, Role::Compras});
  s.insert({AtEstado::EnEjecucion, AtAction::Finish, Role::Compras});
  s.insert({AtEstado::Finalizada, AtAction::Settle, Role::Compras});
  for (auto e : {AtEstado::Borrador, AtEstado::Solicitada, AtEstado::Aprobada, AtEstado::Contratada,
                 AtEstado::EnEjecucion})
    for (auto r : {Role::Director, Role::Compras}) s.insert({e, AtAction::Cancel, r});
  return s;
}

TEST(AtTransitions, EveryStateActionAndRoleIsAllowedOrRefusedAsSpecified) {
  const auto allowed_set = expected_allowed();
  int allowed_count = 0;
  for (const auto& st : code_table<AtEstado>()) {
    for (auto action : kActions) {
      for (const auto& role : code_table<Role>()) {
        SCOPED_TRACE(std::string(st.code) + " × " + std::string(at_action_code(action)) + " × " +
                     std::string(role.code));
        const auto at = at_in(st.value);
        const auto refusal =
            check_transition(actor(role.value), at, action, full_input(at), kToday);
        if (allowed_set.contains({st.value, action, role.value})) {
          EXPECT_FALSE(refusal) << refusal->message;
          ++allowed_count;
        } else {
          ASSERT_TRUE(refusal);
          EXPECT_FALSE(refusal->message.empty());
        }
      }
    }
  }
  EXPECT_EQ(allowed_count, static_cast<int>(allowed_set.size()));
}

TEST(AtTransitions, WrongStateMessageNamesTheCodeAndBothStates) {
  const auto at = at_in(AtEstado::Borrador);
  auto r = check_transition(actor(Role::Director), at, AtAction::Approve, full_input(at), kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, RefusalKind::State);
  EXPECT_EQ(r->message,
            "La asistencia CH-AT-2026-0003 está «borrador»; solo se puede aprobar una solicitud "
            "en estado «solicitada».");

  const auto done = at_in(AtEstado::Finalizada);
  r = check_transition(actor(Role::Director), done, AtAction::Cancel, {}, kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->message,
            "La asistencia CH-AT-2026-0003 está «finalizada»; solo se puede cancelar una "
            "asistencia en estado «borrador», «solicitada», «aprobada», «contratada» o "
            "«en ejecución».");
}

TEST(AtTransitions, RoleRefusalSaysWhichRoleAndWhat) {
  const auto at = at_in(AtEstado::Solicitada);
  auto r = check_transition(actor(Role::Asesor), at, AtAction::Approve, full_input(at), kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, RefusalKind::Permission);
  EXPECT_EQ(r->message, "El rol «asesor» no puede aprobar asistencias técnicas.");
  EXPECT_THROW(apply_transition(actor(Role::Asesor), at, AtAction::Approve, full_input(at), kToday),
               PermissionDenied);
}

TEST(AtTransitions, DirectorCannotApproveOrRejectWhatTheyDraftedOrRequested) {
  auto at = at_in(AtEstado::Solicitada);
  const Actor director = actor(Role::Director, kAuthor);
  auto r = check_transition(director, at, AtAction::Approve, full_input(at), kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, RefusalKind::Permission);
  EXPECT_EQ(r->message, "No puede aprobar una solicitud que usted mismo redactó.");
  r = check_transition(director, at, AtAction::Reject, full_input(at), kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->message, "No puede rechazar una solicitud que usted mismo redactó.");

  // Drafted by an asesor but sent on by this director: still their own request.
  at.drafted_by = 55;
  EXPECT_TRUE(check_transition(director, at, AtAction::Approve, full_input(at), kToday));
  // Another director may.
  EXPECT_FALSE(
      check_transition(actor(Role::Director, 8), at, AtAction::Approve, full_input(at), kToday));
}

TEST(AtTransitions, RejectionNeedsANonBlankReason) {
  const auto at = at_in(AtEstado::Solicitada);
  AtStepInput in;
  in.motivo = "   ";
  auto r = check_transition(actor(Role::Director), at, AtAction::Reject, in, kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, RefusalKind::Input);
  EXPECT_EQ(r->message,
            "Para rechazar la solicitud CH-AT-2026-0003 indique el motivo del rechazo.");
  EXPECT_THROW(apply_transition(actor(Role::Director), at, AtAction::Reject, in, kToday),
               UserError);

  in.motivo = "  Proveedor sin NIT ";
  const auto done = apply_transition(actor(Role::Director), at, AtAction::Reject, in, kToday);
  EXPECT_EQ(done.estado, AtEstado::Rechazada);
  EXPECT_EQ(done.motivo_rechazo, "Proveedor sin NIT");
  EXPECT_EQ(done.approved_by, actor(Role::Director).user_id);
  EXPECT_EQ(done.fecha_aprobacion, kToday);
  EXPECT_TRUE(validate(done).empty());
}

TEST(AtTransitions, RequesterMayWithdrawOnlyBeforeTheDecision) {
  const Actor author = actor(Role::Asesor, kAuthor);
  for (auto e : {AtEstado::Borrador, AtEstado::Solicitada})
    EXPECT_FALSE(check_transition(author, at_in(e), AtAction::Cancel, {}, kToday)) << code_of(e);
  auto r = check_transition(author, at_in(AtEstado::Aprobada), AtAction::Cancel, {}, kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->message,
            "La asistencia CH-AT-2026-0003 ya fue aprobada; solo la dirección o compras pueden "
            "cancelarla.");
  r = check_transition(actor(Role::Asesor), at_in(AtEstado::Borrador), AtAction::Cancel, {},
                       kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->message,
            "Con el rol «asesor» solo puede cancelar asistencias que usted redactó o solicitó, "
            "mientras están en «borrador» o «solicitada».");
}

TEST(AtTransitions, ApprovalFreezesTheGivenDecision) {
  const auto at = at_in(AtEstado::Solicitada);
  AtStepInput in;
  EXPECT_EQ(check_transition(actor(Role::Director), at, AtAction::Approve, in, kToday)->message,
            "Falta calcular el subsidio de la asistencia CH-AT-2026-0003 antes de aprobarla.");
  in.subsidio = compute_subsidy(default_policy(), EnterpriseFacts{}, Money::from_cents(5000));
  EXPECT_EQ(check_transition(actor(Role::Director), at, AtAction::Approve, in, kToday)->kind,
            RefusalKind::Input);

  EnterpriseFacts woman;
  woman.liderada_por_mujer = true;
  in.subsidio = compute_subsidy(default_policy(), woman, at.costo_total);
  in.fecha = Date(2026, 3, 5);
  const auto done = apply_transition(actor(Role::Director), at, AtAction::Approve, in, kToday);
  EXPECT_EQ(done.estado, AtEstado::Aprobada);
  EXPECT_EQ(done.fecha_aprobacion, Date(2026, 3, 5));
  ASSERT_TRUE(done.subsidio);
  EXPECT_EQ(done.subsidio->subsidio, Money::from_cents(95480));
  EXPECT_EQ(done.subsidio->copago, Money::from_cents(5025));
  EXPECT_TRUE(validate(done).empty());
  // The caller's copy is untouched.
  EXPECT_EQ(at.estado, AtEstado::Solicitada);
}

TEST(AtTransitions, StepDatesCannotGoBackwardsOrIntoTheFuture) {
  const auto at = at_in(AtEstado::Solicitada);  // requested 02/03/2026
  auto in = full_input(at);
  in.fecha = Date(2026, 3, 1);
  auto r = check_transition(actor(Role::Director), at, AtAction::Approve, in, kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->message,
            "La fecha de aprobación (01/03/2026) no puede ser anterior a la fecha de solicitud "
            "(02/03/2026).");
  in.fecha = Date(2026, 3, 21);
  r = check_transition(actor(Role::Director), at, AtAction::Approve, in, kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->message,
            "La fecha de aprobación (21/03/2026) no puede ser posterior a hoy (20/03/2026).");
  in.fecha = Date(2026, 3, 2);  // same day as the request is fine
  EXPECT_FALSE(check_transition(actor(Role::Director), at, AtAction::Approve, in, kToday));
}

TEST(AtTransitions, WalksTheWholeLifeCycle) {
  const Actor asesor = actor(Role::Asesor, 10), director = actor(Role::Director, 20),
              compras = actor(Role::Compras, 30);
  auto at = at_in(AtEstado::Borrador);
  at.drafted_by = 10;
  at.provider_id.reset();
  at = apply_transition(asesor, at, AtAction::Request, {}, Date(2026, 3, 2));
  EXPECT_EQ(at.requested_by, 10);
  AtStepInput approve;
  approve.subsidio = compute_subsidy(default_policy(), EnterpriseFacts{}, at.costo_total);
  at = apply_transition(director, at, AtAction::Approve, approve, Date(2026, 3, 3));
  EXPECT_EQ(check_transition(compras, at, AtAction::Contract, {}, Date(2026, 3, 4))->message,
            "Asigne un proveedor antes de contratar la asistencia CH-AT-2026-0003.");
  AtStepInput contract;
  contract.provider_id = 9;
  at = apply_transition(compras, at, AtAction::Contract, contract, Date(2026, 3, 4));
  EXPECT_EQ(at.provider_id, 9);
  at = apply_transition(compras, at, AtAction::Start, {}, Date(2026, 3, 5));
  AtStepInput finish;
  finish.calificacion = 0;
  EXPECT_EQ(check_transition(compras, at, AtAction::Finish, finish, Date(2026, 3, 9))->message,
            "La calificación del proveedor debe estar entre 1 y 5 (se indicó 0).");
  finish.calificacion = 5;
  at = apply_transition(compras, at, AtAction::Finish, finish, Date(2026, 3, 9));
  EXPECT_EQ(at.calificacion, 5);
  EXPECT_EQ(check_transition(compras, at, AtAction::Settle, {}, Date(2026, 3, 12))->message,
            "No se puede liquidar la asistencia CH-AT-2026-0003: falta recibir $100.50 del "
            "aporte de la empresa (recibido $0.00 de $100.50) y falta pagar $1,005.05 al "
            "proveedor (pagado $0.00 de $1,005.05). Registre primero lo que falta.");
  at = apply_payment(compras, at, AtPaymentKind::AporteEmpresa, Money::from_cents(10050),
                     Date(2026, 3, 10), Date(2026, 3, 12));
  at = apply_payment(compras, at, AtPaymentKind::PagoProveedor, Money::from_cents(100505),
                     Date(2026, 3, 11), Date(2026, 3, 12));
  at = apply_transition(compras, at, AtAction::Settle, {}, Date(2026, 3, 12));
  EXPECT_EQ(at.estado, AtEstado::Liquidada);
  EXPECT_EQ(at.fecha_liquidacion, Date(2026, 3, 12));
  EXPECT_TRUE(validate(at).empty());
  EXPECT_TRUE(available_actions(director, at).empty());
}

TEST(AtTransitions, ActionsMapOneToOneToTargetStates) {
  for (auto a : kActions) {
    EXPECT_EQ(action_to(target_of(a)), a);
    EXPECT_EQ(parse_at_action(at_action_code(a)), a);
    EXPECT_EQ(parse_at_action(at_action_verb(a)), a);
  }
  EXPECT_FALSE(action_to(AtEstado::Borrador));
  auto r = check_transition_to(actor(Role::Director), at_in(AtEstado::Solicitada),
                               AtEstado::Borrador, {}, kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, RefusalKind::State);
}

TEST(AtTransitions, AvailableActionsFollowRoleAndState) {
  const auto pending = at_in(AtEstado::Solicitada);
  EXPECT_EQ(available_actions(actor(Role::Director), pending),
            (std::vector<AtAction>{AtAction::Approve, AtAction::Reject, AtAction::Cancel}));
  EXPECT_EQ(available_actions(actor(Role::Compras), pending),
            (std::vector<AtAction>{AtAction::Cancel}));
  EXPECT_TRUE(available_actions(actor(Role::Consulta), pending).empty());
  EXPECT_EQ(available_actions(actor(Role::Asesor, kAuthor), pending),
            (std::vector<AtAction>{AtAction::Cancel}));
}

}  // namespace
}  // namespace cdmype
