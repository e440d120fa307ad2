// The Empresas list at every sort and position: pages read ids first (store/enterprise_query.cpp),
// so each sort is checked against the same order computed here from all rows.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "core/spanish_collation.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using store::EnterpriseListRow;
using store::EnterpriseSort;

std::vector<std::int64_t> ids_of(const std::vector<EnterpriseListRow>& rows) {
  std::vector<std::int64_t> out;
  for (const auto& r : rows) out.push_back(r.id);
  return out;
}

class EnterpriseListOrderTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    const char* names[] = {"Café Citalá",       "Panadería El Niño", "Miel San Ignacio",
                           "Artesanías Pérez",  "Ñandú Tours",       "café de altura",
                           "Textiles La Palma", "Zapatería Núñez",   "Alimentos Dulce Nombre"};
    const char* distritos[] = {"Citalá", "La Palma", "San Ignacio"};
    std::vector<Enterprise> rows;
    for (int i = 0; i < 9; ++i) {
      auto e = enterprise(names[i], i % 2 ? "Rosa Peña" : "Luis Gómez");
      e.distrito_id = distrito_id(distritos[i % 3]);
      e.sector = i % 3 ? Sector::Turismo : Sector::Agroindustria;
      e.estado = i % 4 ? EstadoEmpresa::Activa : EstadoEmpresa::EnPausa;
      // asesor2's name sorts before asesor1's; one file has no asesor.
      e.asesor_id = i == 4 ? 0 : (i % 2 ? asesor2.user_id : asesor1.user_id);
      rows.push_back(e);
    }
    ws->imports().import_enterprises(directora, rows);
  }

  // Every row, by fetching pages of three.
  std::vector<std::int64_t> paged_ids(EnterpriseSort by, bool descending,
                                      const store::EnterpriseFilter& filter = {}) {
    std::vector<std::int64_t> ids;
    for (std::int64_t offset = 0;; offset += 3) {
      const auto page = ws->enterprises().page(consulta, filter, {by, descending}, 3, offset);
      for (const auto& r : page) ids.push_back(r.id);
      if (page.size() < 3) return ids;
    }
  }

  // The same order computed from the rows: key, then id (descending reverses both).
  std::vector<std::int64_t> expected_ids(
      const std::function<std::string(const EnterpriseListRow&)>& key, bool descending) {
    auto rows = ws->enterprises().page(consulta, {}, {EnterpriseSort::Codigo, false}, 100, 0);
    std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
      const auto ka = std::make_pair(key(a), a.id), kb = std::make_pair(key(b), b.id);
      return descending ? kb < ka : ka < kb;
    });
    std::vector<std::int64_t> ids;
    for (const auto& r : rows) ids.push_back(r.id);
    return ids;
  }
};

TEST_F(EnterpriseListOrderTest, EverySortPagesInTheOrderOfItsColumnThenId) {
  const std::vector<std::pair<EnterpriseSort, std::function<std::string(const EnterpriseListRow&)>>>
      sorts = {
          {EnterpriseSort::Codigo, [](const auto& r) { return r.codigo; }},
          // Names in Spanish order (issue 13), by the same key the table stores.
          {EnterpriseSort::Nombre, [](const auto& r) { return spanish_sort_key(r.nombre); }},
          {EnterpriseSort::Titular,
           [](const auto& r) { return spanish_sort_key(r.titular_nombre); }},
          {EnterpriseSort::Distrito, [](const auto& r) { return spanish_sort_key(r.distrito); }},
          {EnterpriseSort::Sector, [](const auto& r) { return std::string(code_of(r.sector)); }},
          {EnterpriseSort::Estado, [](const auto& r) { return std::string(code_of(r.estado)); }},
          // No asesor: a NULL name, before every name ascending.
          {EnterpriseSort::Asesor,
           [](const auto& r) {
             return r.asesor_nombre.empty() ? std::string() : spanish_sort_key(r.asesor_nombre);
           }},
      };
  for (const auto& [by, key] : sorts)
    for (const bool descending : {false, true})
      EXPECT_EQ(paged_ids(by, descending), expected_ids(key, descending))
          << "orden " << static_cast<int>(by) << (descending ? " descendente" : "");
}

