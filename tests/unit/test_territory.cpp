// The 2024 territory catalog: counts, lookups by accented name, and ambiguous distritos.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>

#include "core/territory.hpp"

namespace cdmype {
namespace {

const Territory& sv() { return Territory::el_salvador(); }

TEST(Territory, Has262Distritos44Municipios14Departamentos) {
  EXPECT_EQ(sv().distritos().size(), 262u);
  EXPECT_EQ(sv().municipios().size(), 44u);
  EXPECT_EQ(sv().departamentos().size(), 14u);
}

TEST(Territory, IdsAreTheOneBasedLinePositions) {
  ASSERT_NE(sv().by_id(1), nullptr);
  EXPECT_EQ(sv().by_id(1)->nombre, "Atiquizaya");
  EXPECT_EQ(sv().by_id(1)->departamento, "Ahuachapán");
  EXPECT_EQ(sv().by_id(0), nullptr);
  EXPECT_EQ(sv().by_id(263), nullptr);
  for (std::size_t i = 0; i < sv().distritos().size(); ++i)
    EXPECT_EQ(sv().distritos()[i].id, static_cast<int>(i + 1));
}

TEST(Territory, EachMunicipioBelongsToOneDepartamento) {
  std::map<std::string, std::set<std::string>> departamentos_of;
  for (const auto& d : sv().distritos()) departamentos_of[d.municipio].insert(d.departamento);
  for (const auto& [municipio, deps] : departamentos_of) EXPECT_EQ(deps.size(), 1u) << municipio;
}

TEST(Territory, CitalaBelongsToChalatenangoNorte) {
  const Distrito* d = sv().resolve("Citalá", "");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->nombre, "Citalá");
  EXPECT_EQ(d->municipio, "Chalatenango Norte");
  EXPECT_EQ(d->departamento, "Chalatenango");
}

TEST(Territory, NamesMatchIgnoringAccentsCaseAndSpaces) {
  const Distrito* d = sv().resolve("Citalá", "");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(sv().resolve("citala", ""), d);
  EXPECT_EQ(sv().resolve("  CITALÁ ", ""), d);
  EXPECT_EQ(sv().by_name("CITALA").size(), 1u);
}

TEST(Territory, SanFernandoAloneIsAmbiguous) {
  EXPECT_EQ(sv().by_name("San Fernando").size(), 2u);
  bool ambiguous = false;
  EXPECT_EQ(sv().resolve("San Fernando", "", &ambiguous), nullptr);
  EXPECT_TRUE(ambiguous);
}

TEST(Territory, QualifierPicksTheSanFernandoMeant) {
  const Distrito* morazan = sv().resolve("San Fernando, Morazán", "");
  ASSERT_NE(morazan, nullptr);
  EXPECT_EQ(morazan->municipio, "Morazán Norte");
  const Distrito* chalate = sv().resolve("San Fernando (Chalatenango)", "");
  ASSERT_NE(chalate, nullptr);
  EXPECT_EQ(chalate->municipio, "Chalatenango Centro");
  EXPECT_EQ(sv().resolve("san fernando, MORAZAN", ""), morazan);
  EXPECT_EQ(sv().resolve("San Fernando (Morazán Norte)", ""), morazan);  // the new municipio
}

TEST(Territory, PreferredDepartamentoSettlesABareAmbiguousName) {
  bool ambiguous = true;
  const Distrito* d = sv().resolve("San Fernando", "Morazán", &ambiguous);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->departamento, "Morazán");
  EXPECT_FALSE(ambiguous);
  // An unambiguous name ignores the preference.
  EXPECT_EQ(sv().resolve("Citalá", "Morazán")->departamento, "Chalatenango");
}

TEST(Territory, UnknownNameOrContradictingQualifierResolvesToNothing) {
  bool ambiguous = true;
  EXPECT_EQ(sv().resolve("Springfield", "", &ambiguous), nullptr);
  EXPECT_FALSE(ambiguous);
  EXPECT_EQ(sv().resolve("San Fernando, La Libertad", "", &ambiguous), nullptr);
  EXPECT_FALSE(ambiguous);
  EXPECT_EQ(sv().resolve("", "", &ambiguous), nullptr);
}

TEST(Territory, ParsesACsvWithBomCrlfAndColumnsInAnyOrder) {
  const Territory t = Territory::parse(
      "\xEF\xBB\xBF"
      "distrito,departamento,municipio\r\n"
      "Citalá,Chalatenango,Chalatenango Norte\r\n"
      "La Palma,Chalatenango,Chalatenango Norte\r\n"
      "\r\n");
  ASSERT_EQ(t.distritos().size(), 2u);
  EXPECT_EQ(t.distritos()[1].nombre, "La Palma");
  EXPECT_EQ(t.distritos()[1].id, 2);
  EXPECT_EQ(t.distritos()[0].municipio, "Chalatenango Norte");
  EXPECT_EQ(t.departamentos(), std::vector<std::string>{"Chalatenango"});
}

TEST(Territory, RefusesACsvWithoutTheExpectedHeaderOrWithEmptyCells) {
  EXPECT_THROW(Territory::parse("a,b,c\nx,y,z\n"), std::invalid_argument);
  EXPECT_THROW(Territory::parse("departamento,municipio,distrito\nChalatenango,,Citalá\n"),
               std::invalid_argument);
}

}  // namespace
}  // namespace cdmype
