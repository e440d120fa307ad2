// Issuing a month's report: stored JSON/PDF/SHA-256, once unless replaced, audited, and what
// changed since.
#include "report/report_issue.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <algorithm>

#include "core/errors.hpp"
#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "report_db_fixture.hpp"
#include "store/audit_repository.hpp"

namespace cdmype::report {
namespace {

using testing::ReportDbTest;

// Hex SHA-256 computed here, independently of the store's helper.
std::string sha256_of(const std::vector<unsigned char>& bytes) {
  unsigned char d[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(d, bytes.data(), bytes.size());
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : d) {
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return out;
}

class IssueTest : public ReportDbTest {
 protected:
  void SetUp() override {
    ReportDbTest::SetUp();
    a = enterprise({"Café de Altura Citalá", Sexo::Mujer, Zona::Rural, "2028-01-15"});
    b = enterprise({"Panadería Peña", Sexo::Hombre, Zona::Urbana, "2028-02-10"});
    session(a, "2028-03-02", 60);
    session(b, "2028-03-31", 45);
  }
  std::int64_t a = 0, b = 0;
};

TEST_F(IssueTest, StoresJsonPdfAndTheirHashAndAuditsIt) {
  const auto issued = issue_monthly_report(*ws, directora, {2028, 3}, false);
  EXPECT_EQ(issued.periodo, "2028-03");
  EXPECT_EQ(issued.version, 1);
  ASSERT_GT(issued.pdf.size(), 1000u);
  EXPECT_EQ(std::string(issued.pdf.begin(), issued.pdf.begin() + 5), "%PDF-");
  EXPECT_EQ(issued.sha256, sha256_of(issued.pdf));
  EXPECT_NE(issued.json.find("\"periodo\": \"2028-03\""), std::string::npos);
  EXPECT_NE(issued.json.find("\"total\": 2"), std::string::npos);

  const auto stored = ws->issued_reports().get(consulta, {2028, 3});
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->pdf, issued.pdf);
  EXPECT_EQ(stored->json, issued.json);
  EXPECT_EQ(stored->sha256, issued.sha256);
  EXPECT_EQ(stored->issued_by_username, "directora");
  EXPECT_TRUE(services::IssuedReportService::intact(*stored));

  const auto audit =
      store::AuditRepository(ws->database().connection()).for_record("issued_report", stored->id);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].operation, "insert");
  EXPECT_EQ(audit[0].username, "directora");
  ASSERT_TRUE(audit[0].after_json);
  EXPECT_NE(audit[0].after_json->find(issued.sha256), std::string::npos);

  const auto list = ws->issued_reports().list(consulta);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].pdf_bytes, static_cast<std::int64_t>(issued.pdf.size()));
  EXPECT_TRUE(list[0].pdf.empty());
}

TEST_F(IssueTest, OnlyTheDirectorIssuesAndOnlyFinishedMonths) {
  EXPECT_THROW(issue_monthly_report(*ws, asesor, {2028, 3}, false), PermissionDenied);
  EXPECT_THROW(issue_monthly_report(*ws, consulta, {2028, 3}, false), PermissionDenied);
  try {
    issue_monthly_report(*ws, directora, {2028, 4}, false);  // the clock says 2028-04-10
    FAIL() << "a month in progress was issued";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("a partir del 01/05/2028"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(ws->issued_reports().get(directora, {2028, 4}));
}

TEST_F(IssueTest, IssuingTwiceNeedsReplaceAndTheAuditKeepsTheReplacedFigures) {
  const auto first = issue_monthly_report(*ws, directora, {2028, 3}, false);
  EXPECT_THROW(issue_monthly_report(*ws, directora, {2028, 3}, false),
               services::ReportAlreadyIssued);

  session(a, "2028-03-15", 30);
  const auto second = issue_monthly_report(*ws, directora, {2028, 3}, true);
  EXPECT_EQ(second.version, 2);
  EXPECT_EQ(second.id, first.id);
  EXPECT_NE(second.sha256, first.sha256);
  EXPECT_EQ(ws->issued_reports().get(directora, {2028, 3})->sha256, second.sha256);

  const auto audit =
      store::AuditRepository(ws->database().connection()).for_record("issued_report", first.id);
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[1].operation, "update");
  ASSERT_TRUE(audit[1].before_json);
  EXPECT_NE(audit[1].before_json->find(first.sha256), std::string::npos);
  EXPECT_NE(audit[1].before_json->find("empresas_atendidas"), std::string::npos);
}

TEST_F(IssueTest, RegeneratingShowsWhatChangedSinceIssued) {
  issue_monthly_report(*ws, directora, {2028, 3}, false);
  const GeneratedAt later{Date(2028, 4, 20), 8, 30};

  auto same =
      compare_with_issued(*ws, consulta, compute_monthly_figures(*ws, consulta, {2028, 3}, later));
  ASSERT_TRUE(same);
  EXPECT_TRUE(same->changes.empty())
      << describe_change(same->changes.front());  // "generado" ignored

  // A late session for a third enterprise on the month's last day.
  const auto c = enterprise({"Textiles Niño", Sexo::Mujer, Zona::Rural, "2028-03-05"});
  session(c, "2028-03-31", 50, Area::AsesoriaTic);
  const auto cmp =
      compare_with_issued(*ws, consulta, compute_monthly_figures(*ws, consulta, {2028, 3}, later));
  ASSERT_TRUE(cmp);
  std::vector<std::string> lines;
  for (const auto& ch : cmp->changes) lines.push_back(describe_change(ch));
  const auto has = [&](const std::string& l) {
    return std::find(lines.begin(), lines.end(), l) != lines.end();
  };
  EXPECT_TRUE(has("empresas_atendidas.total: 2 → 3"));
  EXPECT_TRUE(has("empresas_atendidas.mujer: 1 → 2"));
  EXPECT_TRUE(has("empresas_nuevas: 0 → 1"));
  EXPECT_TRUE(has("sesiones.total: 2 → 3"));
  EXPECT_TRUE(has("sesiones.minutos: 105 → 155"));
  EXPECT_TRUE(has("sesiones.por_area.asesoria_tic: 0 → 1"));
  for (const auto& l : lines) EXPECT_EQ(l.find("generado"), std::string::npos) << l;

  // A month never issued has nothing to compare with.
  EXPECT_FALSE(
      compare_with_issued(*ws, consulta, compute_monthly_figures(*ws, consulta, {2028, 2}, later)));
}

}  // namespace
}  // namespace cdmype::report
