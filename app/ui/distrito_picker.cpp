// Departamento → distrito choices over core's embedded territory catalog.
#include "ui/distrito_picker.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

#include "core/spanish_collation.hpp"
#include "core/text.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

DistritoPicker::DistritoPicker(wxWindow* parent, const std::string& departamento)
    : wxPanel(parent),
      territory_(Territory::el_salvador()),
      departamentos_(territory_.departamentos()) {
  departamento_ = new wxChoice(this, wxID_ANY);
  for (const auto& d : departamentos_) departamento_->Append(to_wx(d));
  departamento_->SetName(_("Departamento"));
  distrito_ = new wxChoice(this, wxID_ANY);
  distrito_->SetName(_("Distrito"));
  municipio_ = new wxStaticText(this, wxID_ANY, wxString());
  municipio_->SetForegroundColour(wxColour(80, 80, 80));

  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(departamento_, 1, wxRIGHT, 6);
  row->Add(distrito_, 1);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(row, 0, wxEXPAND);
  sizer->Add(municipio_, 0, wxTOP, 3);
  SetSizer(sizer);

  const auto it = std::find(departamentos_.begin(), departamentos_.end(), departamento);
  const int first = it == departamentos_.end() ? 0 : static_cast<int>(it - departamentos_.begin());
  departamento_->SetSelection(first);
  fill_distritos(departamentos_.empty() ? std::string()
                                        : departamentos_[static_cast<size_t>(first)]);

  departamento_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    fill_distritos(departamentos_[static_cast<size_t>(departamento_->GetSelection())]);
  });
  distrito_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
    update_label();
    e.Skip();
  });
}

void DistritoPicker::fill_distritos(const std::string& departamento) {
  shown_.clear();
  for (const auto& d : territory_.distritos())
    if (d.departamento == departamento) shown_.push_back(&d);
  sort_spanish(shown_, [](const Distrito* d) -> const std::string& { return d->nombre; });
  distrito_->Clear();
  distrito_->Append(_("— Elija el distrito —"));
  for (const Distrito* d : shown_) distrito_->Append(to_wx(d->nombre));
  distrito_->SetSelection(0);
  update_label();
}

int DistritoPicker::distrito_id() const {
  const int i = distrito_->GetSelection();
  if (i <= 0 || i > static_cast<int>(shown_.size())) return 0;
  return shown_[static_cast<size_t>(i - 1)]->id;
}

void DistritoPicker::set_distrito_id(int id) {
  const Distrito* d = territory_.by_id(id);
  if (!d) return;
  const auto it = std::find(departamentos_.begin(), departamentos_.end(), d->departamento);
  if (it == departamentos_.end()) return;
  departamento_->SetSelection(static_cast<int>(it - departamentos_.begin()));
  fill_distritos(d->departamento);
  for (size_t i = 0; i < shown_.size(); ++i)
    if (shown_[i]->id == id) distrito_->SetSelection(static_cast<int>(i) + 1);
  update_label();
}

bool DistritoPicker::select_name(const std::string& name) {
  for (size_t i = 0; i < shown_.size(); ++i)
    if (fold_for_match(shown_[i]->nombre) == fold_for_match(name)) {
      distrito_->SetSelection(static_cast<int>(i) + 1);
      update_label();
      return true;
    }
  return false;
}

void DistritoPicker::update_label() {
  const Distrito* d = territory_.by_id(distrito_id());
  municipio_->SetLabel(d ? wxString::Format(_("Municipio: %s · Departamento: %s"),
                                            to_wx(d->municipio), to_wx(d->departamento))
                         : wxString());
  Layout();
}

wxString DistritoPicker::municipio_text() const { return municipio_->GetLabel(); }

}  // namespace cdmype::ui
