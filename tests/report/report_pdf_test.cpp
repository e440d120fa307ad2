// The report's PDF read back with poppler: accents, figures, page numbers, signatures, size, paper.
#include "report/report_pdf.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "core/errors.hpp"
#include "report_test_support.hpp"

namespace cdmype::report {
namespace {

using testing::pdf_text;
using testing::split_pages;
using testing::TempDir;
using testing::typical_month;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Where the rendered PNGs go when CDMYPE_REPORT_PNG_DIR is set, for a look by eye.
void maybe_render_pngs(const std::filesystem::path& pdf, const std::string& stem) {
  if (const char* dir = std::getenv("CDMYPE_REPORT_PNG_DIR"))
    testing::run("pdftoppm -png -r 60 '" + pdf.string() + "' '" + dir + "/" + stem + "'");
}

class ReportPdf : public ::testing::Test {
 protected:
  std::string render(const MonthlyFigures& f, const std::string& stem) {
    const auto path = dir_.path() / (stem + ".pdf");
    write_monthly_pdf(f, path);
    maybe_render_pngs(path, stem);
    return pdf_text(path);
  }
  TempDir dir_;
};

TEST_F(ReportPdf, HeaderCarriesCenterOperatorAndPeriodWithAccents) {
  const std::string text = render(typical_month(), "typical");
  EXPECT_TRUE(contains(text, "CDMYPE Chalatenango")) << text;
  EXPECT_TRUE(contains(text, "Asociación de Municipios Cayaguanca"));
  EXPECT_TRUE(contains(text, "Informe mensual — octubre 2026"));
  EXPECT_TRUE(contains(text, "Período del 01/10/2026 al 31/10/2026"));
  EXPECT_TRUE(contains(text, "Generado el 03/11/2026 10:15"));
}

TEST_F(ReportPdf, NamesKeepTheirAccents) {
  const std::string text = render(typical_month(), "accents");
  for (const char* name : {"Citalá", "María Peña", "José Niño", "Ana Ramírez", "Nueva Concepción",
                           "Asesoría TIC", "Sesiones de asesoría", "Asistencias técnicas"})
    EXPECT_TRUE(contains(text, name)) << name;
  EXPECT_FALSE(contains(text, "?")) << "an unmappable character slipped through";
}

TEST_F(ReportPdf, FiguresAppearFormatted) {
  const std::string text = render(typical_month(), "figures");
  // Money as $1,234.56, right-aligned numbers at the end of their row.
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Subsidio del CDMYPE\s+\$954\.80)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Costo total de los servicios\s+\$1,008\.00)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Aporte de las empresas\s+\$53\.20)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Ventas reportadas\s+\$12,345\.67)")));
  EXPECT_TRUE(std::regex_search(
      text, std::regex(R"(\$25,000\.00\s+\$1,234\.56\s+\$500\.00\s+\$23,765\.44)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Tiempo total \(horas\)\s+95\.50)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(María Peña\s+40\s+40\.00)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Citalá\s+9\s+18\.8 %)")));
  // Totals rows.
  EXPECT_TRUE(
      std::regex_search(text, std::regex(R"(Total de empresas atendidas\s+48\s+100\.0 %)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Total\s+96\s+95\.50)")));
  EXPECT_TRUE(
      std::regex_search(text, std::regex(R"(Empresas atendidas\s+48\s+402\s+480\s+83\.8 %)")));
}

TEST_F(ReportPdf, EveryPageIsNumberedAndTheLastIsSigned) {
  const std::string text = render(typical_month(), "pages");
  const auto pages = split_pages(text);
  ASSERT_GE(pages.size(), 2u);
  const std::string total = std::to_string(pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i)
    EXPECT_TRUE(contains(pages[i], "Página " + std::to_string(i + 1) + " de " + total))
        << "page " << i + 1;
  EXPECT_TRUE(contains(pages.back(), "Director(a) del CDMYPE"));
  EXPECT_TRUE(contains(pages.back(), "Vo. Bo. Supervisor(a) CONAMYPE"));
}

TEST_F(ReportPdf, BudgetNotSetIsSaid) {
  auto f = typical_month();
  f.asistencias_tecnicas.presupuesto.reset();
  f.metas.clear();
  const std::string text = render(f, "no-budget");
  EXPECT_TRUE(contains(text, "Presupuesto de asistencias técnicas del año 2026: no definido."));
  EXPECT_TRUE(contains(text, "No hay metas definidas para el año 2026."));
}

