// The signature block never stands alone on the last page: the goals table goes over with it.
#include <gtest/gtest.h>

#include "report/report_pdf.hpp"
#include "report_test_support.hpp"

namespace cdmype::report {
namespace {

// Growing the distrito table pushes the end of the report down the page in
// small steps, so some of these lengths leave too little room for the
// signatures after the goals; none may end with a page of signatures alone.
TEST(SignatureKeep, GoalsAndSignaturesShareTheLastPage) {
  testing::TempDir dir;
  int moved = 0;
  for (int n = 0; n < 40; n += 2) {
    auto f = testing::typical_month();
    for (int i = 0; i < n; ++i)
      f.empresas_atendidas.por_distrito["Distrito " + std::to_string(100 + i)] = 1;
    const auto path = dir.path() / ("firmas-" + std::to_string(n) + ".pdf");
    write_monthly_pdf(f, path);
    const auto pages = testing::split_pages(testing::pdf_text(path));
    ASSERT_FALSE(pages.empty());
    const std::string& last = pages.back();
    EXPECT_NE(last.find("Vo. Bo. Supervisor(a) CONAMYPE"), std::string::npos) << n;
    EXPECT_NE(last.find("Metas del plan anual 2026"), std::string::npos)
        << "with " << n << " extra distritos the signatures stand alone on page " << pages.size();
    // A goals section that starts a page right after the results was moved there.
    if (pages.size() >= 2 && last.find("7. Metas") != std::string::npos &&
        last.find("6. Resultados") == std::string::npos)
      ++moved;
  }
  EXPECT_GT(moved, 0) << "no length exercised the move of the goals section";
}

}  // namespace
}  // namespace cdmype::report
