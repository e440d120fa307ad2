// AT life cycle through the service: every state × step allowed or refused, who may, audit,
// staleness.
#include <gtest/gtest.h>

#include "at_test_support.hpp"
#include "store/at_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::testing_support {
namespace {

class AtLifecycleTest : public AtTest {
 protected:
  // A new AT of `e` brought to `estado` through the service, as people would.
  TechnicalAssistance at_in(const Enterprise& e, AtEstado estado) {
    if (estado == AtEstado::Borrador)
      return ws->assistances().draft(asesor1, draft_for(e, "1005.05"));
    auto at = request(e, "1005.05");
    auto go = [&](const Actor& a, AtAction action, AtStepInput in = {}) {
      at = step(a, at, action, std::move(in));
    };
    switch (estado) {
      case AtEstado::Solicitada:
        break;
      case AtEstado::Rechazada:
        go(directora, AtAction::Reject, with_motivo("Fuera del plan anual"));
        break;
      case AtEstado::Cancelada:
        go(asesor1, AtAction::Cancel, with_motivo("La empresa desistió"));
        break;
      default: {
        const AtEstado order[] = {AtEstado::Aprobada, AtEstado::Contratada, AtEstado::EnEjecucion,
                                  AtEstado::Finalizada, AtEstado::Liquidada};
        for (AtEstado s : order) {
          if (s == AtEstado::Liquidada) at = pay_in_full(at);
          go(s == AtEstado::Aprobada ? directora : compras, *action_to(s));
          if (s == estado) break;
        }
        // Paid in full once finished, so settling is refused only for its state.
        if (estado == AtEstado::Finalizada) at = pay_in_full(at);
      }
    }
    EXPECT_EQ(at.estado, estado);
    return at;
  }
};

// Who takes each step in the matrix: the role whose job it is.
const Actor& taker(AtAction a, const Actor& asesor, const Actor& directora, const Actor& compras) {
  switch (a) {
    case AtAction::Request:
      return asesor;
    case AtAction::Approve:
    case AtAction::Reject:
    case AtAction::Cancel:
      return directora;
    default:
      return compras;
  }
}

TEST_F(AtLifecycleTest, EveryStepFromEveryStateIsAllowedOnlyWhereTheLifeCycleSays) {
  const Enterprise e = mujer_urbana();
  const AtEstado states[] = {AtEstado::Borrador,   AtEstado::Solicitada, AtEstado::Aprobada,
                             AtEstado::Rechazada,  AtEstado::Contratada, AtEstado::EnEjecucion,
                             AtEstado::Finalizada, AtEstado::Liquidada,  AtEstado::Cancelada};
  const AtAction actions[] = {AtAction::Request,  AtAction::Approve, AtAction::Reject,
                              AtAction::Contract, AtAction::Start,   AtAction::Finish,
                              AtAction::Settle,   AtAction::Cancel};
  auto allowed_from = [](AtAction a, AtEstado s) {
    switch (a) {
      case AtAction::Request:
        return s == AtEstado::Borrador;
      case AtAction::Approve:
      case AtAction::Reject:
        return s == AtEstado::Solicitada;
      case AtAction::Contract:
        return s == AtEstado::Aprobada;
      case AtAction::Start:
        return s == AtEstado::Contratada;
      case AtAction::Finish:
        return s == AtEstado::EnEjecucion;
      case AtAction::Settle:
        return s == AtEstado::Finalizada;
      case AtAction::Cancel:
        return s == AtEstado::Borrador || s == AtEstado::Solicitada || s == AtEstado::Aprobada ||
               s == AtEstado::Contratada || s == AtEstado::EnEjecucion;
    }
    return false;
  };
  for (AtEstado s : states) {
    for (AtAction a : actions) {
      SCOPED_TRACE(std::string(code_of(s)) + " → " + std::string(at_action_code(a)));
      const auto at = at_in(e, s);
      const auto before = audit_rows(at);
      AtStepInput in;
      if (a == AtAction::Reject) in.motivo = "Sin presupuesto";
      const Actor& who = taker(a, asesor1, directora, compras);
      if (allowed_from(a, s)) {
        const auto after = step(who, at, a, in);
        EXPECT_EQ(after.estado, target_of(a));
        EXPECT_EQ(get(at.codigo).estado, target_of(a));
        EXPECT_EQ(audit_rows(at), before + 1) << "cada paso deja su fila de auditoría";
      } else {
        const std::string why = refusal([&] { step(who, at, a, in); });
        EXPECT_NE(why.find("La asistencia " + at.codigo + " está «"), std::string::npos) << why;
        EXPECT_EQ(get(at.codigo).estado, s);
        EXPECT_EQ(audit_rows(at), before);
      }
    }
  }
}

TEST_F(AtLifecycleTest, RequestCreatesTheCodeTheProviderAndTwoAuditRows) {
  const auto e = mujer_urbana();
  const auto at = request(e, "1005.05");
  EXPECT_EQ(at.codigo, "CH-AT-2026-0001");
  EXPECT_EQ(at.estado, AtEstado::Solicitada);
  EXPECT_EQ(at.drafted_by, asesor1.user_id);
  EXPECT_EQ(at.requested_by, asesor1.user_id);
  EXPECT_EQ(at.fecha_solicitud, Date(2026, 10, 15));
  const auto history = ws->maintenance().history(directora, store::kAuditAt, at.meta.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].operation, "insert");
  EXPECT_NE(history[0].after_json->find("\"estado\":\"borrador\""), std::string::npos);
  EXPECT_NE(history[1].after_json->find("\"estado\":\"solicitada\""), std::string::npos);
  // The provider did not exist: created once, audited, found again ignoring case and accents.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'provider'"), 1);
  const auto second = request(e, "200.00", &asesor2);
  EXPECT_EQ(second.codigo, "CH-AT-2026-0002");
  ws->assistances().request_new(asesor1, draft_for(e, "300.00", "  CONSULTORES  PENA "));
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM provider"), 1);
  EXPECT_EQ(ws->providers().by_name(consulta, "consultores peña")->asistencias, 3);
}

