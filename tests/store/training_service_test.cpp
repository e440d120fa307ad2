// Editing and deleting trainings, and the center's list of partner institutions (issue 7):
// only the given fields change, stale versions are refused, attendance blocks a delete, a
// participant is removed only from its own training, partners are de-duplicated ignoring
// accents and case.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store/audit_repository.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class TrainingServiceTest : public StoreTest {
 protected:
  Training add(const std::string& titulo, const std::string& institucion = "") {
    Training t;
    t.titulo = titulo;
    t.tema = "Finanzas básicas";
    t.institucion = institucion;
    t.fecha = *parse_iso_date("2026-10-15");
    t.minutos = 180;
    t.lugar = "Casa de la Cultura de Citalá";
    return ws->trainings().create(asesor1, t);
  }
  TrainingAttendee attend(const Training& t, const std::string& nombre, Sexo sexo) {
    TrainingAttendee a;
    a.training_id = t.meta.id;
    a.nombre = nombre;
    a.sexo = sexo;
    return ws->trainings().add_attendee(asesor1, a);
  }
};

TEST_F(TrainingServiceTest, EditChangesOnlyTheGivenFieldsAndIsAudited) {
  const Training t = add("Costos y precios", "CONAMYPE");
  services::TrainingChanges changes;
  changes.lugar = "  Alcaldía de La Palma ";
  changes.minutos = 150;
  const Training saved = ws->trainings().edit(asesor1, t.meta.id, t.meta.version, changes);
  EXPECT_EQ(saved.meta.version, t.meta.version + 1);
  const auto stored = ws->trainings().list(asesor1);
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].lugar, "Alcaldía de La Palma");
  EXPECT_EQ(stored[0].minutos, 150);
  EXPECT_EQ(stored[0].titulo, "Costos y precios");
  EXPECT_EQ(stored[0].institucion, "CONAMYPE");
  EXPECT_EQ(stored[0].tema, "Finanzas básicas");
  EXPECT_EQ(stored[0].fecha, *parse_iso_date("2026-10-15"));
  const auto audit = store::AuditRepository(sql()).for_record("training", t.meta.id);
  ASSERT_EQ(audit.size(), 2u);
}

TEST_F(TrainingServiceTest, EditRefusesAStaleVersionAndInvalidValues) {
  const Training t = add("Costos y precios");
  services::TrainingChanges first;
  first.titulo = "Costos, precios y márgenes";
  ws->trainings().edit(asesor1, t.meta.id, t.meta.version, first);
  services::TrainingChanges late;
  late.titulo = "Precios";
  EXPECT_THROW(ws->trainings().edit(asesor2, t.meta.id, t.meta.version, late), StaleRecord);
  services::TrainingChanges empty_title;
  empty_title.titulo = "   ";
  EXPECT_THROW(ws->trainings().edit(asesor1, t.meta.id, t.meta.version + 1, empty_title),
               ValidationFailed);
  EXPECT_EQ(ws->trainings().list(asesor1)[0].titulo, "Costos, precios y márgenes");
  EXPECT_THROW(ws->trainings().edit(consulta, t.meta.id, t.meta.version + 1, late),
               PermissionDenied);
}

TEST_F(TrainingServiceTest, DeleteIsRefusedWhileSomeoneAttended) {
  const Training kept = add("Costos y precios");
  const Training gone = add("Registro sanitario");
  attend(kept, "Rosa Niño", Sexo::Mujer);
  try {
    ws->trainings().remove(asesor1, kept.meta.id);
    FAIL() << "a training with attendance was deleted";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("1 participante"), std::string::npos) << e.what();
  }
  ws->trainings().remove(asesor1, gone.meta.id);
  const auto left = ws->trainings().list(asesor1);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].titulo, "Costos y precios");
  const auto audit = store::AuditRepository(sql()).for_record("training", gone.meta.id);
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_THROW(ws->trainings().remove(asesor1, gone.meta.id), UserError);
}

TEST_F(TrainingServiceTest, RemovingAParticipantIsAuditedAndChecksItsTraining) {
  const Training costos = add("Costos y precios");
  const Training sanitario = add("Registro sanitario");
  const TrainingAttendee rosa = attend(costos, "Rosa Niño", Sexo::Mujer);
  const TrainingAttendee ramon = attend(costos, "Ramón Peña", Sexo::Hombre);

  // Not a participant of that training (it is on another one), nor anyone at all.
  try {
    ws->trainings().remove_attendee(asesor1, sanitario.meta.id, rosa.meta.id);
    FAIL() << "a participant of another training was removed";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("no está anotada en la capacitación «Registro sanitario»"),
              std::string::npos)
        << e.what();
  }
  EXPECT_THROW(ws->trainings().remove_attendee(asesor1, costos.meta.id, ramon.meta.id + 100),
               UserError);
  EXPECT_THROW(ws->trainings().remove_attendee(asesor1, sanitario.meta.id + 100, rosa.meta.id),
               UserError);
  // Roles that may read trainings but not record them.
  EXPECT_THROW(ws->trainings().remove_attendee(consulta, costos.meta.id, rosa.meta.id),
               PermissionDenied);
  ASSERT_EQ(ws->trainings().attendees(asesor1, costos.meta.id).size(), 2u);

  ws->trainings().remove_attendee(directora, costos.meta.id, rosa.meta.id);
  const auto left = ws->trainings().attendees(asesor1, costos.meta.id);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].nombre, "Ramón Peña");
  const auto audit = store::AuditRepository(sql()).for_record("training_attendee", rosa.meta.id);
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit.back().operation, "delete");
  EXPECT_EQ(audit.back().user_id, directora.user_id);
  ASSERT_TRUE(audit.back().before_json.has_value());
  EXPECT_NE(audit.back().before_json->find("Rosa Niño"), std::string::npos);
  EXPECT_FALSE(audit.back().after_json.has_value());
  // Gone once: a second removal is refused, and the training can now lose its last one.
  EXPECT_THROW(ws->trainings().remove_attendee(directora, costos.meta.id, rosa.meta.id),
               UserError);
  ws->trainings().remove_attendee(asesor1, costos.meta.id, ramon.meta.id);
  ws->trainings().remove(asesor1, costos.meta.id);
  EXPECT_EQ(ws->trainings().list(asesor1).size(), 1u);
}

TEST_F(TrainingServiceTest, PartnerInstitutionsAreOneListWithoutAccentOrCaseDuplicates) {
  add("Costos y precios", "Universidad de El Salvador");
  add("Registro sanitario", "universidad de el salvador");
  EXPECT_FALSE(ws->trainings().add_institution(asesor1, "UNIVERSIDAD DE EL SALVADOR"));
  EXPECT_TRUE(ws->trainings().add_institution(asesor1, "  Alcaldía de Citalá "));
  EXPECT_FALSE(ws->trainings().add_institution(asesor1, "alcaldia de citala"));
  EXPECT_TRUE(ws->trainings().add_institution(asesor1, "INSAFORP"));
  const std::vector<std::string> expected = {"Alcaldía de Citalá", "INSAFORP",
                                             "Universidad de El Salvador"};
  EXPECT_EQ(ws->trainings().institutions(directora), expected);
  EXPECT_THROW(ws->trainings().add_institution(asesor1, "  "), ValidationFailed);
  EXPECT_THROW(ws->trainings().add_institution(consulta, "CONAMYPE"), PermissionDenied);
}

}  // namespace
}  // namespace cdmype::testing_support
