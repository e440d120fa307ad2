// Editor tab "Consentimiento": what the titular agreed to (one box per scope), the form to sign,
// the records so far, and — for the director — an objection or limitation. A new file's grant is
// saved with the file; on a stored file each change is a new record, stored at once.
#pragma once
#include <wx/panel.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "core/consent.hpp"
#include "core/enterprise.hpp"

class wxButton;
class wxCheckBox;
class wxStaticText;

namespace cdmype::ui {

struct DeskContext;
class DateField;
class TextTable;

class EnterpriseConsentPage : public wxPanel {
 public:
  EnterpriseConsentPage(wxWindow* parent, DeskContext& ctx);

  // A stored file: its records and state; a new one (id 0): blank boxes, today's date.
  void load(const Enterprise& file);
  // A new file's grant from the boxes; Spanish problems (no atención, no date) in `problems`.
  std::optional<ConsentRecord> collect_grant(std::vector<wxString>& problems) const;
  // Stores the change the boxes show on a stored file (a grant when something was added or none
  // was registered, else a withdrawal); false when nothing changed or it was refused.
  bool record_change();
  // Writes the printable form of `draft` (the editor's current data) to `path`.
  void write_form(const Enterprise& draft, const std::filesystem::path& path) const;

  // What is in force for the loaded file.
  const ConsentState& state() const { return state_now_; }
  wxCheckBox* scope_box(ConsentScope s) const { return boxes_[static_cast<size_t>(s)]; }
  wxStaticText* state_label() const { return state_; }
  TextTable* records() const { return records_; }
  wxButton* record_button() const { return record_; }
  wxButton* form_button() const { return form_; }
  wxButton* restrict_button() const { return restrict_; }
  // Called after a record is stored (the editor names an objection in its heading).
  void set_on_recorded(std::function<void()> f) { on_recorded_ = std::move(f); }
  // Asks for the draft to print (the editor's fields, not yet saved).
  void set_draft_source(std::function<Enterprise()> source) { draft_ = std::move(source); }

 private:
  void show_state();
  void print_form();
  void toggle_restriction();

  DeskContext& ctx_;
  Enterprise file_;
  ConsentState state_now_;
  std::array<wxCheckBox*, kConsentScopes.size()> boxes_{};
  DateField* fecha_;
  wxStaticText* state_;
  TextTable* records_;
  wxButton* record_;
  wxButton* form_;
  wxButton* restrict_;
  std::function<Enterprise()> draft_;
  std::function<void()> on_recorded_;
};

}  // namespace cdmype::ui
