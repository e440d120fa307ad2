// CSV reader: encodings, separators, RFC 4180 quoting, line numbers and hostile input.
#include "exchange/csv_reader.hpp"

#include <gtest/gtest.h>

#include <random>

#include "core/errors.hpp"
#include "exchange_test_support.hpp"
#include "sanitizer_slack.hpp"
#include "support/cpu_time.hpp"

namespace cdmype::exchange {
namespace {

using testing::fixture;

std::vector<std::string> refusal_of(std::string_view bytes) {
  try {
    read_csv(bytes);
  } catch (const ValidationFailed& e) {
    return e.problems();
  }
  ADD_FAILURE() << "se esperaba ValidationFailed";
  return {};
}

TEST(CsvReader, StripsBomAndDetectsSemicolon) {
  const CsvTable t = read_csv(fixture("empresas_punto_y_coma_bom.csv"));
  EXPECT_EQ(t.separator, ';');
  ASSERT_EQ(t.header.size(), 22u);
  EXPECT_EQ(t.header.front(), "codigo");  // no BOM bytes glued to the first name
  EXPECT_EQ(t.header.back(), "nrc");
  EXPECT_EQ(t.records.size(), 4u);  // trailing blank and ";;;;" rows dropped
}

TEST(CsvReader, DetectsCommaAndCountsOnlyOutsideQuotes) {
  EXPECT_EQ(read_csv("a,b,c\n1,2,3\n").separator, ',');
  EXPECT_EQ(read_csv("a;b;c\n1;2;3\n").separator, ';');
  // Two ';' inside a quoted header name do not outvote the real ','.
  const CsvTable t = read_csv("\"x;y;z\",b\n1,2\n");
  EXPECT_EQ(t.separator, ',');
  EXPECT_EQ(t.header[0], "x;y;z");
}

TEST(CsvReader, HonoursExcelSepHintLine) {
  const CsvTable t = read_csv("sep=;\r\nnombre;distrito\r\nPeña, Niño;Citalá\r\n");
  EXPECT_EQ(t.separator, ';');
  EXPECT_EQ(t.header, (std::vector<std::string>{"nombre", "distrito"}));
  EXPECT_EQ(t.header_line, 2);
  ASSERT_EQ(t.records.size(), 1u);
  EXPECT_EQ(t.records[0].line, 3);
  EXPECT_EQ(t.records[0].fields[0], "Peña, Niño");
}

TEST(CsvReader, QuotedSeparatorsDoubledQuotesAndNewlines) {
  const CsvTable t = read_csv(fixture("empresas_punto_y_coma_bom.csv"));
  EXPECT_EQ(t.records[1].fields[1], "Artesanías \"El Niño\"; Citalá");
  EXPECT_EQ(t.records[1].fields[3], "José Niño");
  // CRLF inside quotes becomes a plain '\n' in the value.
  EXPECT_EQ(t.records[2].fields[1], "Textiles\nLa Palma");
}

TEST(CsvReader, RecordsKnowTheirPhysicalStartLine) {
  const CsvTable t = read_csv(fixture("empresas_punto_y_coma_bom.csv"));
  EXPECT_EQ(t.header_line, 1);
  EXPECT_EQ(t.records[0].line, 2);
  EXPECT_EQ(t.records[1].line, 3);
  EXPECT_EQ(t.records[2].line, 4);  // spans lines 4 and 5
  EXPECT_EQ(t.records[3].line, 6);
}

TEST(CsvReader, AcceptsLfCrlfAndLoneCrLineEnds) {
  for (const std::string eol : {"\n", "\r\n", "\r"}) {
    const CsvTable t =
        read_csv("a,b" + eol + "1,2" + eol + eol + "3,\"4" + eol + "5\"" + eol + "6,7");
    ASSERT_EQ(t.records.size(), 3u) << "fin de línea de " << eol.size() << " bytes";
    EXPECT_EQ(t.records[1].line, 4);
    EXPECT_EQ(t.records[1].fields[1], "4\n5");
    EXPECT_EQ(t.records[2].line, 6);
    EXPECT_EQ(t.records[2].fields[1], "7");
  }
}

TEST(CsvReader, RowWithOtherFieldCountIsAnErrorOfItsLine) {
  const auto problems = refusal_of("a,b,c\n\"uno\ndos\",2,3\n4,5\n6,7,8\n9\n");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].rfind("línea 4: la fila tiene 2 campos y el encabezado 3", 0), 0u)
      << problems[0];
  EXPECT_EQ(problems[1].rfind("línea 6: la fila tiene 1 campos", 0), 0u) << problems[1];
}