TEST_F(AtLifecycleTest, RequestsAreRefusedToRolesThatDoNotDraftAndForUnknownEnterprises) {
  const auto e = mujer_urbana();
  EXPECT_THROW(ws->assistances().request_new(compras, draft_for(e, "100.00")), PermissionDenied);
  EXPECT_THROW(ws->assistances().request_new(consulta, draft_for(e, "100.00")), PermissionDenied);
  auto d = draft_for(e, "100.00");
  d.empresa_codigo = "CH-2026-0999";
  EXPECT_EQ(refusal([&] { ws->assistances().request_new(asesor1, d); }),
            "No existe la empresa con código «CH-2026-0999».");
  d = draft_for(e, "0");
  EXPECT_THROW(ws->assistances().request_new(asesor1, d), ValidationFailed);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM technical_assistance"), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM provider"), 0) << "nada a medias";
}

TEST_F(AtLifecycleTest, OnlyTheRightRolesTakeEachStep) {
  const auto e = hombre_urbano();
  auto at = request(e, "1005.05");
  EXPECT_EQ(refusal<PermissionDenied>([&] { step(asesor2, at, AtAction::Approve); }),
            "El rol «asesor» no puede aprobar asistencias técnicas.");
  EXPECT_THROW(step(compras, at, AtAction::Approve), PermissionDenied);
  EXPECT_THROW(step(consulta, at, AtAction::Reject, with_motivo("x")), PermissionDenied);
  at = step(directora, at, AtAction::Approve);
  EXPECT_EQ(refusal<PermissionDenied>([&] { step(asesor1, at, AtAction::Contract); }),
            "El rol «asesor» no puede contratar asistencias técnicas.");
  EXPECT_THROW(step(directora, at, AtAction::Contract), PermissionDenied);
  EXPECT_THROW(step(asesor1, at, AtAction::Cancel), PermissionDenied) << "ya aprobada";
  at = step(compras, at, AtAction::Contract);
  EXPECT_THROW(step(asesor1, at, AtAction::Start), PermissionDenied);
  EXPECT_EQ(step(compras, at, AtAction::Start).estado, AtEstado::EnEjecucion);
}

TEST_F(AtLifecycleTest, NoDirectorApprovesOrRejectsARequestSheDrafted) {
  const auto e = mujer_urbana();
  const auto own = request(e, "1005.05", &directora);
  EXPECT_EQ(refusal<PermissionDenied>([&] { step(directora, own, AtAction::Approve); }),
            "No puede aprobar una solicitud que usted mismo redactó.");
  EXPECT_EQ(
      refusal<PermissionDenied>([&] { step(directora, own, AtAction::Reject, with_motivo("No")); }),
      "No puede rechazar una solicitud que usted mismo redactó.");
  EXPECT_EQ(get(own.codigo).estado, AtEstado::Solicitada);
}

