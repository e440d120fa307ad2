// The audit snapshots' flat JSON split into members and joined back byte for byte.
#include "store/flat_json.hpp"

#include <gtest/gtest.h>

#include "store/json_object.hpp"

namespace cdmype::store {
namespace {

TEST(FlatJson, SplitsAndJoinsWhatJsonObjectWritesUnchanged) {
  JsonObject j;
  j.integer("id", 7).text("nombre", "Café \"Citalá\"\n").boolean("marca", true).null("nit");
  j.text("notas", "Niño\\Ñandú");
  const auto members = split_flat_json(j.str());
  ASSERT_TRUE(members);
  ASSERT_EQ(members->size(), 5u);
  EXPECT_EQ((*members)[1].key, "nombre");
  EXPECT_EQ(json_value_text((*members)[1].raw_value), "Café \"Citalá\"\n");
  EXPECT_EQ(json_value_text((*members)[4].raw_value), "Niño\\Ñandú");
  EXPECT_EQ(json_value_text((*members)[0].raw_value), "7");
  EXPECT_EQ(join_flat_json(*members), j.str());
}

TEST(FlatJson, ReadsUnicodeEscapesAndRefusesWhatIsNotAFlatObject) {
  EXPECT_EQ(json_value_text("\"Pe\\u00f1a \\ud83d\\ude00\""), "Peña 😀");
  EXPECT_FALSE(split_flat_json("[1,2]"));
  EXPECT_FALSE(split_flat_json("{\"a\":1"));
  EXPECT_FALSE(split_flat_json("{\"a\":1} extra"));
  EXPECT_FALSE(split_flat_json("{\"a\":\"sin cerrar}"));
  EXPECT_EQ(split_flat_json("{}")->size(), 0u);
}

}  // namespace
}  // namespace cdmype::store
