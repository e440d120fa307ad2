// Proveedores: add a provider with accents through the dialog, edit it, see it listed.
#include <wx/checkbox.h>
#include <wx/textctrl.h>

#include "at_ui_support.hpp"
#include "ui/main_frame.hpp"
#include "ui/provider_dialog.hpp"
#include "ui/providers_panel.hpp"
#include "ui/text_table.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class ProvidersScreenTest : public UiTest {};

TEST_F(ProvidersScreenTest, AddsAndEditsAProvider) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Proveedores);
  auto* p = f->providers();
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->providers().empty());

  ui::ProviderDialog* d = nullptr;
  ASSERT_TRUE(drive_modal([&] { p->add(); },
                          {[&] {
                            d = find_shown<ui::ProviderDialog>();
                            ASSERT_NE(d, nullptr);
                            d->nombre()->SetValue(u8("Consultores Peña y Asociados"));
                            d->especialidades()->SetValue(u8("inocuidad, etiquetado, diseño"));
                            d->contacto()->SetValue(u8("Lucía Niño, 2301-4455"));
                            screenshot(d, "27-proveedor-nuevo", false);
                            press_enter(d->nombre());
                          }}));
  ASSERT_EQ(p->providers().size(), 1u);
  EXPECT_EQ(p->table()->rows()[0][0].utf8_string(), "Consultores Peña y Asociados");
  EXPECT_EQ(p->table()->rows()[0][5].utf8_string(), "sin calificaciones");

  p->table()->select_row(0);
  ASSERT_TRUE(drive_modal([&] { p->edit_selected(); },
                          {[&] {
                            d = find_shown<ui::ProviderDialog>();
                            ASSERT_NE(d, nullptr);
                            EXPECT_EQ(d->nombre()->GetValue().utf8_string(),
                                      "Consultores Peña y Asociados");
                            d->activo()->SetValue(false);
                            press_enter(d->contacto());
                          }}));
  EXPECT_EQ(p->table()->rows()[0][6].utf8_string(), "inactivo");
  screenshot(frame, "28-proveedores");
}

TEST_F(ProvidersScreenTest, OnlyRolesThatManageProvidersSeeIt) {
  auto* f = open_main_frame(&accounts.asesor);
  EXPECT_EQ(f->providers(), nullptr);
}

}  // namespace
}  // namespace cdmype::testing_support
