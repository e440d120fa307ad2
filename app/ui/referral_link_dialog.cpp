// The suggestions come from ReferralService::suggestions (same DUI, or same name in the distrito).
#include "ui/referral_link_dialog.hpp"

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/enterprise_picker.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxString describe(const services::DuplicateSuggestion& s) {
  std::string reasons;
  for (const MatchReason m : s.reasons) {
    if (!reasons.empty()) reasons += ", ";
    reasons += match_reason_label(m);
  }
  return to_wx(s.enterprise.codigo + "  " + s.enterprise.nombre + "  (" + reasons + ")");
}

}  // namespace

ReferralLinkDialog::ReferralLinkDialog(wxWindow* parent, DeskContext& ctx, const Referral& r,
                                       std::vector<services::DuplicateSuggestion> suggestions)
    : wxDialog(parent, wxID_ANY, _("Vincular la remisión a un expediente")),
      suggestions_(std::move(suggestions)) {
  SetName(wxString::FromUTF8("referral_link_dialog"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, wxString::Format(_("Remisión de %s"), to_wx(r.nombre))), 0, wxALL,
             10);
  sizer->Add(new wxStaticText(this, wxID_ANY,
                              suggestions_.empty()
                                  ? _("Ningún expediente se parece a esta remisión.")
                                  : _("Expedientes que probablemente son de esta persona:")),
             0, wxLEFT | wxRIGHT, 10);
  list_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(520, 110)));
  list_->SetName(_("Expedientes sugeridos"));
  for (const auto& s : suggestions_) list_->Append(describe(s));
  if (!suggestions_.empty()) list_->SetSelection(0);
  sizer->Add(list_, 0, wxEXPAND | wxALL, 10);
  sizer->Add(new wxStaticText(this, wxID_ANY, _("O busque otro expediente (código o nombre):")), 0,
             wxLEFT | wxRIGHT, 10);
  picker_ = new EnterprisePicker(this, ctx);
  sizer->Add(picker_, 0, wxEXPAND | wxALL, 10);

  auto* buttons = new wxStdDialogButtonSizer();
  ok_ = new wxButton(this, wxID_OK, _("&Vincular"));
  ok_->SetDefault();
  buttons->AddButton(ok_);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Cancelar")));
  buttons->Realize();
  sizer->Add(buttons, 0, wxEXPAND | wxALL, 10);
  SetSizerAndFit(sizer);
  CentreOnParent();

  list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { update_ok(); });
  list_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) {
    if (chosen_id()) EndModal(wxID_OK);
  });
  picker_->on_picked([this] { update_ok(); });
  picker_->on_submit([this] {
    if (chosen_id()) EndModal(wxID_OK);
  });
  update_ok();
  (suggestions_.empty() ? static_cast<wxWindow*>(picker_->text()) : list_)->SetFocus();
}

std::optional<std::int64_t> ReferralLinkDialog::chosen_id() const {
  if (const auto id = picker_->chosen_id()) return id;
  const int index = list_->GetSelection();
  if (index < 0 || index >= static_cast<int>(suggestions_.size())) return std::nullopt;
  return suggestions_[static_cast<size_t>(index)].enterprise.meta.id;
}

void ReferralLinkDialog::update_ok() { ok_->Enable(chosen_id().has_value()); }

}  // namespace cdmype::ui
