// Referral use cases against a real database: the ventanilla's limited view, the center's inbox,
// assign / link / new file / no procede, duplicate suggestions, audit.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store/audit_repository.hpp"
#include "store_test_support.hpp"
#include "support/center_setup.hpp"

namespace cdmype::testing_support {
namespace {

class ReferralServiceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    const auto ventanilla = [&](const char* username, const char* full_name) {
      return add_account(*ws, admin, {username, full_name, Role::Ventanilla}, kPassword);
    };
    la_palma = ventanilla("vlapalma", "Ventanilla de La Palma");
    citala = ventanilla("vcitala", "Ventanilla de Citalá");
  }

  Referral intake(const std::string& nombre, const char* distrito = "La Palma") const {
    Referral r;
    r.fecha = *parse_iso_date("2026-10-05");
    r.distrito_id = distrito_id(distrito);
    r.nombre = nombre;
    r.sexo = Sexo::Mujer;
    r.telefono = "2300-1234";
    r.sector = Sector::AlimentosBebidas;
    r.necesidad = "Registro sanitario para sus dulces típicos";
    return r;
  }

  Actor la_palma, citala;
};

TEST_F(ReferralServiceTest, VentanillaRecordsAReferralThatEntersTheInbox) {
  Referral asked = intake("Rosa Niño");
  asked.estado = EstadoRemision::Atendida;  // a ventanilla cannot decide the state
  const Referral r = ws->referrals().record(la_palma, asked);
  EXPECT_EQ(r.estado, EstadoRemision::Recibida);
  EXPECT_EQ(r.registrada_por, la_palma.user_id);
  EXPECT_EQ(r.meta.uuid.size(), 36u);
  const auto inbox = ws->referrals().inbox(asesor1);
  ASSERT_EQ(inbox.size(), 1u);
  EXPECT_EQ(inbox[0].nombre, "Rosa Niño");
  const auto audit = store::AuditRepository(sql()).for_record("referral", r.meta.id);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].username, "vlapalma");
}

TEST_F(ReferralServiceTest, VentanillaSeesOnlyItsOwnReferralsAndTheirStatus) {
  const Referral mine = ws->referrals().record(la_palma, intake("Rosa Niño"));
  const Referral theirs = ws->referrals().record(citala, intake("Marta Peña", "Citalá"));
  ws->referrals().record(directora, intake("Llamada al centro"));

  const auto own = ws->referrals().list(la_palma);
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].meta.uuid, mine.meta.uuid);
  // Even asking for another's registrada_por in the filter gives only its own.
  store::ReferralFilter other;
  other.registrada_por = citala.user_id;
  EXPECT_EQ(ws->referrals().list(la_palma, other).size(), 1u);
  // It follows the status the center sets.
  ws->referrals().reject(directora, mine.meta.id, "No tiene negocio todavía");
  EXPECT_EQ(ws->referrals().find(la_palma, short_id(mine)).estado, EstadoRemision::NoProcede);
  // Another ventanilla's referral reads as nonexistent.
  EXPECT_THROW(ws->referrals().find(la_palma, theirs.meta.uuid), UserError);
  EXPECT_EQ(ws->referrals().list(directora).size(), 3u);
}

TEST_F(ReferralServiceTest, VentanillaCannotSeeFilesSessionsAtOrTheInbox) {
  const Enterprise e = create("Dulces Típicos Citalá", "Ana Peña");
  ws->sessions().log(asesor1, session_for(e.meta.id, asesor1));
  const Referral mine = ws->referrals().record(la_palma, intake("Rosa Niño"));
  EXPECT_THROW(ws->enterprises().get(la_palma, e.meta.id), PermissionDenied);
  EXPECT_THROW(ws->enterprises().search(la_palma, "Peña"), PermissionDenied);
  EXPECT_THROW(ws->sessions().by_enterprise(la_palma, e.meta.id), PermissionDenied);
  EXPECT_THROW(ws->assistances().queue(la_palma), PermissionDenied);
  EXPECT_THROW(ws->referrals().inbox(la_palma), PermissionDenied);
  EXPECT_THROW(ws->referrals().assign(la_palma, mine.meta.id, asesor1.user_id), PermissionDenied);
  EXPECT_THROW(ws->referrals().link(la_palma, mine.meta.id, e.meta.id), PermissionDenied);
  EXPECT_THROW(ws->referrals().suggestions(la_palma, mine.meta.id), PermissionDenied);
  EXPECT_THROW(ws->results().by_enterprise(la_palma, e.meta.id), PermissionDenied);
  // And the CONAMYPE supervisor reads reports but does not manage referrals.
  EXPECT_THROW(ws->referrals().list(consulta), PermissionDenied);
}

TEST_F(ReferralServiceTest, AssignThenLinkToAnExistingFile) {
  const Enterprise e = create("Dulces Típicos Citalá", "Rosa Niño");
  const Referral r = ws->referrals().record(la_palma, intake("Rosa Niño"));
  const Referral assigned = ws->referrals().assign(directora, r.meta.id, asesor2.user_id);
  EXPECT_EQ(assigned.estado, EstadoRemision::Asignada);
  EXPECT_EQ(assigned.asesor_id, asesor2.user_id);
  EXPECT_THROW(ws->referrals().assign(directora, r.meta.id, consulta.user_id), UserError);
  const Referral linked = ws->referrals().link(asesor2, r.meta.id, e.meta.id);
  EXPECT_EQ(linked.estado, EstadoRemision::Atendida);
  EXPECT_EQ(linked.enterprise_id, e.meta.id);
  EXPECT_EQ(linked.asesor_id, asesor2.user_id);
  // Final: no second decision.
  EXPECT_THROW(ws->referrals().reject(directora, r.meta.id, "tarde"), UserError);
  EXPECT_EQ(store::AuditRepository(sql()).for_record("referral", r.meta.id).size(), 3u);
}

