// Facts derived from an enterprise file (asociativa, mujer, joven, tamaño) and its validation.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/enterprise.hpp"
#include "core/territory.hpp"

namespace cdmype {
namespace {

Date d(int y, int m, int day) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(day));
}

Enterprise led_by(Sexo sexo, int socias = 0, int socios = 0) {
  Enterprise e;
  e.titular.sexo = sexo;
  e.socias = socias;
  e.socios = socios;
  return e;
}

Enterprise born_on(const Date& birth) {
  Enterprise e;
  e.titular.nombre = "Lucía Peña";
  e.titular.fecha_nacimiento = birth;
  return e;
}

// A complete file of a women's craft group in Citalá, valid in every field.
Enterprise valid_enterprise() {
  Enterprise e;
  e.codigo = "CH-2026-0042";
  e.nombre = "Artesanías Peña";
  e.forma_juridica = FormaJuridica::GrupoAsociativo;
  e.titular.nombre = "María José Niño Peña";
  e.titular.dui = "04567890-3";  // check digit worked out in test_identity.cpp
  e.titular.sexo = Sexo::Mujer;
  e.titular.fecha_nacimiento = d(1990, 5, 1);
  e.socias = 6;
  e.socios = 2;
  e.sector = Sector::Artesanias;
  e.distrito_id = Territory::el_salvador().by_name("Citalá").at(0)->id;
  e.zona = Zona::Rural;
  e.empleados_mujeres = 3;
  e.ventas_anuales = Money::from_cents(1'250'000);
  e.nit = "0614-010190-101-3";
  e.nrc = "123456-7";
  e.fecha_ingreso = d(2026, 3, 10);
  return e;
}

bool has(const std::vector<std::string>& problems, std::string_view text) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

TEST(EnterpriseFacts, AsociativaIsCooperativaAsociacionOrGrupoAsociativo) {
  EXPECT_FALSE(is_asociativa(FormaJuridica::PersonaNatural));
  EXPECT_FALSE(is_asociativa(FormaJuridica::Sociedad));
  EXPECT_TRUE(is_asociativa(FormaJuridica::Cooperativa));
  EXPECT_TRUE(is_asociativa(FormaJuridica::Asociacion));
  EXPECT_TRUE(is_asociativa(FormaJuridica::GrupoAsociativo));
}

TEST(EnterpriseFacts, LedByAWomanWhenTheTitularIsAWoman) {
  EXPECT_TRUE(is_liderada_por_mujer(led_by(Sexo::Mujer)));
  EXPECT_TRUE(is_liderada_por_mujer(led_by(Sexo::Mujer, 0, 9)));  // titular alone decides
  EXPECT_FALSE(is_liderada_por_mujer(led_by(Sexo::Hombre)));      // no members counted
}

TEST(EnterpriseFacts, LedByAWomanWhenAtLeastHalfTheMembersAreWomen) {
  EXPECT_TRUE(is_liderada_por_mujer(led_by(Sexo::Hombre, 3, 3)));   // socias × 2 == total
  EXPECT_FALSE(is_liderada_por_mujer(led_by(Sexo::Hombre, 2, 3)));  // one short
  EXPECT_TRUE(is_liderada_por_mujer(led_by(Sexo::Hombre, 4, 3)));
  EXPECT_TRUE(is_liderada_por_mujer(led_by(Sexo::Hombre, 5, 0)));
  EXPECT_FALSE(is_liderada_por_mujer(led_by(Sexo::Hombre, 0, 5)));
}

TEST(EnterpriseFacts, JovenFromTheFifteenthBirthday) {
  const Enterprise e = born_on(d(2011, 10, 5));
  EXPECT_FALSE(is_joven(e, d(2026, 10, 4)));  // 14, the day before
  EXPECT_TRUE(is_joven(e, d(2026, 10, 5)));   // 15 on the birthday
}

TEST(EnterpriseFacts, JovenUntilTheDayBeforeTheThirtiethBirthday) {
  const Enterprise e = born_on(d(1996, 10, 5));
  EXPECT_TRUE(is_joven(e, d(2026, 10, 4)));   // still 29
  EXPECT_FALSE(is_joven(e, d(2026, 10, 5)));  // 30
}

TEST(EnterpriseFacts, NotJovenWithoutABirthDate) {
  Enterprise e;
  EXPECT_FALSE(is_joven(e, d(2026, 10, 5)));
}

// Size (tamaño) is tested in enterprise_size_test.cpp.

TEST(EnterpriseValidation, ACompleteFileHasNoProblems) {
  const auto problems = validate(valid_enterprise());
  EXPECT_TRUE(problems.empty()) << problems.front();
}

TEST(EnterpriseValidation, WrongDuiCheckDigitNamesTheFieldAndTheExpectedDigit) {
  Enterprise e = valid_enterprise();
  e.titular.dui = "04567890-1";
  const auto problems = validate(e);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "titular_dui: el dígito verificador no coincide (se esperaba 3)");
}

TEST(EnterpriseValidation, MissingRequiredFieldsAreEachNamed) {
  Enterprise e;  // nothing filled in
  const auto problems = validate(e);
  EXPECT_TRUE(has(problems, "codigo: "));
  EXPECT_TRUE(has(problems, "nombre: "));
  EXPECT_TRUE(has(problems, "titular_nombre: "));
  EXPECT_TRUE(has(problems, "distrito: "));
  EXPECT_TRUE(has(problems, "fecha_ingreso: "));
  EXPECT_FALSE(has(problems, "titular_dui: "));  // optional, so not a problem when empty
  EXPECT_FALSE(has(problems, "nit: "));
}

TEST(EnterpriseValidation, RejectsBadNumbersAndImpossibleValues) {
  Enterprise e = valid_enterprise();
  e.codigo = "CH2026-42";
  e.nit = "0614-0101";
  e.nrc = "12A";
  e.distrito_id = 263;  // one past the catalog
  e.empleados_hombres = -1;
  e.socias = -2;
  e.ventas_anuales = Money::from_cents(-100);
  e.titular.fecha_nacimiento = d(2026, 3, 11);  // after fecha de ingreso
  const auto problems = validate(e);
  EXPECT_EQ(problems.size(), 7u);
  for (const char* field : {"nit: ", "nrc: ", "distrito: ", "empleados_hombres: ", "socias: ",
                            "ventas_anuales: ", "titular_fecha_nacimiento: "})
    EXPECT_TRUE(has(problems, field)) << field;
  // A center's own code ("CH2026-42", "EMP-0001") is kept: only an empty one is a problem.
  EXPECT_FALSE(has(problems, "codigo: "));
}

}  // namespace
}  // namespace cdmype
