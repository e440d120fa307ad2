// The enterprise list's page cache and the audit change reader (plain logic, no display needed).
#include <gtest/gtest.h>

#include "ui/audit_changes.hpp"
#include "ui/enterprise_page_cache.hpp"

namespace cdmype::ui {
namespace {

struct FakeList {
  std::int64_t total = 1000;
  std::vector<std::pair<std::int64_t, int>> calls;
  EnterprisePageCache::Fetch fetch() {
    return [this](std::int64_t offset, int limit) {
      calls.emplace_back(offset, limit);
      std::vector<store::EnterpriseListRow> rows;
      for (std::int64_t i = offset; i < std::min(total, offset + limit); ++i) {
        store::EnterpriseListRow r;
        r.id = i + 1;
        rows.push_back(r);
      }
      return rows;
    };
  }
};

TEST(PageCacheTest, FetchesAPageAroundTheVisibleRowsOnce) {
  FakeList list;
  EnterprisePageCache cache(list.fetch(), 200);
  cache.hint(500, 519);
  ASSERT_EQ(list.calls.size(), 1u);
  EXPECT_EQ(list.calls[0], (std::pair<std::int64_t, int>{410, 200}));  // centred
  for (std::int64_t i = 500; i <= 519; ++i) EXPECT_EQ(cache.row(i)->id, i + 1);
  EXPECT_EQ(cache.row(420)->id, 421);
  EXPECT_EQ(list.calls.size(), 1u);
  EXPECT_EQ(cache.row(700)->id, 701);  // outside: a new page
  EXPECT_EQ(list.calls.size(), 2u);
}

TEST(PageCacheTest, EndOfListAndClear) {
  FakeList list;
  list.total = 30;
  EnterprisePageCache cache(list.fetch(), 200);
  EXPECT_EQ(cache.row(0)->id, 1);
  EXPECT_EQ(cache.row(29)->id, 30);
  EXPECT_EQ(cache.row(30), nullptr);  // past the end, no refetch
  EXPECT_EQ(list.calls.size(), 1u);
  cache.clear();
  EXPECT_EQ(cache.row(5)->id, 6);
  EXPECT_EQ(list.calls.size(), 2u);
}

TEST(PageCacheTest, ARangeLargerThanAPageIsFetchedWhole) {
  FakeList list;
  EnterprisePageCache cache(list.fetch(), 50);
  cache.hint(0, 119);
  ASSERT_EQ(list.calls.size(), 1u);
  EXPECT_EQ(list.calls[0], (std::pair<std::int64_t, int>{0, 120}));
}

// A list that can also give its ordered ids and rows by id, as EnterpriseListView wires it.
struct FakeListWithIds : FakeList {
  int id_calls = 0;
  std::vector<std::size_t> by_id_sizes;
  EnterprisePageCache cache(int page_size, std::int64_t deep_from) {
    return EnterprisePageCache(
        fetch(),
        [this] {
          ++id_calls;
          std::vector<std::int64_t> ids;
          for (std::int64_t i = 0; i < total; ++i) ids.push_back(i + 1);
          return ids;
        },
        [this](std::span<const std::int64_t> ids) {
          by_id_sizes.push_back(ids.size());
          std::vector<store::EnterpriseListRow> rows;
          for (const auto id : ids) {
            store::EnterpriseListRow r;
            r.id = id;
            rows.push_back(r);
          }
          return rows;
        },
        page_size, deep_from);
  }
};

TEST(PageCacheTest, DeepPagesAreReadByIdAfterOneLoadOfTheOrderedIds) {
  FakeListWithIds list;
  list.total = 5000;
  auto cache = list.cache(100, 1000);
  EXPECT_EQ(cache.row(10)->id, 11);  // near the top: by offset, no ids
  EXPECT_EQ(list.calls.size(), 1u);
  EXPECT_EQ(list.id_calls, 0);
  EXPECT_EQ(cache.row(2500)->id, 2501);  // deep: the ids once, then this page by id
  EXPECT_EQ(cache.row(4999)->id, 5000);
  EXPECT_EQ(cache.row(5000), nullptr);  // past the end
  EXPECT_EQ(cache.row(20)->id, 21);     // back up: by id too, same snapshot
  EXPECT_EQ(list.id_calls, 1);
  EXPECT_EQ(list.calls.size(), 1u);
  EXPECT_EQ(list.by_id_sizes, (std::vector<std::size_t>{100, 50, 100}));  // the end page is short
  EXPECT_EQ(cache.id_loads(), 1);
  cache.clear();  // a new order or filter: the ids are read again when needed
  EXPECT_EQ(cache.row(3000)->id, 3001);
  EXPECT_EQ(list.id_calls, 2);
}

TEST(AuditChangesTest, ListsChangedFieldsOnly) {
  const std::string before =
      R"({"id":7,"version":1,"nombre":"Café","ventas_anuales_centavos":100,"nit":null,"notas":"a\"b"})";
  const std::string after =
      R"({"id":7,"version":2,"nombre":"Café de Altura","ventas_anuales_centavos":100,"nit":"0614","notas":"a\"b"})";
  EXPECT_EQ(changed_fields(before, after), (std::vector<std::string>{"nit", "nombre"}));
  EXPECT_TRUE(changed_fields(std::nullopt, after).empty());
  EXPECT_FALSE(parse_flat_json("{\"a\":").has_value());
  EXPECT_EQ(parse_flat_json(R"( { "a" : true } )")->at("a"), "true");
}

}  // namespace
}  // namespace cdmype::ui
