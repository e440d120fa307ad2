// The enterprise editor's "Asistencias técnicas" tab: the file's AT with subsidy, co-payment and
// why, for roles that see AT; none for the ventanilla-less roles that may not.
#include <wx/notebook.h>
#include <wx/stattext.h>

#include "at_ui_support.hpp"
#include "ui/enterprise_at_page.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/main_frame.hpp"
#include "ui/text_table.hpp"

namespace cdmype::testing_support {
namespace {

class EnterpriseAtTabTest : public UiTest {};

TEST_F(EnterpriseAtTabTest, ShowsTheFilesAssistanceWithSubsidyAndWhy) {
  std::int64_t enterprise_id = 0;
  {
    auto asesor = context(&accounts.asesor);
    const auto approved = request_at(asesor.ws(), accounts.asesor, "Panadería Dulce", "1005.05");
    enterprise_id = approved.enterprise_id;
    request_at(asesor.ws(), accounts.asesor, "Panadería Dulce", "200.00");
    request_at(asesor.ws(), accounts.asesor, "Café Citalá 1", "600.00");  // another file: not listed
    auto directora = context(&accounts.directora);
    directora.ws().assistances().approve(accounts.directora, approved.codigo);
  }
  auto* f = open_main_frame(&accounts.asesor);
  ui::EnterpriseDialog dialog(f, f->context(), enterprise_id);
  dialog.Show();
  auto* page = dialog.assistances_page();
  ASSERT_NE(page, nullptr);
  // datos, titular, consentimiento, sesiones, asistencias técnicas, resultados
  EXPECT_EQ(dialog.notebook()->GetPage(4), page);
  const auto& rows = page->table()->rows();
  ASSERT_EQ(rows.size(), 2u);
  const auto row_costing = [&](const char* costo) -> long {
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i][2].utf8_string() == costo) return static_cast<long>(i);
    return -1;
  };
  const auto detail_of = [&](long row) {
    page->table()->select_row(row);
    wxYield();
    return page->detail()->GetLabel().utf8_string();
  };

  // Approved, women-led and rural: 95 % frozen, and the two shares add up to the cost.
  const long approved = row_costing("$1,005.05");
  ASSERT_GE(approved, 0);
  EXPECT_EQ(rows[static_cast<std::size_t>(approved)][3].utf8_string(), "$954.80");
  EXPECT_EQ(rows[static_cast<std::size_t>(approved)][4].utf8_string(), "$50.25");
  EXPECT_EQ(rows[static_cast<std::size_t>(approved)][5].utf8_string(), "Aprobada");
  EXPECT_NE(detail_of(approved).find("95 %"), std::string::npos);

  // Still a request: no frozen subsidy, and the detail says what approving it today would give.
  const long pending = row_costing("$200.00");
  ASSERT_GE(pending, 0);
  EXPECT_EQ(rows[static_cast<std::size_t>(pending)][3].utf8_string(), "—");
  EXPECT_EQ(rows[static_cast<std::size_t>(pending)][5].utf8_string(), "Solicitada");
  const auto detail = detail_of(pending);
  EXPECT_NE(detail.find("Si se aprobara hoy: 95 %"), std::string::npos) << detail;
  EXPECT_NE(detail.find("subsidio $190.00, copago $10.00"), std::string::npos) << detail;

  dialog.notebook()->SetSelection(4);
  screenshot(&dialog, "10-editor-asistencias");
  dialog.Hide();
}

}  // namespace
}  // namespace cdmype::testing_support
