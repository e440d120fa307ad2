// Remisiones: the ventanilla records referrals and follows their status; the center works its inbox
// of `recibida` referrals (assign, link to a file, open a new file, or decline with a reason).
#pragma once
#include <optional>
#include <vector>

#include "core/referral.hpp"
#include "ui/screen_panel.hpp"

class wxButton;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class ReferralsPanel : public ScreenPanel {
 public:
  ReferralsPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  // Opens the intake form (Ctrl+N); reloads after a referral is recorded.
  void add();
  // The center's actions on the selected referral (each asks what it needs); reload after.
  void assign_selected();
  void link_selected();
  // Opens the enterprise editor filled from the referral; true when the file was saved.
  bool open_file_selected();
  void decline_selected();

  // The ventanilla's own referrals, or the center's inbox.
  const std::vector<Referral>& referrals() const { return rows_; }
  TextTable* table() const { return table_; }
  wxButton* add_button() const { return add_; }
  wxButton* assign_button() const { return assign_; }
  wxButton* link_button() const { return link_; }
  wxButton* open_file_button() const { return open_file_; }
  wxButton* decline_button() const { return decline_; }

 private:
  bool is_center() const;
  std::optional<Referral> selected() const;
  void update_buttons();
  void after(bool changed);

  DeskContext& ctx_;
  TextTable* table_;
  wxButton* add_;
  wxButton* assign_ = nullptr;
  wxButton* link_ = nullptr;
  wxButton* open_file_ = nullptr;
  wxButton* decline_ = nullptr;
  std::vector<Referral> rows_;
};

}  // namespace cdmype::ui