// The list's deep pages read the whole ordered id list once, then rows by id
// (ui/enterprise_page_cache): both must give exactly the paged order.
TEST_F(EnterpriseListOrderTest, OrderedIdsAreThePagesInOrderAndRowsKeepThatOrder) {
  store::EnterpriseFilter turismo;
  turismo.sector = Sector::Turismo;
  store::EnterpriseFilter pena;
  pena.texto = "peña";
  for (const auto& filter : {store::EnterpriseFilter{}, turismo, pena})
    for (const auto by : {EnterpriseSort::Codigo, EnterpriseSort::Nombre, EnterpriseSort::Titular,
                          EnterpriseSort::Distrito, EnterpriseSort::Municipio,
                          EnterpriseSort::Sector, EnterpriseSort::Estado, EnterpriseSort::Asesor,
                          EnterpriseSort::FechaIngreso, EnterpriseSort::Relevancia})
      for (const bool descending : {false, true}) {
        const auto ids = ws->enterprises().ordered_ids(consulta, filter, {by, descending});
        EXPECT_EQ(ids, paged_ids(by, descending, filter))
            << "orden " << static_cast<int>(by) << (descending ? " descendente" : "");
      }
  auto ids = ws->enterprises().ordered_ids(consulta, {}, {EnterpriseSort::Nombre, true});
  ASSERT_EQ(ids.size(), 9u);
  ids.insert(ids.begin() + 2, 999999);  // no longer in the table: left out
  const auto rows = ws->enterprises().rows(consulta, ids);
  ASSERT_EQ(rows.size(), 9u);
  ids.erase(ids.begin() + 2);
  for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(rows[i].id, ids[i]);
  EXPECT_FALSE(rows[0].nombre.empty());
  store::EnterpriseFilter nothing;
  nothing.texto = "¿?";
  EXPECT_TRUE(ws->enterprises().ordered_ids(consulta, nothing, {}).empty());
}

TEST_F(EnterpriseListOrderTest, AsesorSortKeepsFilters) {
  store::EnterpriseFilter f;
  f.sector = Sector::Turismo;
  f.municipio = "Chalatenango Norte";
  const auto ids = paged_ids(EnterpriseSort::Asesor, false, f);
  EXPECT_EQ(static_cast<std::int64_t>(ids.size()), ws->enterprises().count(consulta, f));
  for (const auto id : ids) EXPECT_EQ(ws->enterprises().get(consulta, id)->sector, Sector::Turismo);
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ws->enterprises().get(consulta, ids.front())->asesor_id, 0);  // the unassigned one
}

TEST_F(EnterpriseListOrderTest, TextSearchCountsAndPagesTheSameMatches) {
  store::EnterpriseFilter f;
  f.texto = "pena";  // the titular of four files
  EXPECT_EQ(ws->enterprises().count(consulta, f), 4);
  EXPECT_EQ(paged_ids(EnterpriseSort::Relevancia, false, f).size(), 4u);
  f.texto = "¿?";
  EXPECT_EQ(ws->enterprises().count(consulta, f), 0);
  EXPECT_TRUE(paged_ids(EnterpriseSort::Relevancia, false, f).empty());
}

TEST_F(EnterpriseListOrderTest, BroadSearchListsByIdAndNarrowSearchByRank) {
  std::vector<Enterprise> more;
  for (int i = 0; i < 2001; ++i)
    more.push_back(enterprise("Pupusería " + std::to_string(i), "Niño"));
  ws->imports().import_enterprises(directora, more);
  store::EnterpriseFilter f;
  f.texto = "pu";  // 2,001 matches: more than are worth ranking
  EXPECT_EQ(ws->enterprises().count(consulta, f), 2001);
  const auto page = ws->enterprises().page(consulta, f, {EnterpriseSort::Relevancia}, 50, 1000);
  ASSERT_EQ(page.size(), 50u);
  // Given the count (as the list view does), the same page without asking again.
  const auto given =
      ws->enterprises().page(consulta, f, {EnterpriseSort::Relevancia}, 50, 1000, 2001);
  EXPECT_EQ(ids_of(given), ids_of(page));
  EXPECT_TRUE(std::is_sorted(page.begin(), page.end(),
                             [](const auto& a, const auto& b) { return a.id < b.id; }));
  // Few matches: the one whose name and titular both match comes first.
  auto both = enterprise("Citalá Peña", "Rosa Peña");
  both = ws->enterprises().create(asesor1, both);
  f.texto = "peña";
  const auto ranked = ws->enterprises().page(consulta, f, {EnterpriseSort::Relevancia}, 10, 0);
  ASSERT_EQ(ranked.size(), 5u);
  EXPECT_EQ(ranked.front().id, both.meta.id);
  EXPECT_EQ(ids_of(ws->enterprises().page(consulta, f, {EnterpriseSort::Relevancia}, 10, 0, 5)),
            ids_of(ranked));
}

}  // namespace
}  // namespace cdmype::testing_support
