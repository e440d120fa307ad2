// Referrals, trainings and results in the monthly report from a real database: JSON against
// figures computed here independently, goals to date, and the PDF read back with pdftotext.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "report/json_flatten.hpp"
#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "report/report_pdf.hpp"
#include "report_db_fixture.hpp"

namespace cdmype::report::testing {
namespace {

class OutcomeReport : public ReportDbTest {
 protected:
  std::map<std::string, std::string> json_of(const std::string& month) {
    const auto f = compute_monthly_figures(*ws, directora, *parse_year_month(month), {});
    std::map<std::string, std::string> out;
    for (auto& [k, v] : flatten_json(monthly_json(f))) out[k] = v;
    return out;
  }
  Referral referral(const std::string& fecha, const std::string& distrito, Sexo sexo) {
    Referral r;
    r.fecha = *parse_iso_date(fecha);
    r.distrito_id = Territory::el_salvador().by_name(distrito).front()->id;
    r.nombre = sexo == Sexo::Mujer ? "Rosa Peña" : "José Niño";
    r.sexo = sexo;
    return ws->referrals().record(directora, r);
  }
  std::int64_t training(const std::string& fecha, int mujeres, int hombres) {
    Training t;
    t.titulo = "Costos y precios " + fecha;
    t.institucion = "Universidad Católica de El Salvador";
    t.fecha = *parse_iso_date(fecha);
    t.minutos = 240;
    t = ws->trainings().create(asesor, t);
    for (int i = 0; i < mujeres + hombres; ++i) {
      TrainingAttendee a;
      a.training_id = t.meta.id;
      a.nombre = "Participante " + std::to_string(i);
      a.sexo = i < mujeres ? Sexo::Mujer : Sexo::Hombre;
      ws->trainings().add_attendee(asesor, a);
    }
    return t.meta.id;
  }
  void result(std::int64_t enterprise_id, const std::string& fecha, TipoResultado tipo,
              std::int64_t valor, const std::string& detalle = "") {
    ResultRecord r;
    r.enterprise_id = enterprise_id;
    r.fecha = *parse_iso_date(fecha);
    r.tipo = tipo;
    r.valor = valor;
    r.detalle = detalle;
    ws->results().record(asesor, r);
  }
};

TEST_F(OutcomeReport, ReferralsByVentanillaDistritoAndState) {
  const auto a = referral("2028-04-01", "La Palma", Sexo::Mujer);
  const auto b = referral("2028-04-30", "La Palma", Sexo::Hombre);
  referral("2028-04-15", "Citalá", Sexo::Mujer);
  referral("2028-03-31", "Citalá", Sexo::Mujer);  // previous month
  referral("2028-05-01", "Citalá", Sexo::Mujer);  // next month
  const std::int64_t e = enterprise({"Mermeladas Peña", Sexo::Mujer, Zona::Rural, "2028-04-02"});
  ws->referrals().link(directora, a.meta.id, e);
  ws->referrals().reject(directora, b.meta.id, "Fuera del área de atención");

  auto j = json_of("2028-04");
  EXPECT_EQ(j["remisiones.recibidas"], "3");
  EXPECT_EQ(j["remisiones.por_distrito.La Palma"], "2");
  EXPECT_EQ(j["remisiones.por_distrito.Citalá"], "1");
  EXPECT_EQ(j["remisiones.por_estado.atendida"], "1");
  EXPECT_EQ(j["remisiones.por_estado.no_procede"], "1");
  EXPECT_EQ(j["remisiones.por_estado.recibida"], "1");
  EXPECT_EQ(j["remisiones.por_estado.asignada"], "0");
}

// Random trainings and results over two months; the expected figures are
// summed here from what was recorded, not by the program's queries.
TEST_F(OutcomeReport, TrainingsAndResultsMatchAnIndependentSum) {
  std::mt19937 rng(42);
  auto in = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const std::int64_t e = enterprise({"Artesanías Niño", Sexo::Hombre, Zona::Urbana, "2028-01-10"});
  std::int64_t eventos = 0, mujeres = 0, hombres = 0;
  std::int64_t empleos_m = 0, empleos_h = 0, ventas = 0, formal = 0, financ = 0;
  std::int64_t ytd_eventos = 0, ytd_ventas = 0;
  for (int i = 0; i < 12; ++i) {
    const bool april = i % 2 == 0;
    const std::string day =
        (april ? "2028-04-" : "2028-03-") + std::string(i < 18 ? "1" : "2") + std::to_string(i % 9);
    const int m = in(0, 9), h = in(0, 9);
    training(day, m, h);
    const std::int64_t sale = 100 * in(1, 5000);
    result(e, day, TipoResultado::Ventas, sale, "Mes " + std::to_string(i));
    const int jobs = in(1, 3);
    result(e, day, i % 3 ? TipoResultado::EmpleosMujeres : TipoResultado::EmpleosHombres, jobs);
    result(e, day, i % 4 ? TipoResultado::Marca : TipoResultado::NuevoMercado, 1, "Feria");
    const std::int64_t loan = 100 * in(100, 9000);
    result(e, day, TipoResultado::Financiamiento, loan, "BANDESAL " + std::to_string(i));
    ytd_eventos += 1;
    ytd_ventas += sale;
    if (!april) continue;
    eventos += 1;
    mujeres += m;
    hombres += h;
    ventas += sale;
    (i % 3 ? empleos_m : empleos_h) += jobs;
    formal += i % 4 ? 1 : 0;
    financ += loan;
  }
  ws->goals().set(directora, 2028, "capacitaciones", 20);
  ws->goals().set(directora, 2028, "ventas_centavos", 10'000'000);

  auto j = json_of("2028-04");
  EXPECT_EQ(j["capacitaciones.eventos"], std::to_string(eventos));
  EXPECT_EQ(j["capacitaciones.participantes_mujeres"], std::to_string(mujeres));
  EXPECT_EQ(j["capacitaciones.participantes_hombres"], std::to_string(hombres));
  EXPECT_EQ(j["resultados.empleos_mujeres"], std::to_string(empleos_m));
  EXPECT_EQ(j["resultados.empleos_hombres"], std::to_string(empleos_h));
  EXPECT_EQ(j["resultados.ventas_centavos"], std::to_string(ventas));
  EXPECT_EQ(j["resultados.formalizaciones"], std::to_string(formal));
  EXPECT_EQ(j["resultados.financiamiento_centavos"], std::to_string(financ));
  EXPECT_EQ(j["metas.capacitaciones.mes"], std::to_string(eventos));
  EXPECT_EQ(j["metas.capacitaciones.acumulado_anual"], std::to_string(ytd_eventos));
  EXPECT_EQ(j["metas.ventas_centavos.acumulado_anual"], std::to_string(ytd_ventas));
}

TEST_F(OutcomeReport, PdfShowsTheSectionsWithAccents) {
  referral("2028-04-03", "Citalá", Sexo::Mujer);
  training("2028-04-05", 7, 4);
  const std::int64_t e = enterprise({"Dulces Peña", Sexo::Mujer, Zona::Rural, "2028-02-01"});
  result(e, "2028-04-06", TipoResultado::EmpleosMujeres, 3);
  result(e, "2028-04-06", TipoResultado::Financiamiento, 250000, "Caja de Crédito");
  const auto f = compute_monthly_figures(*ws, directora, *parse_year_month("2028-04"), {});
  const auto pdf = dir.path() / "informe.pdf";
  write_monthly_pdf(f, pdf);
  const std::string text = pdf_text(pdf);
  EXPECT_NE(text.find("Remisiones de ventanillas"), std::string::npos);
  EXPECT_NE(text.find("Citalá"), std::string::npos);
  EXPECT_NE(text.find("Capacitaciones"), std::string::npos);
  EXPECT_NE(text.find("Total de participantes"), std::string::npos);
  EXPECT_NE(text.find("$2,500.00"), std::string::npos);
  EXPECT_NE(text.find("Resultados e impacto"), std::string::npos);
}

}  // namespace
}  // namespace cdmype::report::testing
