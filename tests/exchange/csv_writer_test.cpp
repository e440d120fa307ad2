// CSV writer: minimal quoting, separators, BOM option and the formula-injection guard.
#include "exchange/csv_writer.hpp"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "exchange/csv_reader.hpp"

namespace cdmype::exchange {
namespace {

TEST(CsvWriter, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_cell("Citalá"), "Citalá");
  EXPECT_EQ(csv_cell("Dulce Nombre de María"), "Dulce Nombre de María");
  EXPECT_EQ(csv_cell("Peña, Niño"), "\"Peña, Niño\"");
  EXPECT_EQ(csv_cell("Peña; Niño"), "Peña; Niño");
  EXPECT_EQ(csv_cell("Peña; Niño", ';'), "\"Peña; Niño\"");
  EXPECT_EQ(csv_cell("El \"Niño\""), "\"El \"\"Niño\"\"\"");
  EXPECT_EQ(csv_cell("uno\ndos"), "\"uno\ndos\"");
  EXPECT_EQ(csv_cell(" espacio"), "\" espacio\"");
  EXPECT_EQ(csv_cell(""), "");
}

TEST(CsvWriter, NeutralizesFormulasButNotPlainNumbers) {
  EXPECT_EQ(neutralize_formula("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(neutralize_formula("+A1"), "'+A1");
  EXPECT_EQ(neutralize_formula("-Peña"), "'-Peña");
  EXPECT_EQ(neutralize_formula("@SUMA(A1)"), "'@SUMA(A1)");
  EXPECT_EQ(neutralize_formula("-"), "'-");
  EXPECT_EQ(neutralize_formula("-5.00"), "-5.00");  // money stays a number
  EXPECT_EQ(neutralize_formula("-5,00"), "-5,00");
  EXPECT_EQ(neutralize_formula("+50322223333"), "+50322223333");
  EXPECT_EQ(neutralize_formula("1234.56"), "1234.56");
  EXPECT_EQ(neutralize_formula("Peña = socia"), "Peña = socia");  // only the first character counts
  EXPECT_FALSE(is_plain_number("-5."));
  EXPECT_FALSE(is_plain_number("1+1"));
  // Quoting applies after the guard.
  EXPECT_EQ(csv_cell("=1,2"), "\"'=1,2\"");
}

TEST(CsvWriter, WritesRowsWithSeparatorAndOptionalBom) {
  std::ostringstream plain;
  CsvWriter w(plain);
  w.write_row(std::vector<std::string>{"nombre", "distrito"});
  w.write_row(std::vector<std::string>{"Panadería Peña", "Citalá"});
  EXPECT_EQ(plain.str(), "nombre,distrito\nPanadería Peña,Citalá\n");

  std::ostringstream excel;
  CsvWriter x(excel, {.separator = ';', .bom = true, .extra_columns = {}, .extra_cells = {}});
  x.write_row(std::vector<std::string>{"a;b", "c"});
  EXPECT_EQ(excel.str(), "\xEF\xBB\xBF\"a;b\";c\n");
}

TEST(CsvWriter, ReaderReadsBackWhatWriterWrote) {
  std::mt19937 rng(42);
  const std::string alphabet[] = {"a", "ñ", "á", ",", ";", "\"", "\n", " ", "\r\n", "x", "5"};
  for (char sep : {',', ';'}) {
    std::vector<std::vector<std::string>> rows{{"c1", "c2", "c3"}};
    for (int r = 0; r < 200; ++r) {
      std::vector<std::string> row;
      for (int c = 0; c < 3; ++c) {
        std::string cell = "v";  // a leading letter keeps the formula guard out of it
        for (unsigned n = rng() % 12; n > 0; --n) cell += alphabet[rng() % std::size(alphabet)];
        cell += "z";
        row.push_back(cell);
      }
      rows.push_back(row);
    }
    std::ostringstream out;
    CsvWriter w(out,
                {.separator = sep, .bom = false, .extra_columns = {}, .extra_cells = {}});
    for (const auto& row : rows) w.write_row(row);
    const CsvTable t = read_csv(out.str());
    ASSERT_EQ(t.records.size(), rows.size() - 1);
    for (std::size_t r = 0; r < t.records.size(); ++r) {
      auto expected = rows[r + 1];
      // Line breaks inside values come back as '\n' (the only '\r' here is in "\r\n").
      for (auto& cell : expected) std::erase(cell, '\r');
      EXPECT_EQ(t.records[r].fields, expected);
    }
  }
}

}  // namespace
}  // namespace cdmype::exchange
