// Consolidado nacional: CONAMYPE's supervisor (consulta) chooses the folder with the centers'
// packages, the key list and the month; the table shows each center and the national total, the
// centers without a package are named, the PDF opens; a tampered package refuses everything.
#include <wx/button.h>
#include <wx/stattext.h>

#include <fstream>
#include <iterator>

#include "core/errors.hpp"
#include "report/report_issue.hpp"
#include "report/report_package_build.hpp"
#include "support/command_output.hpp"
#include "ui/main_frame.hpp"
#include "ui/national_panel.hpp"
#include "ui/report_files.hpp"
#include "ui/text_table.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class NationalScreenTest : public UiTest {
 protected:
  // The center's package of last month in `folder`, and the key list naming it and Santa Ana.
  YearMonth center_package(const fs::path& folder) {
    auto ctx = context();
    auto& ws = ctx.ws();
    const YearMonth month = ui::previous_month(ws.context().today());
    ws.center().set_national_key(accounts.directora, "clave-nacional-conamype-2026");
    report::issue_monthly_report(ws, accounts.directora, month, false);
    write_file(folder / "CH-mes.paquete",
               report::report_package_file(ws, accounts.directora, month));
    write_file(dir / "claves.csv", "centro,clave_publica\nCH," +
                                       ws.report_packages().public_key(accounts.directora) +
                                       "\nSA,bm8tc2UtdXNh\n");
    return month;
  }
  static void write_file(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }
  Actor supervisor() {
    auto admin = context(&accounts.admin);
    const auto u = admin.ws().users().add(
        accounts.admin, {"supervision", "Rocío Peña", Role::Consulta, kPassword, false});
    return Actor{u.meta.id, u.username, u.role};
  }
};

TEST_F(NationalScreenTest, TheSupervisorConsolidatesTheFolderAndOpensThePdf) {
  const fs::path folder = dir / "paquetes";
  fs::create_directories(folder);
  const YearMonth month = center_package(folder);
  write_file(folder / "nota.txt", "no es un paquete");  // left aside

  const Actor consulta = supervisor();
  auto* f = open_main_frame(&consulta);
  f->show_screen(ui::Screen::Consolidado);
  auto* p = f->national();
  ASSERT_NE(p, nullptr);
  EXPECT_FALSE(p->open_button()->IsEnabled());
  p->set_folder(folder);
  p->set_keys(dir / "claves.csv");
  ASSERT_TRUE(p->select_month(month));
  ASSERT_TRUE(p->consolidate());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(p->table()->rows().size(), 2u);  // the center, then the national total
  EXPECT_NE(p->table()->rows()[0][0].utf8_string().find("CH · "), std::string::npos);
  EXPECT_EQ(p->table()->rows()[1][0].utf8_string(), "Total nacional");
  EXPECT_EQ(p->table()->rows()[1][1], p->table()->rows()[0][1]);
  EXPECT_NE(p->status()->GetLabel().utf8_string().find("Sin paquete: SA."), std::string::npos)
      << p->status()->GetLabel().utf8_string();
  screenshot(f, "102-consolidado-nacional");

  fs::path opened;
  p->set_opener([&](const fs::path& file) {
    opened = file;
    return true;
  });
  ASSERT_TRUE(p->open_button()->IsEnabled());
  p->open_pdf();
  ASSERT_FALSE(opened.empty());
  EXPECT_NE(command_output("pdftotext '" + opened.string() + "' -").find("Total nacional"),
            std::string::npos);
  EXPECT_TRUE(fs::exists(folder / ("consolidado-nacional-" + month.to_string() + ".json")));

  // One changed byte in a package: nothing is added, and the screen says which file and why.
  std::ifstream in(folder / "CH-mes.paquete", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto at = text.find("\"informe_pdf\": \"JVBERi0");
  ASSERT_NE(at, std::string::npos);
  text[at + 22] = '1';
  write_file(folder / "CH-mes.paquete", text);
  EXPECT_FALSE(p->consolidate());
  const std::string said = p->status()->GetLabel().utf8_string();
  EXPECT_NE(said.find("CH-mes.paquete: el PDF del informe no corresponde"), std::string::npos)
      << said;
  EXPECT_TRUE(p->table()->rows().empty());
  EXPECT_FALSE(p->open_button()->IsEnabled());
  screenshot(f, "103-consolidado-rechazado");
}

TEST_F(NationalScreenTest, OnlyTheSupervisorSeesTheScreen) {
  auto* f = open_main_frame();
  EXPECT_EQ(f->national(), nullptr);
}

}  // namespace
}  // namespace cdmype::testing_support
