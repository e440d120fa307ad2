// Full-text search over nombre, código, titular and DUI: accents, prefixes, hostile input.
#include <gtest/gtest.h>

#include <algorithm>

#include "store/fts_query.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class SearchTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    auto a = enterprise("Café Citalá", "Rosa Peña", Sexo::Mujer, make_dui(4567321));
    cafe = ws->enterprises().create(asesor1, a);
    auto b = enterprise("Panadería El Niño", "Luis Gómez", Sexo::Hombre);
    b.distrito_id = distrito_id("La Palma");
    pan = ws->enterprises().create(asesor1, b);
    ws->enterprises().create(asesor2, enterprise("Miel San Ignacio", "Carmen Orellana"));
  }

  std::vector<std::string> codes_for(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& r : ws->enterprises().search(consulta, text)) out.push_back(r.codigo);
    std::sort(out.begin(), out.end());
    return out;
  }

  Enterprise cafe, pan;
};

TEST_F(SearchTest, AccentsAndCaseDoNotMatter) {
  EXPECT_EQ(codes_for("pena"), std::vector<std::string>{cafe.codigo});
  EXPECT_EQ(codes_for("PEÑA"), std::vector<std::string>{cafe.codigo});
  EXPECT_EQ(codes_for("nino"), std::vector<std::string>{pan.codigo});
  EXPECT_EQ(codes_for("citala"), std::vector<std::string>{cafe.codigo});
  EXPECT_EQ(codes_for("panaderia"), std::vector<std::string>{pan.codigo});
}

TEST_F(SearchTest, PrefixesAndSeveralWords) {
  EXPECT_EQ(codes_for("cit"), std::vector<std::string>{cafe.codigo});
  EXPECT_EQ(codes_for("rosa pe"), std::vector<std::string>{cafe.codigo});
  EXPECT_TRUE(codes_for("rosa gomez").empty());  // words are AND-ed
}

TEST_F(SearchTest, FindsByCodePrefixAndDui) {
  EXPECT_EQ(codes_for("CH-2026-00").size(), 3u);
  EXPECT_EQ(codes_for(pan.codigo), std::vector<std::string>{pan.codigo});
  const std::string dui = make_dui(4567321);
  EXPECT_EQ(codes_for(dui), std::vector<std::string>{cafe.codigo});
  EXPECT_EQ(codes_for(dui.substr(0, 8) + dui.substr(9)), std::vector<std::string>{cafe.codigo});
  EXPECT_EQ(codes_for(dui.substr(0, 5)), std::vector<std::string>{cafe.codigo});
}

TEST_F(SearchTest, HostileOrEmptyInputIsHarmless) {
  for (const char* text : {"", "   ", "\"", "*", "¿?", "— «»", "NEAR(", "pena OR 1=1", "a\"b*c)",
                           "';DROP TABLE enterprise;--"})
    EXPECT_NO_THROW(codes_for(text)) << text;
  EXPECT_TRUE(codes_for("¿?").empty());
  EXPECT_EQ(codes_for("¿peña?"), std::vector<std::string>{cafe.codigo});
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise"), 3);
}

TEST_F(SearchTest, SearchCombinesWithFilters) {
  store::EnterpriseFilter f;
  f.texto = "CH";
  f.distrito_id = distrito_id("La Palma");
  EXPECT_EQ(ws->enterprises().count(consulta, f), 1);
  const auto rows = ws->enterprises().page(consulta, f, {store::EnterpriseSort::Relevancia}, 10, 0);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].nombre, "Panadería El Niño");
}

TEST_F(SearchTest, SearchFollowsUpdates) {
  auto e = *ws->enterprises().get(asesor1, pan.meta.id);
  e.nombre = "Pupusería La Esquina";
  ws->enterprises().update(asesor1, e);
  EXPECT_TRUE(codes_for("panaderia").empty());
  EXPECT_EQ(codes_for("pupuseria"), std::vector<std::string>{pan.codigo});
}

TEST(FtsQuery, QuotesEveryTokenAsAPrefix) {
  EXPECT_EQ(store::to_fts_query("ana peña"), "\"ana\"* AND \"peña\"*");
  EXPECT_EQ(store::to_fts_query("CH-2026-00"), "\"CH\"* AND \"2026\"* AND \"00\"*");
  EXPECT_EQ(store::to_fts_query("a OR b"), "\"a\"* AND \"OR\"* AND \"b\"*");
  EXPECT_EQ(store::to_fts_query(" ¿ — "), "");
  EXPECT_EQ(store::to_fts_query("x\"y"), "\"x\"* AND \"y\"*");
}

}  // namespace
}  // namespace cdmype::testing_support