TEST_F(AtLifecycleTest, RejectionNeedsAReasonAndKeepsIt) {
  const auto at = request(hombre_urbano(), "1005.05");
  EXPECT_EQ(refusal([&] { step(directora, at, AtAction::Reject, with_motivo("   ")); }),
            "Para rechazar la solicitud " + at.codigo + " indique el motivo del rechazo.");
  const auto rejected = step(directora, at, AtAction::Reject, with_motivo(" Duplica otra AT "));
  EXPECT_EQ(rejected.estado, AtEstado::Rechazada);
  EXPECT_EQ(get(at.codigo).motivo_rechazo, "Duplica otra AT");
  EXPECT_EQ(get(at.codigo).approved_by, directora.user_id);
  EXPECT_FALSE(get(at.codigo).subsidio) << "una rechazada no congela subsidio";
}

TEST_F(AtLifecycleTest, FinishRecordsTheRatingAndSettleCompletes) {
  auto at = request(mujer_urbana(), "1005.05");
  at = step(directora, at, AtAction::Approve);
  at = step(compras, at, AtAction::Contract);
  at = step(compras, at, AtAction::Start);
  EXPECT_EQ(refusal([&] { step(compras, at, AtAction::Finish, with_rating(6)); }),
            "La calificación del proveedor debe estar entre 1 y 5 (se indicó 6).");
  at = step(compras, at, AtAction::Finish, with_rating(4));
  EXPECT_EQ(get(at.codigo).calificacion, 4);
  EXPECT_EQ(refusal([&] { step(compras, at, AtAction::Settle); }),
            "No se puede liquidar la asistencia " + at.codigo +
                ": falta recibir $50.25 del aporte de la empresa (recibido $0.00 de $50.25) y "
                "falta pagar $1,005.05 al proveedor (pagado $0.00 de $1,005.05). Registre "
                "primero lo que falta.");
  at = pay_in_full(at);
  at = step(compras, at, AtAction::Settle);
  EXPECT_EQ(get(at.codigo).estado, AtEstado::Liquidada);
  EXPECT_EQ(audit_rows(at), 9) << "alta, solicitud, cinco pasos y los dos pagos";
}

TEST_F(AtLifecycleTest, TheRequesterWithdrawsBeforeTheDecisionOnly) {
  const auto e = mujer_urbana();
  const auto mine = request(e, "100.00");
  EXPECT_THROW(step(asesor2, mine, AtAction::Cancel), PermissionDenied) << "no es suya";
  const auto cancelled = step(asesor1, mine, AtAction::Cancel, with_motivo("La empresa desistió"));
  EXPECT_EQ(cancelled.estado, AtEstado::Cancelada);
  EXPECT_EQ(get(mine.codigo).motivo_cancelacion, "La empresa desistió");
  EXPECT_EQ(get(mine.codigo).fecha_cancelacion, Date(2026, 10, 15));
}

TEST_F(AtLifecycleTest, StepDatesCannotBeInTheFutureNorBeforeTheRequest) {
  const auto at = request(mujer_urbana(), "100.00");
  EXPECT_EQ(refusal([&] { ws->assistances().approve(directora, at.codigo, Date(2026, 10, 16)); }),
            "La fecha de aprobación (16/10/2026) no puede ser posterior a hoy (15/10/2026).");
  EXPECT_EQ(refusal([&] { ws->assistances().approve(directora, at.codigo, Date(2026, 10, 1)); }),
            "La fecha de aprobación (01/10/2026) no puede ser anterior a la fecha de solicitud "
            "(15/10/2026).");
}

TEST_F(AtLifecycleTest, UnknownCodesAreNamedInTheRefusal) {
  EXPECT_EQ(refusal([&] { ws->assistances().approve(directora, "CH-AT-2026-0042"); }),
            "No existe la asistencia técnica «CH-AT-2026-0042»; vea la lista con «cdmype-cli at "
            "list».");
  const auto at = request(mujer_urbana(), "100.00");
  const std::string lower = "ch-at-2026-0001";
  EXPECT_EQ(ws->assistances().approve(directora, lower).codigo, at.codigo);
}

TEST_F(AtLifecycleTest, AnOlderCopyIsRefusedAsStale) {
  const auto at = request(mujer_urbana(), "100.00");
  auto first = get(at.codigo);
  auto second = first;
  store::WriteTransaction tx(ws->database());
  store::AtRepository repo(sql());
  first.descripcion = "Etiquetado nutricional";
  repo.update({directora.user_id, directora.username, "2026-10-15T16:00:00Z"}, first);
  second.descripcion = "Código de barras";
  EXPECT_THROW(repo.update({asesor1.user_id, asesor1.username, "2026-10-15T16:01:00Z"}, second),
               StaleRecord);
}

}  // namespace
}  // namespace cdmype::testing_support
