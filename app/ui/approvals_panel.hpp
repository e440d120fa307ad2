// Aprobaciones: the director's queue of requests by priority score, each with its reasons and the
// subsidy approving it today would freeze; approve, or reject with a reason.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "services/at_service.hpp"
#include "ui/screen_panel.hpp"

class wxButton;

namespace cdmype::ui {

struct DeskContext;
class BudgetBar;
class TextTable;

class ApprovalsPanel : public ScreenPanel {
 public:
  ApprovalsPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  bool select(const std::string& codigo);
  // Approves / rejects (asking the reason) the selected request; a refusal is shown as the
  // service's Spanish message. Reloads after a decision.
  void approve_selected();
  void reject_selected();

  const std::vector<services::AtQueueRow>& queue() const { return queue_; }
  TextTable* table() const { return table_; }
  BudgetBar* budget() const { return budget_; }
  wxButton* approve_button() const { return approve_; }
  wxButton* reject_button() const { return reject_; }

 private:
  std::optional<TechnicalAssistance> selected() const;
  void update_buttons();

  DeskContext& ctx_;
  BudgetBar* budget_;
  TextTable* table_;
  wxButton* approve_;
  wxButton* reject_;
  std::vector<services::AtQueueRow> queue_;
};

}  // namespace cdmype::ui
