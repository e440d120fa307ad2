// Empresas: type-ahead search, filters and the virtual list; opens the enterprise editor.
#pragma once
#include <wx/timer.h>

#include <cstdint>
#include <optional>

#include "ui/screen_panel.hpp"

class wxButton;
class wxSearchCtrl;
class wxStaticText;

namespace cdmype::ui {

struct DeskContext;
class EnterpriseFilterBar;
class EnterpriseListView;

class EnterprisesPanel : public ScreenPanel {
 public:
  EnterprisesPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  // Applies the search text now instead of after the typing pause.
  void flush_search();
  // Opens the editor for an enterprise (nullopt: a new one). Returns the id
  // saved, or nullopt when the dialog was closed without saving.
  std::optional<std::int64_t> open_editor(std::optional<std::int64_t> id);

  wxSearchCtrl* search() const { return search_; }
  EnterpriseListView* list() const { return list_; }
  EnterpriseFilterBar* filters() const { return filters_; }
  wxButton* new_button() const { return new_button_; }
  wxStaticText* count_label() const { return count_; }

  // The pause after the last keystroke before the list is searched.
  static constexpr int kSearchDelayMs = 150;

 private:
  void apply();
  void update_count();

  DeskContext& ctx_;
  wxSearchCtrl* search_;
  wxStaticText* count_;
  wxButton* new_button_;
  EnterpriseFilterBar* filters_;
  EnterpriseListView* list_;
  wxTimer typing_;
};

}  // namespace cdmype::ui
