// Chooses the existing file a referral is about: the service's duplicate suggestions first, then a
// search over every file for when none of them is right.
#pragma once
#include <wx/dialog.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "services/referral_service.hpp"

class wxButton;
class wxListBox;

namespace cdmype::ui {

struct DeskContext;
class EnterprisePicker;

class ReferralLinkDialog : public wxDialog {
 public:
  ReferralLinkDialog(wxWindow* parent, DeskContext& ctx, const Referral& r,
                     std::vector<services::DuplicateSuggestion> suggestions);

  // The enterprise searched for, else the suggestion selected; nullopt when neither.
  std::optional<std::int64_t> chosen_id() const;

  wxListBox* suggestions() const { return list_; }
  EnterprisePicker* picker() const { return picker_; }
  wxButton* ok_button() const { return ok_; }

 private:
  void update_ok();

  std::vector<services::DuplicateSuggestion> suggestions_;
  wxListBox* list_;
  EnterprisePicker* picker_;
  wxButton* ok_;
};

}  // namespace cdmype::ui