TEST_F(ReportPdf, WeightingReasonsEndWithTheWeightedCountNotTheirSum) {
  auto f = typical_month();
  // Four weighted assistances, one of them both woman-led and rural.
  f.asistencias_tecnicas.ponderadas = 4;
  f.asistencias_tecnicas.por_motivo = {{"liderada_por_mujer", 3}, {"rural", 2}};
  const std::string text = render(f, "motivos");
  const auto at = text.find("Asistencias ponderadas (una puede tener varios motivos)");
  ASSERT_NE(at, std::string::npos) << text;
  // The rest of that line of the laid-out text: the count column.
  const std::string line = text.substr(at, text.find('\n', at) - at);
  EXPECT_NE(line.find(" 4"), std::string::npos) << line;
  EXPECT_EQ(line.find('5'), std::string::npos) << line;
}

TEST_F(ReportPdf, LongTableRepeatsItsHeaderOnEveryPage) {
  auto f = typical_month();
  f.empresas_atendidas.por_distrito.clear();
  for (int i = 1; i <= 262; ++i) {
    char name[40];
    std::snprintf(name, sizeof name, "Distrito Ñandú %03d", i);
    f.empresas_atendidas.por_distrito[name] = i % 7 + 1;
  }
  const auto pages = split_pages(render(f, "many-distritos"));
  int pages_with_rows = 0;
  for (const auto& page : pages) {
    if (!contains(page, "Distrito Ñandú")) continue;
    ++pages_with_rows;
    EXPECT_TRUE(std::regex_search(page, std::regex(R"(Distrito\s+Empresas\s+% del total)")))
        << page;
    if (pages_with_rows > 1) {
      EXPECT_TRUE(contains(page, "Por distrito (continuación)")) << page;
    }
  }
  EXPECT_GE(pages_with_rows, 3);
  const std::string all = [&] {
    std::string s;
    for (const auto& p : pages) s += p;
    return s;
  }();
  for (const char* row : {"Distrito Ñandú 001", "Distrito Ñandú 131", "Distrito Ñandú 262"})
    EXPECT_TRUE(contains(all, row)) << row;
}

TEST_F(ReportPdf, LongCellTextWrapsInsteadOfBeingCut) {
  auto f = typical_month();
  const std::string long_name =
      "Asociación Cooperativa de Producción Agropecuaria y Artesanal Las Flores de Citalá de "
      "Responsabilidad Limitada";
  f.sesiones.por_asesor = {{long_name, {3, 90}}};
  const std::string text = render(f, "wrap");
  // Every word survives, each exactly once, on some line of the wrapped cell.
  for (const char* word :
       {"Asociación", "Agropecuaria", "Artesanal", "Responsabilidad", "Limitada"})
    EXPECT_TRUE(contains(text, word)) << word;
}

TEST_F(ReportPdf, TypicalMonthIsSmall) {
  const auto bytes = monthly_pdf(typical_month());
  EXPECT_LT(bytes.size(), 200u * 1024u);
  EXPECT_GT(bytes.size(), 1000u);
  EXPECT_EQ(std::string(bytes.begin(), bytes.begin() + 5), "%PDF-");
}

TEST_F(ReportPdf, SameFiguresGiveTheSameBytesInMemoryAndOnDisk) {
  const auto first = monthly_pdf(typical_month());
  EXPECT_EQ(first, monthly_pdf(typical_month()));  // no clock read: stable hash
  const auto path = dir_.path() / "same.pdf";
  write_monthly_pdf(typical_month(), path);
  std::ifstream in(path, std::ios::binary);
  const std::vector<unsigned char> on_disk((std::istreambuf_iterator<char>(in)),
                                           std::istreambuf_iterator<char>());
  EXPECT_EQ(first, on_disk);
}

TEST_F(ReportPdf, PaperSizeFollowsTheSetting) {
  auto f = typical_month();
  const auto a4 = dir_.path() / "a4.pdf";
  write_monthly_pdf(f, a4);
  f.header.papel = PaperSize::Letter;
  const auto letter = dir_.path() / "letter.pdf";
  write_monthly_pdf(f, letter);
  EXPECT_TRUE(contains(testing::run("pdfinfo '" + a4.string() + "'"), "595.28 x 841.89 pts (A4)"));
  EXPECT_TRUE(
      contains(testing::run("pdfinfo '" + letter.string() + "'"), "612 x 792 pts (letter)"));
  maybe_render_pngs(letter, "letter");
}

TEST_F(ReportPdf, UnwritablePathIsAUserErrorNotACrash) {
  EXPECT_THROW(write_monthly_pdf(typical_month(), dir_.path() / "no-such-dir" / "x.pdf"),
               UserError);
}

TEST_F(ReportPdf, EmptyMonthStillRenders) {
  MonthlyFigures f;
  f.header.centro = "CDMYPE Morazán";
  f.periodo = {2028, 2};
  const std::string text = render(f, "empty");
  EXPECT_TRUE(contains(text, "Informe mensual — febrero 2028"));
  EXPECT_TRUE(contains(text, "Período del 01/02/2028 al 29/02/2028"));  // leap year
  EXPECT_TRUE(contains(text, "Página 1 de"));
}

}  // namespace
}  // namespace cdmype::report
