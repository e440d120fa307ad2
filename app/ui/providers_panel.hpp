// Proveedores: the provider registry with its ratings; add and edit (compras, director).
#pragma once
#include <vector>

#include "core/provider.hpp"
#include "ui/screen_panel.hpp"

class wxButton;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class ProvidersPanel : public ScreenPanel {
 public:
  ProvidersPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  // Open the provider dialog (modal) for a new one / the selected one; reload after saving.
  void add();
  void edit_selected();

  const std::vector<ProviderSummary>& providers() const { return rows_; }
  TextTable* table() const { return table_; }
  wxButton* add_button() const { return add_; }
  wxButton* edit_button() const { return edit_; }

 private:
  DeskContext& ctx_;
  TextTable* table_;
  wxButton* add_;
  wxButton* edit_;
  std::vector<ProviderSummary> rows_;
};

}  // namespace cdmype::ui
