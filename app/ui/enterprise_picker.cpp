// Enterprise search field with an inline list of full-text matches, driven from the keyboard.
#include "ui/enterprise_picker.hpp"

#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "core/text.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxString label_of(const store::EnterpriseListRow& r) {
  return to_wx(r.codigo) + wxString::FromUTF8(" — ") + to_wx(r.nombre);
}

}  // namespace

EnterprisePicker::EnterprisePicker(wxWindow* parent, DeskContext& ctx)
    : wxPanel(parent), ctx_(ctx), typing_(this) {
  text_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                         wxTE_PROCESS_ENTER);
  text_->SetHint(_("Escriba el código o el nombre y elija con ↓ y Enter"));
  text_->SetName(_("Empresa"));
  list_ = new wxListBox(this, wxID_ANY);
  list_->SetName(_("Empresas encontradas"));
  detail_ = new wxStaticText(this, wxID_ANY, wxString());
  detail_->SetForegroundColour(wxColour(80, 80, 80));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(text_, 0, wxEXPAND);
  sizer->Add(list_, 0, wxEXPAND | wxTOP, 2);
  sizer->Add(detail_, 0, wxTOP, 2);
  SetSizer(sizer);
  list_->Hide();

  text_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    chosen_.reset();
    detail_->SetLabel(wxString());
    typing_.StartOnce(150);
  });
  text_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { on_enter(); });
  text_->Bind(wxEVT_KEY_DOWN, &EnterprisePicker::on_key, this);
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { guarded(this, [this] { search_now(); }); });
  list_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent& e) { pick(e.GetSelection()); });
  list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
    if (e.GetKeyCode() == WXK_RETURN || e.GetKeyCode() == WXK_NUMPAD_ENTER)
      pick(list_->GetSelection());
    else
      e.Skip();
  });
}

std::optional<std::int64_t> EnterprisePicker::chosen_id() const {
  if (chosen_) return chosen_->id;
  return std::nullopt;
}

void EnterprisePicker::clear() {
  typing_.Stop();
  chosen_.reset();
  matches_.clear();
  text_->ChangeValue(wxString());
  detail_->SetLabel(wxString());
  show_matches();
}

void EnterprisePicker::search_now() {
  typing_.Stop();
  const std::string text = field_text(text_->GetValue());
  matches_.clear();
  if (!trim(text).empty()) matches_ = ctx_.ws().enterprises().search(ctx_.actor, text, kMaxMatches);
  show_matches();
}

void EnterprisePicker::show_matches() {
  list_->Clear();
  for (const auto& r : matches_)
    list_->Append(label_of(r) + wxString::FromUTF8("   · ") + to_wx(r.titular_nombre) +
                  wxString::FromUTF8(" · ") + to_wx(r.distrito));
  if (!matches_.empty()) list_->SetSelection(0);
  const bool show = !matches_.empty() && !chosen_;
  if (show) {
    // As many lines as matches, so one match does not open a tall empty box.
    const int lines = std::max(2, static_cast<int>(matches_.size()));
    list_->SetMinSize(wxSize(-1, lines * (GetCharHeight() * 2 + 2) + FromDIP(8)));
  }
  if (list_->IsShown() != show || show) {
    list_->Show(show);
    relayout_from_top(this);
  }
}

bool EnterprisePicker::pick(int index) {
  if (index < 0 || index >= static_cast<int>(matches_.size())) return false;
  chosen_ = matches_[static_cast<size_t>(index)];
  text_->ChangeValue(label_of(*chosen_));
  detail_->SetLabel(wxString::Format(_("Titular: %s · %s · %s"), to_wx(chosen_->titular_nombre),
                                     to_wx(chosen_->distrito), to_wx(display_of(chosen_->sector))));
  matches_.clear();
  show_matches();
  if (picked_) picked_();
  return true;
}

void EnterprisePicker::on_enter() {
  if (chosen_) {
    if (submit_) submit_();
    return;
  }
  if (typing_.IsRunning()) guarded(this, [this] { search_now(); });
  pick(list_->GetSelection() >= 0 ? list_->GetSelection() : 0);
}

void EnterprisePicker::on_key(wxKeyEvent& event) {
  const int count = static_cast<int>(list_->GetCount());
  if (!list_->IsShown() || count == 0) {
    event.Skip();
    return;
  }
  int sel = list_->GetSelection();
  switch (event.GetKeyCode()) {
    case WXK_DOWN:
      list_->SetSelection(sel + 1 < count ? sel + 1 : count - 1);
      break;
    case WXK_UP:
      list_->SetSelection(sel > 0 ? sel - 1 : 0);
      break;
    case WXK_ESCAPE:
      matches_.clear();
      show_matches();
      break;
    default:
      event.Skip();
  }
}

}  // namespace cdmype::ui
