// The report counts attended enterprises by size and micro category, by the law and minimum wage
// in force on the month's last day: JSON keys, PDF tables (pdftotext) and the old-law months.
#include <gtest/gtest.h>

#include <regex>

#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "report/report_pdf.hpp"
#include "report_db_fixture.hpp"

namespace cdmype::report {
namespace {

using testing::ReportDbTest;

// The JSON object named `key` (its text up to the closing brace; flat objects only).
std::string json_object(const std::string& json, const std::string& key) {
  const auto start = json.find("\"" + key + "\": {");
  if (start == std::string::npos) return {};
  return json.substr(start, json.find('}', start) - start + 1);
}

class SizeReport : public ReportDbTest {
 protected:
  // One enterprise per size and category at $408.80 (the wage of 2026), each
  // at a limit or one cent above it, and a session for each in October 2026.
  void SetUp() override {
    ReportDbTest::SetUp();
    const auto add = [&](const std::string& nombre, std::int64_t cents, int mujeres, int hombres) {
      NewEnterprise n{nombre, Sexo::Mujer, Zona::Rural, "2026-01-15"};
      n.ventas_centavos = cents;
      n.empleadas = mujeres;
      n.empleados = hombres;
      const auto id = enterprise(n);
      session(id, "2026-10-05", 60);
      return id;
    };
    add("Tortillería Niño", 1'000'000, 1, 0);              // subsistencia
    add("Café Citalá", 2'330'160, 1, 1);                    // 57 wages, 2 workers: subsistencia
    add("Panadería Peña", 2'330'161, 2, 1);                 // a cent above: acumulación
    add("Textiles Ñandú", 12'264'000, 2, 2);                // 300 wages, 4 workers: acumulación
    add("Miel Álvarez", 12'264'001, 3, 3);                  // expansión
    const auto top = add("Hostal La Palma", 20'440'000, 5, 5);  // 500 wages, 10: expansión
    add("Lácteos Peña", 20'440'001, 6, 5);                  // pequeña
    add("Cooperativa Ñandú", 204'400'000, 25, 25);          // 5,000 wages, 50: pequeña
    add("Beneficio El Pital", 204'400'001, 26, 25);         // above the limits
    add("Artesanías Niño", 0, 0, 0);                        // nothing recorded: sin datos
    // Acumulación by sales, pequeña by its 15 workers: sales prevail.
    const auto mixed = add("Dulces Citalá", 5'000'000, 8, 7);
    session(mixed, "2026-10-20", 30);  // a second session counts the enterprise once
    // Not attended in October: not counted.
    enterprise({"Sin visita", Sexo::Hombre, Zona::Urbana, "2026-01-15", "1980-01-01",
                FormaJuridica::PersonaNatural, 0, 0, "Citalá", 1'000'000, 1, 0});
    // In February 2026 (the 2014 law, same wage) the 500-wage file is pequeña.
    session(top, "2026-02-10", 30);
  }
};

TEST_F(SizeReport, October2026CountsEverySizeAndMicroCategory) {
  const auto f = compute_monthly_figures(*ws, consulta, {2026, 10}, {Date(2026, 11, 2), 9, 0});
  const auto& e = f.empresas_atendidas;
  EXPECT_EQ(e.total, 11);
  EXPECT_EQ(e.por_tamano, (CountMap{{"micro", 7}, {"pequena", 2}, {"fuera_de_rango", 1},
                                    {"sin_datos", 1}}));
  ASSERT_TRUE(e.por_tamano_micro);
  EXPECT_EQ(*e.por_tamano_micro,
            (CountMap{{"subsistencia", 2}, {"acumulacion", 3}, {"expansion", 2}}));

  const std::string json = monthly_json(f);
  const std::string sizes = json_object(json, "por_tamano");
  EXPECT_NE(sizes.find("\"micro\": 7,"), std::string::npos) << json;
  EXPECT_NE(sizes.find("\"pequena\": 2,"), std::string::npos) << sizes;
  EXPECT_NE(sizes.find("\"fuera_de_rango\": 1,"), std::string::npos) << sizes;
  EXPECT_NE(sizes.find("\"sin_datos\": 1"), std::string::npos) << sizes;
  const std::string micro = json_object(json, "por_tamano_micro");
  EXPECT_NE(micro.find("\"subsistencia\": 2,"), std::string::npos) << json;
  EXPECT_NE(micro.find("\"acumulacion\": 3,"), std::string::npos) << micro;
  EXPECT_NE(micro.find("\"expansion\": 2"), std::string::npos) << micro;
  // Both sit inside empresas_atendidas, after the place breakdowns.
  EXPECT_LT(json.find("\"por_distrito\""), json.find("\"por_tamano\""));
  EXPECT_LT(json.find("\"por_tamano_micro\""), json.find("\"empresas_nuevas\""));

  const auto pdf = dir.path() / "octubre.pdf";
  write_monthly_pdf(f, pdf);
  const std::string text = testing::pdf_text(pdf);
  EXPECT_NE(text.find("Por tamaño (Ley MYPE)"), std::string::npos) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(\n\s*Micro\s+7\s+63\.6 %)"))) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Pequeña\s+2\s+18\.2 %)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Fuera de rango\s+1\s+9\.1 %)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Sin datos\s+1\s+9\.1 %)")));
  EXPECT_NE(text.find("Microempresas por categoría"), std::string::npos);
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Subsistencia\s+2\s+28\.6 %)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Acumulación\s+3\s+42\.9 %)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Expansión\s+2\s+28\.6 %)")));
}

TEST_F(SizeReport, MonthsUnderThe2014LawHaveNoMicroCategories) {
  const auto f = compute_monthly_figures(*ws, consulta, {2026, 2}, {Date(2026, 3, 2), 9, 0});
  const auto& e = f.empresas_atendidas;
  EXPECT_EQ(e.total, 1);
  // $204,400 is 500 wages: above the 482 of 2014, so pequeña (micro since the reform).
  EXPECT_EQ(e.por_tamano,
            (CountMap{{"micro", 0}, {"pequena", 1}, {"fuera_de_rango", 0}, {"sin_datos", 0}}));
  EXPECT_FALSE(e.por_tamano_micro);
  const std::string json = monthly_json(f);
  EXPECT_NE(json.find("\"por_tamano\""), std::string::npos);
  EXPECT_EQ(json.find("\"por_tamano_micro\""), std::string::npos) << json;
  const auto pdf = dir.path() / "febrero.pdf";
  write_monthly_pdf(f, pdf);
  const std::string text = testing::pdf_text(pdf);
  EXPECT_NE(text.find("Por tamaño (Ley MYPE)"), std::string::npos);
  EXPECT_EQ(text.find("Microempresas por categoría"), std::string::npos);
}

TEST_F(SizeReport, AnEmptyMonthStillListsEverySize) {
  const auto f = compute_monthly_figures(*ws, consulta, {2026, 9}, {Date(2026, 10, 2), 9, 0});
  EXPECT_EQ(f.empresas_atendidas.por_tamano.size(), 4u);
  ASSERT_TRUE(f.empresas_atendidas.por_tamano_micro);  // the reform is in force on 30/09
  EXPECT_EQ(f.empresas_atendidas.por_tamano_micro->size(), 3u);
  const std::string json = monthly_json(f);
  EXPECT_NE(json_object(json, "por_tamano").find("\"sin_datos\": 0"), std::string::npos) << json;
}

}  // namespace
}  // namespace cdmype::report
