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
