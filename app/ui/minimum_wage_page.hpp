// Configuración → Salario mínimo: the dated minimum wages that size enterprises, and a new one.
#pragma once
#include "ui/screen_panel.hpp"

class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class DateField;
class TextTable;

class MinimumWagePage : public ScreenPanel {
 public:
  MinimumWagePage(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  // MinimumWageService::add with the date, amount and note typed; false when
  // refused (message shown).
  bool add_wage();

  wxStaticText* in_force() const { return in_force_; }
  TextTable* wages() const { return wages_; }
  DateField* desde() const { return desde_; }
  wxTextCtrl* monto() const { return monto_; }
  wxTextCtrl* nota() const { return nota_; }

 private:
  DeskContext& ctx_;
  wxStaticText* in_force_ = nullptr;
  TextTable* wages_ = nullptr;
  DateField* desde_ = nullptr;
  wxTextCtrl* monto_ = nullptr;
  wxTextCtrl* nota_ = nullptr;
};

}  // namespace cdmype::ui