TEST_F(ReferralServiceTest, NewFilePrefilledFromTheReferralIsLinkedInOneStep) {
  Referral in = intake("Rosa Niño");
  in.dui = make_dui(4512);
  const Referral r = ws->referrals().record(la_palma, in);
  ws->referrals().assign(directora, r.meta.id, asesor2.user_id);
  Enterprise file = enterprise_from_referral(ws->referrals().find(asesor1, r.meta.uuid),
                                             *parse_iso_date("2026-10-20"));
  file.zona = Zona::Rural;
  file.nombre = "Dulces Rosa";
  const auto [linked, stored] = ws->referrals().open_file(asesor1, r.meta.id, file);
  EXPECT_EQ(stored.codigo, "CH-2026-0001");
  EXPECT_EQ(stored.titular.dui, in.dui);
  EXPECT_EQ(stored.fuente, Fuente::Ventanilla);
  EXPECT_EQ(stored.asesor_id, asesor2.user_id);  // the one it was assigned to
  EXPECT_EQ(linked.estado, EstadoRemision::Atendida);
  EXPECT_EQ(linked.enterprise_id, stored.meta.id);
}

TEST_F(ReferralServiceTest, NewFileThatFailsValidationLeavesTheReferralOpen) {
  const Referral r = ws->referrals().record(la_palma, intake("Rosa Niño"));
  Enterprise file = enterprise_from_referral(r, *parse_iso_date("2026-10-20"));
  file.titular.dui = "01234567-0";  // wrong check digit
  EXPECT_THROW(ws->referrals().open_file(asesor1, r.meta.id, file), ValidationFailed);
  EXPECT_EQ(ws->referrals().find(asesor1, r.meta.uuid).estado, EstadoRemision::Recibida);
  EXPECT_EQ(store::query_int64(sql(), "SELECT COUNT(*) AS n FROM enterprise").value_or(-1), 0);
}

TEST_F(ReferralServiceTest, NoProcedeNeedsAReason) {
  const Referral r = ws->referrals().record(la_palma, intake("Rosa Niño"));
  EXPECT_THROW(ws->referrals().reject(directora, r.meta.id, "  "), UserError);
  const Referral done = ws->referrals().reject(directora, r.meta.id, "Ya es atendida por otra ONG");
  EXPECT_EQ(done.estado, EstadoRemision::NoProcede);
  EXPECT_EQ(done.motivo, "Ya es atendida por otra ONG");
  EXPECT_TRUE(ws->referrals().inbox(directora).empty());
}

TEST_F(ReferralServiceTest, DuplicateSuggestionsIgnoreAccentsAndUseDuiAnywhere) {
  Enterprise pena = enterprise("Panadería La Palma", "José Pena", Sexo::Hombre);
  pena.distrito_id = distrito_id("La Palma");
  const Enterprise same_name = ws->enterprises().create(asesor1, pena);
  pena.titular.nombre = "José Pena";
  pena.distrito_id = distrito_id("Citalá");  // same name, another distrito
  ws->enterprises().create(asesor1, pena);
  const Enterprise by_dui = create("Sastrería Niño", "Otro Titular", Sexo::Hombre, make_dui(77));

  Referral in = intake("Jose  Peña");
  in.sexo = Sexo::Hombre;
  in.dui = make_dui(77);
  const Referral r = ws->referrals().record(la_palma, in);
  const auto s = ws->referrals().suggestions(directora, r.meta.id);
  ASSERT_EQ(s.size(), 2u);
  std::vector<std::string> codes{s[0].enterprise.codigo, s[1].enterprise.codigo};
  EXPECT_NE(std::find(codes.begin(), codes.end(), same_name.codigo), codes.end());
  EXPECT_NE(std::find(codes.begin(), codes.end(), by_dui.codigo), codes.end());
}

TEST_F(ReferralServiceTest, FindNeedsFourCharactersAndAnUnambiguousStart) {
  const Referral a = ws->referrals().record(la_palma, intake("Rosa Niño"));
  const Referral b = ws->referrals().record(la_palma, intake("Marta Núñez"));
  // Lists show the last 8 digits: random even when the first ones repeat.
  EXPECT_EQ(ws->referrals().find(directora, short_id(a)).meta.id, a.meta.id);
  EXPECT_EQ(ws->referrals().find(directora, short_id(b)).meta.id, b.meta.id);
  EXPECT_EQ(ws->referrals().find(directora, a.meta.uuid).meta.id, a.meta.id);
  EXPECT_THROW(ws->referrals().find(directora, "ab"), UserError);
  EXPECT_THROW(ws->referrals().find(directora, "zzzz"), UserError);
}

}  // namespace
}  // namespace cdmype::testing_support
