// Month boundaries and year-to-date goals over a small center built through the services; expected
// figures counted by hand.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "report/monthly_report.hpp"
#include "report/report_range.hpp"
#include "report_db_fixture.hpp"

namespace cdmype::report {
namespace {

using testing::ReportDbTest;

const GeneratedAt kAt{Date(2028, 4, 10), 9, 0};

// Four enterprises, nine sessions around the leap February of 2028:
//   E1 mujer, rural, ingreso 2028-01-15        sessions 01-31 (60), 02-01 (90), 02-15 (30)
//   E2 hombre, urbana, joven, ingreso 02-10    sessions 2027-12-31 (60), 02-29 (45)
//   E3 cooperativa 3 socias / 2 socios (mujer), ingreso 2027-11-20
//                                              sessions 02-15 (30), 03-01 (120)
//   E4 mujer, urbana, ingreso 02-29            session 03-10 (60)
class LeapYearCenter : public ReportDbTest {
 protected:
  void SetUp() override {
    ReportDbTest::SetUp();
    e1 = enterprise({"Café de Altura Citalá", Sexo::Mujer, Zona::Rural, "2028-01-15"});
    e2 = enterprise({"Panadería Peña", Sexo::Hombre, Zona::Urbana, "2028-02-10", "2005-06-01"});
    e3 = enterprise({"Cooperativa La Palma", Sexo::Hombre, Zona::Rural, "2027-11-20", "1975-03-03",
                     FormaJuridica::Cooperativa, 3, 2, "La Palma"});
    e4 = enterprise({"Textiles Niño", Sexo::Mujer, Zona::Urbana, "2028-02-29"});
    session(e2, "2027-12-31", 60);
    session(e1, "2028-01-31", 60);
    session(e1, "2028-02-01", 90, Area::AsesoriaFinanciera);
    session(e1, "2028-02-15", 30);
    session(e3, "2028-02-15", 30, Area::Vinculacion);
    session(e2, "2028-02-29", 45);
    session(e3, "2028-03-01", 120);
    session(e4, "2028-03-10", 60);
  }
  MonthlyFigures month(int y, int m) {
    return compute_monthly_figures(*ws, directora, {y, m}, kAt);
  }
  const Meta* meta(const MonthlyFigures& f, const std::string& code) {
    for (const auto& m : f.metas)
      if (m.indicador == code) return &m;
    return nullptr;
  }
  std::int64_t e1 = 0, e2 = 0, e3 = 0, e4 = 0;
};

TEST(ReportRange, MonthEndsOnItsLastDayInLeapAndCommonYears) {
  EXPECT_EQ(to_iso(month_range({2028, 2}).to), "2028-02-29");
  EXPECT_EQ(to_iso(month_range({2027, 2}).to), "2027-02-28");
  EXPECT_EQ(to_iso(month_range({2026, 12}).to), "2026-12-31");
  EXPECT_EQ(to_iso(year_to_date_range({2028, 3}).from), "2028-01-01");
  EXPECT_EQ(to_iso(year_to_date_range({2028, 3}).to), "2028-03-31");
}

TEST_F(LeapYearCenter, FirstAndLastDayCountTheDaysAroundDoNot) {
  // February: 02-01, 02-15 ×2, 02-29 count; 01-31 and 03-01 do not.
  const auto feb = month(2028, 2);
  EXPECT_EQ(feb.sesiones.total, 4);
  EXPECT_EQ(feb.sesiones.minutos, 90 + 30 + 30 + 45);
  EXPECT_EQ(feb.empresas_atendidas.total, 3);  // E1, E2, E3
  EXPECT_EQ(feb.empresas_atendidas.mujer, 2);  // E1, E3 (socias are the majority)
  EXPECT_EQ(feb.empresas_atendidas.hombre, 1);
  EXPECT_EQ(feb.empresas_atendidas.joven, 1);  // E2, 22 years old
  EXPECT_EQ(feb.empresas_atendidas.asociativa, 1);
  EXPECT_EQ(feb.empresas_nuevas, 2);  // E2 (02-10) and E4 on the 29th
  EXPECT_EQ(feb.sesiones.por_area.at("asesoria_financiera"), 1);
  EXPECT_EQ(feb.sesiones.por_area.at("vinculacion"), 1);

  const auto jan = month(2028, 1);
  EXPECT_EQ(jan.sesiones.total, 1);  // only 01-31
  EXPECT_EQ(jan.empresas_nuevas, 1);
  const auto mar = month(2028, 3);
  EXPECT_EQ(mar.sesiones.total, 2);  // 03-01 and 03-10
  EXPECT_EQ(mar.sesiones.minutos, 180);
  const auto dec = month(2027, 12);
  EXPECT_EQ(dec.sesiones.total, 1);  // 12-31, the last day of the year
  EXPECT_EQ(month(2027, 2).sesiones.total, 0);
}

TEST_F(LeapYearCenter, NoGoalsNoRows) { EXPECT_TRUE(month(2028, 3).metas.empty()); }

TEST_F(LeapYearCenter, YearToDateCountsAnEnterpriseOnceAndStartsOnJanuaryFirst) {
  auto goals = ws->goals();
  goals.set(directora, 2028, "empresas_atendidas", 10);
  goals.set(directora, 2028, "empresas_mujer", 6);
  goals.set(directora, 2028, "empresas_nuevas", 8);
  goals.set(directora, 2028, "sesiones", 20);
  goals.set(directora, 2028, "horas", 50);
  goals.set(directora, 2028, "remisiones", 5);
  goals.set(directora, 2027, "sesiones", 999);  // another year: not this report's

  const auto mar = month(2028, 3);
  ASSERT_EQ(mar.metas.size(), 6u);
  // In the order of core indicators(), not the order they were set.
  EXPECT_EQ(mar.metas[0].indicador, "empresas_atendidas");
  EXPECT_EQ(mar.metas[1].indicador, "empresas_mujer");
  EXPECT_EQ(mar.metas[5].indicador, "remisiones");

  const Meta* a = meta(mar, "empresas_atendidas");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->mes, 2);              // E3, E4
  EXPECT_EQ(a->acumulado_anual, 4);  // E1..E4 once each; months summed would give 1 + 3 + 2 = 6
  EXPECT_EQ(a->meta_anual, 10);
  ASSERT_TRUE(a->porcentaje);
  EXPECT_DOUBLE_EQ(*a->porcentaje, 40.0);