TEST(CsvReader, UnclosedQuoteNamesTheLineWhereItOpens) {
  const auto problems = refusal_of("a,b\n1,2\n3,\"cuatro\n5,6\n7,8\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("línea 3: unas comillas abiertas no se cierran", 0), 0u)
      << problems[0];
}

TEST(CsvReader, Windows1252FileIsReadAsSpanishExcelWroteIt) {
  const CsvTable t = read_csv(fixture("empresas_latin1.csv"));
  EXPECT_EQ(t.encoding, SourceEncoding::Windows1252);
  EXPECT_EQ(t.separator, ';');
  ASSERT_FALSE(t.records.empty());
  EXPECT_EQ(t.records[0].fields[0], "Panadería Peña");
}

TEST(CsvReader, Windows1252TypographicBytesBecomeTheirCharacters) {
  // € ‚ ƒ „ … ‘ ’ “ ” – — ™ from the 0x80–0x9F block, plus ñ Ñ á.
  const CsvTable t =
      read_csv("nombre;nota\r\n\xD1\x61nd\xFA;\x80\x82\x83\x84\x85\x91\x92\x93\x94\x96\x97\x99 ni\xF1o\r\n");
  EXPECT_EQ(t.encoding, SourceEncoding::Windows1252);
  ASSERT_EQ(t.records.size(), 1u);
  EXPECT_EQ(t.records[0].fields[0], "Ñandú");
  EXPECT_EQ(t.records[0].fields[1], "€‚ƒ„…‘’“”–—™ niño");
}

TEST(CsvReader, AByteUndefinedInWindows1252IsRefusedWithItsLine) {
  const auto problems = refusal_of("nombre;distrito\nPe\xF1" "a;Cital\xE1\nBad\x81;x\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("línea 3: el byte 0x81 no es texto ni en UTF-8 ni en Windows-1252", 0),
            0u)
      << problems[0];
  EXPECT_NE(problems[0].find("CSV UTF-8"), std::string::npos);
}

TEST(CsvReader, Utf8StaysTheDefaultReading) {
  const CsvTable t = read_csv("nombre\nCitalá\n");
  EXPECT_EQ(t.encoding, SourceEncoding::Utf8);
  EXPECT_EQ(t.records[0].fields[0], "Citalá");
  // A UTF-8 mark followed by other bytes is damage, not CP1252.
  const auto problems = refusal_of("\xEF\xBB\xBFnombre\nPe\xF1" "a\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("línea 2: el archivo empieza como UTF-8", 0), 0u) << problems[0];
}

// Excel's «Texto Unicode»: UTF-16 little-endian with a BOM, tab-separated, CRLF.
std::string utf16(std::u16string_view text, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t u : text) {
    const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

TEST(CsvReader, Utf16LeTabSeparatedFileIsRead) {
  const CsvTable t = read_csv(utf16(u"nombre\tdistrito\tventas\r\nÑandú\tCitalá\t$1,234.56\r\n"
                                    u"Niño\t\t\"a\tb\"\r\n",
                                    true));
  EXPECT_EQ(t.encoding, SourceEncoding::Utf16Le);
  EXPECT_EQ(t.separator, '\t');
  ASSERT_EQ(t.records.size(), 2u);
  EXPECT_EQ(t.records[0].fields, (std::vector<std::string>{"Ñandú", "Citalá", "$1,234.56"}));
  // An empty field before a quoted one is kept: the tab is the separator, not padding.
  EXPECT_EQ(t.records[1].fields, (std::vector<std::string>{"Niño", "", "a\tb"}));
}

TEST(CsvReader, Utf16BeFileIsReadWithSurrogatePairs) {
  const CsvTable t = read_csv(utf16(u"nombre;nota\nPeña;🌽\n", false));
  EXPECT_EQ(t.encoding, SourceEncoding::Utf16Be);
  EXPECT_EQ(t.separator, ';');
  EXPECT_EQ(t.records[0].fields, (std::vector<std::string>{"Peña", "🌽"}));
}

TEST(CsvReader, BrokenUtf16IsRefused) {
  std::string odd = utf16(u"nombre\nPeña\n", true);
  odd.pop_back();  // half a character at the end
  EXPECT_TRUE(testing::has_problem(refusal_of(odd), "UTF-16"));
  const auto lone = utf16(u"nombre\nx\xD800y\n", true);  // an unpaired surrogate on line 2
  const auto problems = refusal_of(lone);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("línea 2: el archivo dice estar en UTF-16", 0), 0u) << problems[0];
}

TEST(CsvReader, EncodingNoteIsOnlyForFilesThatWereNotUtf8) {
  EXPECT_EQ(encoding_note(SourceEncoding::Utf8), "");
  EXPECT_EQ(encoding_note(SourceEncoding::Windows1252),
            "El archivo no estaba en UTF-8; se leyó como Windows-1252 (Excel en español).");
  EXPECT_NE(encoding_note(SourceEncoding::Utf16Le).find("UTF-16"), std::string::npos);
}

TEST(CsvReader, Utf8ValidatorIsStrict) {
  EXPECT_EQ(first_invalid_utf8("Citalá, Peña, Niño, 🌽"), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8("ab\xC0\xAF"), 2u);     // overlong '/'
  EXPECT_EQ(first_invalid_utf8("a\xED\xA0\x80"), 1u);  // UTF-16 surrogate
  EXPECT_EQ(first_invalid_utf8("Pe\xF1"
                               "a"),
            2u);                                   // Latin-1 ñ
  EXPECT_EQ(first_invalid_utf8("x\xE2\x82"), 1u);  // cut short
}

TEST(CsvReader, EmptyFileAndBlankFileRefused) {
  EXPECT_TRUE(testing::has_problem(refusal_of(""), "el archivo está vacío"));
  EXPECT_TRUE(testing::has_problem(refusal_of("\xEF\xBB\xBF\r\n  \n"), "el archivo está vacío"));
}

// "Quickly" guards against runaway work on a hostile file (a quadratic path takes minutes), so
// it is counted in this thread's CPU time, which a loaded machine does not stretch; both take
// well under a second.
constexpr double kHostileCpuSeconds = 5.0 * cdmype::testing_support::kTimeLimitSlack;

TEST(CsvReader, HostileTenMegabyteFieldRefusedQuickly) {
  const double start = cdmype::testing_support::thread_cpu_seconds();
  std::string big = "nombre,tema\nx,\"" + std::string(10 * 1024 * 1024, 'a') + "\"\n";
  const auto problems = refusal_of(big);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("línea 2: un campo tiene más de"), std::string::npos) << problems[0];
  big = "nombre\n" + std::string(10 * 1024 * 1024, 'b') + "\n";  // unquoted too
  EXPECT_TRUE(testing::has_problem(refusal_of(big), "un campo tiene más de"));
  EXPECT_LT(cdmype::testing_support::thread_cpu_seconds() - start, kHostileCpuSeconds);
}

TEST(CsvReader, HostileMillionColumnsRefusedQuickly) {
  const double start = cdmype::testing_support::thread_cpu_seconds();
  std::string header;
  header.reserve(2'000'000);
  for (int i = 0; i < 1'000'000; ++i) header += "c,";
  header += "c\n1\n";
  const auto problems = refusal_of(header);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("línea 1: la fila tiene más de 1000 columnas"), std::string::npos);
  EXPECT_LT(cdmype::testing_support::thread_cpu_seconds() - start, kHostileCpuSeconds);
}

TEST(CsvReader, BinaryGarbageRefusedWithoutCrash) {
  std::mt19937 rng(20261005);
  for (int round = 0; round < 50; ++round) {
    std::string junk(4096, '\0');
    for (auto& c : junk) c = static_cast<char>(rng() & 0xFF);
    EXPECT_THROW(read_csv(junk), ValidationFailed);
  }
  // Valid UTF-8 but binary (NUL bytes): refused as not being text.
  EXPECT_TRUE(
      testing::has_problem(refusal_of(std::string("a,b\n1,\0\n", 8)), "caracteres de control"));
}

TEST(CsvReader, ManyBadRowsAreCappedNotEndless) {
  std::string text = "a,b\n";
  for (int i = 0; i < 100'000; ++i) text += "1,2,3\n";
  const auto problems = refusal_of(text);
  EXPECT_LE(problems.size(), 202u);
  EXPECT_EQ(problems.front().rfind("línea 2:", 0), 0u);
}

}  // namespace
}  // namespace cdmype::exchange
