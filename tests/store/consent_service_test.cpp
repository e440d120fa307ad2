// Consent and sensitive data against a real database (Decreto Legislativo 144): a new file's grant
// stored with it, every change a new record, sensitive data recorded only with express consent,
// shown only to the file's asesor and the director, and erased when the consent is withdrawn.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/territory.hpp"
#include "store/audit_chain.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class ConsentServiceTest : public StoreTest {
 protected:
  static ConsentRecord grant(ConsentScopes scopes) {
    ConsentRecord r;
    r.accion = ConsentAction::Otorga;
    r.scopes = scopes;
    r.fecha = *parse_iso_date("2026-03-10");
    return r;
  }
  Enterprise returnee(const std::string& nombre) const {
    Enterprise e = enterprise(nombre, "Rosalinda Peña Ñandú", Sexo::Mujer, "03456789-8");
    e.titular.discapacidad = true;
    e.titular.retornado = true;
    return e;
  }
};

TEST_F(ConsentServiceTest, ANewFileKeepsItsGrantAndSensitiveDataNeedsIt) {
  EXPECT_THROW(ws->enterprises().create(asesor1, returnee("Dulces Peña")), ValidationFailed);
  EXPECT_THROW(ws->enterprises().create(asesor1, returnee("Dulces Peña"),
                                        grant({ConsentScope::Atencion, ConsentScope::Seguimiento})),
               ValidationFailed);
  // Without atención no file is opened, and nothing is left half-written.
  EXPECT_THROW(ws->enterprises().create(asesor1, enterprise("Café Citalá", "Niño Peña"),
                                        grant({ConsentScope::Seguimiento})),
               ValidationFailed);
  EXPECT_EQ(scalar("SELECT count(*) FROM enterprise"), 0);

  const Enterprise e = ws->enterprises().create(
      asesor1, returnee("Dulces Peña"), grant({ConsentScope::Atencion, ConsentScope::Sensibles}));
  const auto history = ws->consents().history(asesor1, titular_of(e.meta.id));
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].texto_version, kConsentTextVersion);
  EXPECT_EQ(history[0].registrado_por, "asesor1");
  EXPECT_TRUE(ws->consents().state(asesor1, titular_of(e.meta.id)).may_record_sensitive());
  EXPECT_EQ(ws->consents().unregistered_count(asesor1), 0);
  EXPECT_TRUE(ws->enterprises().get(asesor1, e.meta.id)->titular.discapacidad);
}

TEST_F(ConsentServiceTest, SensitiveDataIsShownOnlyToTheFilesAsesorAndTheDirector) {
  const Enterprise e = ws->enterprises().create(
      asesor1, returnee("Dulces Peña"), grant({ConsentScope::Atencion, ConsentScope::Sensibles}));
  EXPECT_TRUE(ws->enterprises().get(directora, e.meta.id)->titular.retornado);
  EXPECT_TRUE(ws->enterprises().by_codigo(asesor1, e.codigo)->titular.discapacidad);
  Enterprise seen = *ws->enterprises().get(asesor2, e.meta.id);
  EXPECT_FALSE(seen.titular.discapacidad);
  EXPECT_FALSE(seen.titular.retornado);
  EXPECT_FALSE(ws->enterprises().find_by_dui(consulta, "034567898").at(0).titular.discapacidad);
  // Another asesor's save of what they saw keeps what is stored.
  seen.notas = "Visita de Peña";
  ws->enterprises().update(asesor2, seen);
  const Enterprise stored = *ws->enterprises().get(directora, e.meta.id);
  EXPECT_TRUE(stored.titular.discapacidad);
  EXPECT_TRUE(stored.titular.retornado);
  EXPECT_EQ(stored.notas, "Visita de Peña");
}

TEST_F(ConsentServiceTest, WithdrawingIsANewRecordAndErasesSensitiveDataAtOnce) {
  const Enterprise e = ws->enterprises().create(
      asesor1, returnee("Dulces Peña"),
      grant({ConsentScope::Atencion, ConsentScope::Sensibles, ConsentScope::Seguimiento}));
  ConsentRecord withdraw;
  withdraw.accion = ConsentAction::Retira;
  withdraw.scopes = {ConsentScope::Sensibles};
  withdraw.fecha = *parse_iso_date("2026-10-01");
  const ConsentState after = ws->consents().record(asesor1, e.codigo, withdraw);
  EXPECT_FALSE(after.may_record_sensitive());
  EXPECT_TRUE(after.may_follow_up());
  const Enterprise now = *ws->enterprises().get(directora, e.meta.id);
  EXPECT_FALSE(now.titular.discapacidad);
  EXPECT_FALSE(now.titular.retornado);
  EXPECT_EQ(scalar("SELECT count(*) FROM consent_record"), 2);
  // Ticking the box again needs a new grant.
  Enterprise again = now;
  again.titular.discapacidad = true;
  EXPECT_THROW(ws->enterprises().update(asesor1, again), ValidationFailed);
  // What was never granted cannot be withdrawn; atención is withdrawn by forgetting.
  withdraw.scopes = {ConsentScope::Comunicaciones};
  EXPECT_THROW(ws->consents().record(asesor1, e.codigo, withdraw), ValidationFailed);
  withdraw.scopes = {ConsentScope::Atencion};
  EXPECT_THROW(ws->consents().record(asesor1, e.codigo, withdraw), ValidationFailed);
}

