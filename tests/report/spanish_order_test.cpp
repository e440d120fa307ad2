// The report's name tables (municipio, distrito, asesor, remisiones) in Spanish order, in the PDF
// and the XLSX model, and the JSON's name keys in the same order.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "report/report_json.hpp"
#include "report/report_model.hpp"
#include "report/report_pdf.hpp"
#include "report_test_support.hpp"

namespace cdmype::report {
namespace {

using testing::pdf_text;
using testing::TempDir;
using testing::typical_month;

// Byte order would put "Ñandú" and the lower-case and accented names after "Zacatecoluca".
const std::vector<std::string> kSpanishOrder = {"agua Caliente",    "Ahuachapán", "Ávila",
                                                "Nueva Concepción", "Ñandú",      "Olocuilta",
                                                "Zacatecoluca"};

MonthlyFigures figures_with_names() {
  MonthlyFigures f = typical_month();
  f.empresas_atendidas.por_distrito.clear();
  f.empresas_atendidas.por_municipio.clear();
  f.sesiones.por_asesor.clear();
  f.remisiones.por_distrito.clear();
  std::int64_t n = 1;
  for (const auto& name : kSpanishOrder) {
    f.empresas_atendidas.por_distrito[name] = n;
    f.empresas_atendidas.por_municipio[name] = n;
    f.sesiones.por_asesor[name] = {n, 30 * n};
    f.remisiones.por_distrito[name] = n;
    ++n;
  }
  return f;
}

const ModelTable* table(const std::vector<Section>& model, const std::string& section_prefix,
                        const std::string& caption) {
  for (const auto& s : model) {
    if (s.title.rfind(section_prefix, 0) != 0) continue;
    for (const auto& b : s.blocks)
      if (const auto* t = std::get_if<ModelTable>(&b); t && t->caption == caption) return t;
  }
  return nullptr;
}

std::vector<std::string> first_column(const ModelTable& t) {
  std::vector<std::string> out;
  for (const auto& row : t.rows) out.push_back(row.front().text);
  return out;
}

TEST(ReportSpanishOrder, NameTablesListNamesInSpanishOrder) {
  const auto model = build_report_model(figures_with_names());
  for (const auto& [section, caption] : std::vector<std::pair<std::string, std::string>>{
           {"1.", "Por municipio"}, {"1.", "Por distrito"}, {"2.", "Por asesor(a)"}}) {
    const ModelTable* t = table(model, section, caption);
    ASSERT_NE(t, nullptr) << caption;
    EXPECT_EQ(first_column(*t), kSpanishOrder) << caption;
  }
  bool remisiones = false;
  for (const auto& s : model)
    for (const auto& b : s.blocks)
      if (const auto* t = std::get_if<ModelTable>(&b);
          t && !t->columns.empty() && t->columns.front().title == "Distrito" &&
          t->columns.size() > 1 && t->columns[1].title == "Remisiones") {
        EXPECT_EQ(first_column(*t), kSpanishOrder) << s.title;
        remisiones = true;
      }
  EXPECT_TRUE(remisiones);
}

TEST(ReportSpanishOrder, ThePdfPrintsTheNamesInThatOrder) {
  TempDir dir;
  const auto path = dir.path() / "orden.pdf";
  write_monthly_pdf(figures_with_names(), path);
  const std::string all = pdf_text(path);
  // The distrito table alone (the next tables list the same names).
  const std::size_t from = all.find("Por distrito");
  ASSERT_NE(from, std::string::npos) << all;
  const std::string text = all.substr(from, all.find("2. Sesiones", from) - from);
  std::size_t at = 0;
  for (const auto& name : kSpanishOrder) {
    const std::size_t next = text.find(name, at);
    ASSERT_NE(next, std::string::npos) << name << " después de la posición " << at;
    at = next;
  }
}

TEST(ReportSpanishOrder, TheJsonListsNameKeysInThatOrder) {
  const std::string j = monthly_json(figures_with_names());
  // Each block up to the key after it (the blocks list the same names).
  for (const auto& [block, after] : std::vector<std::pair<std::string, std::string>>{
           {"\"por_municipio\"", "\"por_distrito\""},
           {"\"por_distrito\"", "\"sesiones\""},
           {"\"por_asesor\"", "\"asistencias_tecnicas\""}}) {
    const std::size_t from = j.find(block);
    ASSERT_NE(from, std::string::npos) << block;
    const std::string text = j.substr(from, j.find(after, from) - from);
    std::size_t at = 0;
    for (const auto& name : kSpanishOrder) {
      const std::size_t next = text.find("\"" + name + "\"", at);
      ASSERT_NE(next, std::string::npos) << block << " " << name;
      at = next;
    }
  }
}

}  // namespace
}  // namespace cdmype::report