  const Meta* w = meta(mar, "empresas_mujer");
  EXPECT_EQ(w->mes, 2);              // E3, E4
  EXPECT_EQ(w->acumulado_anual, 3);  // E1, E3, E4

  const Meta* n = meta(mar, "empresas_nuevas");
  EXPECT_EQ(n->mes, 0);
  EXPECT_EQ(n->acumulado_anual, 3);  // E1, E2, E4 (E3 came in 2027)
  EXPECT_DOUBLE_EQ(*n->porcentaje, 37.5);

  const Meta* s = meta(mar, "sesiones");
  EXPECT_EQ(s->mes, 2);
  EXPECT_EQ(s->acumulado_anual, 7);  // 2027-12-31 left out
  EXPECT_EQ(s->meta_anual, 20);

  const Meta* h = meta(mar, "horas");
  EXPECT_EQ(h->mes, 3);              // 180 min
  EXPECT_EQ(h->acumulado_anual, 7);  // 435 min = 7.25 h

  const Meta* r = meta(mar, "remisiones");
  EXPECT_EQ(r->acumulado_anual, 0);
  EXPECT_DOUBLE_EQ(*r->porcentaje, 0.0);

  // January's year to date is January itself.
  const auto jan = month(2028, 1);
  EXPECT_EQ(meta(jan, "empresas_atendidas")->acumulado_anual, 1);
  EXPECT_EQ(meta(jan, "sesiones")->acumulado_anual, 1);
}

// AT approved in February and March; the subsidy follows the built-in
// policy: 95 % for a woman-led or rural enterprise, 90 % otherwise.
TEST_F(LeapYearCenter, AssistanceGoalsCountApprovalsOfTheYear) {
  const auto codigo = [&](std::int64_t id) { return ws->enterprises().get(asesor, id)->codigo; };
  const auto approved_on = [&](std::int64_t id, const std::string& day, std::int64_t cents) {
    clock.now = *store::parse_iso_utc(day + "T15:00:00Z");
    const auto at = ws->assistances().request_new(
        asesor, {codigo(id), "Diseño de etiqueta", "diseño", "", Money::from_cents(cents)});
    return ws->assistances().approve(directora, at.codigo);
  };
  approved_on(e1, "2028-02-29", 100'000);  // mujer, rural: 95 % = $950.00
  approved_on(e2, "2028-03-01", 200'000);  // hombre, urbana: 90 % = $1,800.00
  approved_on(e2, "2028-04-03", 50'000);   // April: after the report's month
  clock.now = *store::parse_iso_utc("2028-04-10T15:00:00Z");
  auto goals = ws->goals();
  goals.set(directora, 2028, "asistencias_tecnicas", 10);
  goals.set(directora, 2028, "subsidio_centavos", 1'000'000);

  const auto mar = month(2028, 3);
  const Meta* n = meta(mar, "asistencias_tecnicas");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->mes, 1);
  EXPECT_EQ(n->acumulado_anual, 2);
  EXPECT_DOUBLE_EQ(*n->porcentaje, 20.0);
  const Meta* s = meta(mar, "subsidio_centavos");
  EXPECT_EQ(s->mes, 180'000);
  EXPECT_EQ(s->acumulado_anual, 95'000 + 180'000);
  EXPECT_DOUBLE_EQ(*s->porcentaje, 27.5);
  // The goal's month figures are the AT section's.
  EXPECT_EQ(n->mes, mar.asistencias_tecnicas.aprobadas);
  EXPECT_EQ(s->mes, mar.asistencias_tecnicas.subsidio_centavos);
}

TEST_F(LeapYearCenter, GoalsValidateIndicatorValueAndRole) {
  auto goals = ws->goals();
  try {
    goals.set(directora, 2028, "empresas_atendidaz", 10);
    FAIL() << "an unknown indicator was accepted";
  } catch (const ValidationFailed& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("«empresas_atendidaz» no es un indicador"), std::string::npos) << msg;
    EXPECT_NE(msg.find("empresas_atendidas, "), std::string::npos) << msg;
  }
  EXPECT_THROW(goals.set(directora, 2028, "sesiones", -1), ValidationFailed);
  EXPECT_THROW(goals.set(directora, 1999, "sesiones", 1), ValidationFailed);
  EXPECT_THROW(goals.set(asesor, 2028, "sesiones", 10), PermissionDenied);
  EXPECT_THROW(goals.set(consulta, 2028, "sesiones", 10), PermissionDenied);
  EXPECT_NO_THROW(goals.show(consulta, 2028));

  const auto first = goals.set(directora, 2028, "sesiones", 10);
  EXPECT_EQ(first.version, 1);
  const auto second = goals.set(directora, 2028, "sesiones", 12);
  EXPECT_EQ(second.id, first.id);
  EXPECT_EQ(second.version, 2);
  EXPECT_EQ(goals.set(directora, 2028, "sesiones", 12).version, 2);  // unchanged: no new version
  const auto shown = goals.show(consulta, 2028);
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_EQ(shown[0].value, 12);
  EXPECT_EQ(shown[0].updated_by, "directora");
  // Two audit rows: the insert and the one real change.
  const auto audit =
      store::AuditRepository(ws->database().connection()).for_record("annual_goal", first.id);
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[1].operation, "update");
}

}  // namespace
}  // namespace cdmype::report
