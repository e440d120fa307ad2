// Sesiones: the quick entry form on top, this month's sessions of the signed-in person below.
#pragma once
#include "ui/screen_panel.hpp"

namespace cdmype::ui {

struct DeskContext;
class MonthSessionsList;
class SessionForm;

class SessionsPanel : public ScreenPanel {
 public:
  SessionsPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  SessionForm* form() const { return form_; }
  MonthSessionsList* month_list() const { return list_; }

 private:
  DeskContext& ctx_;
  SessionForm* form_;
  MonthSessionsList* list_;
};

}  // namespace cdmype::ui