TEST_F(ConsentServiceTest, AnObjectionStopsContactsAndIdentifiedSharingUntilLifted) {
  const Enterprise e =
      ws->enterprises().create(asesor1, enterprise("Café Citalá", "Niño Peña"),
                               grant({ConsentScope::Atencion, ConsentScope::Seguimiento,
                                      ConsentScope::Comunicaciones, ConsentScope::Compartir}));
  create("Hamacas Ñandú", "Marta Ñandú");  // imported-like: no consent registered
  ASSERT_EQ(ws->consents().contactable(directora, ConsentScope::Seguimiento).size(), 1u);
  EXPECT_TRUE(ws->consents().withheld_from_sharing(directora).files.empty());

  ConsentRecord object;
  object.accion = ConsentAction::Oposicion;
  object.fecha = *parse_iso_date("2026-10-01");
  object.motivo = "Solicitud n.º 3";
  EXPECT_THROW(ws->consents().record(asesor1, e.codigo, object), PermissionDenied);
  ws->consents().record(directora, e.codigo, object);
  EXPECT_TRUE(ws->consents().contactable(directora, ConsentScope::Seguimiento).empty());
  EXPECT_TRUE(ws->consents().contactable(directora, ConsentScope::Comunicaciones).empty());
  EXPECT_EQ(ws->consents().withheld_from_sharing(directora).files,
            std::unordered_set<std::int64_t>{e.meta.id});
  EXPECT_THROW(ws->consents().record(directora, e.codigo, object), ValidationFailed);

  ConsentRecord lift = object;
  lift.accion = ConsentAction::Levanta;
  ws->consents().record(directora, e.codigo, lift);
  EXPECT_EQ(ws->consents().contactable(directora, ConsentScope::Seguimiento).size(), 1u);
  EXPECT_EQ(ws->consents().unregistered_count(directora), 1);
  EXPECT_EQ(ws->consents().unregistered(directora, -1).at(0).nombre, "Hamacas Ñandú");
}

TEST_F(ConsentServiceTest, AReferralIsRecordedWithItsGrantOrNotAtAll) {
  Referral r;
  r.fecha = *parse_iso_date("2026-10-05");
  r.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
  r.nombre = "Rosa Peña Ñandú";
  r.sexo = Sexo::Mujer;
  EXPECT_THROW(ws->referrals().record(directora, r, grant({ConsentScope::Seguimiento})),
               ValidationFailed);
  EXPECT_THROW(ws->referrals().record(
                   directora, r, grant({ConsentScope::Atencion, ConsentScope::Sensibles})),
               ValidationFailed);
  EXPECT_EQ(scalar("SELECT count(*) FROM referral"), 0);
  const Referral stored = ws->referrals().record(
      directora, r,
      grant({ConsentScope::Atencion, ConsentScope::Comunicaciones, ConsentScope::Compartir}));
  const ConsentSubject person{ConsentPerson::Remitido, stored.meta.id};
  EXPECT_TRUE(ws->consents().state(asesor1, person).may_communicate());
  EXPECT_THROW(ws->consents().state(consulta, person), PermissionDenied);
  // A file's titular is not among the referrals' people: ids of different kinds never mix.
  EXPECT_EQ(ws->consents().unregistered_count(directora), 0);
  EXPECT_TRUE(ws->consents().withheld_from_sharing(directora).referrals.empty());
  ConsentRecord object;
  object.accion = ConsentAction::Oposicion;
  object.fecha = *parse_iso_date("2026-10-06");
  object.motivo = "Llamó Rosa Peña";
  EXPECT_THROW(ws->consents().record(asesor1, person, object), PermissionDenied);
  ws->consents().record(directora, person, object);
  const auto withheld = ws->consents().withheld_from_sharing(directora);
  EXPECT_EQ(withheld.referrals, std::unordered_set<std::int64_t>{stored.meta.id});
  EXPECT_TRUE(withheld.files.empty());
  // The objection's reason is sealed in the audit log with the referral's own key.
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'consent_record' AND "
                   "after_json LIKE '%Llamó Rosa%'"),
            0);
  EXPECT_FALSE(store::first_audit_chain_break(sql()));
}

TEST_F(ConsentServiceTest, RemovingAParticipantTakesTheirConsentWithIt) {
  Training t;
  t.titulo = "Costos y precios";
  t.fecha = *parse_iso_date("2026-10-15");
  t.minutos = 120;
  t = ws->trainings().create(asesor1, t);
  TrainingAttendee a;
  a.training_id = t.meta.id;
  a.nombre = "Tomás Niño";
  a.sexo = Sexo::Hombre;
  a = ws->trainings().add_attendee(asesor1, a, grant({ConsentScope::Atencion}));
  EXPECT_EQ(ws->trainings().attendee_by_uuid(asesor1, a.meta.uuid).meta.id, a.meta.id);
  ASSERT_EQ(ws->consents().history(asesor1, {ConsentPerson::Participante, a.meta.id}).size(), 1u);
  ws->trainings().remove_attendee(asesor1, t.meta.id, a.meta.id);
  EXPECT_EQ(scalar("SELECT count(*) FROM consent_record"), 0);
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'consent_record'"), 2);
  EXPECT_FALSE(store::first_audit_chain_break(sql()));
  EXPECT_THROW(ws->consents().record(asesor1, {ConsentPerson::Participante, a.meta.id},
                                     grant({ConsentScope::Atencion})),
               UserError);
}

}  // namespace
}  // namespace cdmype::testing_support
