// Configuración → Formato de números: how the center writes amounts (El Salvador or coma decimal).
#pragma once
#include "ui/screen_panel.hpp"

class wxRadioBox;
class wxStaticText;

namespace cdmype::ui {

struct DeskContext;

class NumberFormatPage : public ScreenPanel {
 public:
  NumberFormatPage(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  // CenterService::set_number_format with the choice; false when refused (message shown).
  bool save();

  wxRadioBox* choice() const { return choice_; }
  wxStaticText* status() const { return status_; }

 private:
  DeskContext& ctx_;
  wxRadioBox* choice_ = nullptr;
  wxStaticText* status_ = nullptr;
};

}  // namespace cdmype::ui
