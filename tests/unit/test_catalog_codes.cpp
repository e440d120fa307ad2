// db/catalogs/codigos.csv (the published code lists) and core's code tables must agree exactly.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/catalogs.hpp"
#include "core/codes.hpp"

namespace cdmype {
namespace {

struct CatalogRow {
  std::string catalogo, codigo, nombre;
};

std::vector<CatalogRow> catalog_rows() {
  for (const auto& f : catalogs::embedded()) {
    if (f.name != "codigos.csv") continue;
    std::vector<CatalogRow> rows;
    std::istringstream in{std::string(f.contents)};
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      auto a = line.find(','), b = line.find(',', a + 1);
      rows.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    return rows;
  }
  ADD_FAILURE() << "codigos.csv is not embedded";
  return {};
}

template <class E>
void expect_catalog_matches(const std::string& catalogo) {
  std::vector<CatalogRow> expected;
  for (const auto& r : catalog_rows())
    if (r.catalogo == catalogo) expected.push_back(r);
  auto table = code_table<E>();
  ASSERT_EQ(expected.size(), table.size()) << catalogo;
  for (size_t i = 0; i < table.size(); ++i) {
    EXPECT_EQ(expected[i].codigo, table[i].code) << catalogo;
    EXPECT_EQ(expected[i].nombre, table[i].display) << catalogo;
  }
}

TEST(CatalogCodes, EveryVocabularyMatchesTheCatalogFile) {
  expect_catalog_matches<Sector>("sector");
  expect_catalog_matches<Area>("area");
  expect_catalog_matches<Modalidad>("modalidad");
  expect_catalog_matches<FormaJuridica>("forma_juridica");
  expect_catalog_matches<Fuente>("fuente");
  expect_catalog_matches<EstadoEmpresa>("estado_empresa");
  expect_catalog_matches<Sexo>("sexo");
  expect_catalog_matches<Zona>("zona");
  expect_catalog_matches<Role>("rol");
}

TEST(CatalogCodes, CatalogHasTheSpecsAreasWithAccents) {
  int areas = 0;
  bool tic = false;
  for (const auto& r : catalog_rows()) {
    if (r.catalogo != "area") continue;
    ++areas;
    tic = tic || (r.codigo == "asesoria_tic" && r.nombre == "Asesoría TIC");
  }
  EXPECT_EQ(areas, 7);
  EXPECT_TRUE(tic);
}

}  // namespace
}  // namespace cdmype
