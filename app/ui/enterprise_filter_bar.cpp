// Filters as compact choices whose first item means "any".
#include "ui/enterprise_filter_bar.hpp"

#include <wx/choice.h>
#include <wx/wrapsizer.h>

#include <algorithm>

#include "core/territory.hpp"
#include "ui/code_choice.hpp"
#include "ui/desk_context.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

EnterpriseFilterBar::EnterpriseFilterBar(wxWindow* parent, DeskContext& ctx) : wxPanel(parent) {
  auto* sizer = new wxWrapSizer(wxHORIZONTAL);
  SetSizer(sizer);
  sector_ = add(make_code_choice<Sector>(this, _("Todos los sectores")), _("Sector"));
  zona_ = add(make_code_choice<Zona>(this, _("Rural y urbana")), _("Zona"));
  estado_ = add(make_code_choice<EstadoEmpresa>(this, _("Todos los estados")), _("Estado"));

  mujer_ = new wxChoice(this, wxID_ANY);
  mujer_->Append(_("Lideradas por mujer o no"));
  mujer_->Append(_("Lideradas por mujer"));
  mujer_->Append(_("No lideradas por mujer"));
  mujer_->SetSelection(0);
  add(mujer_, _("Liderada por mujer"));

  asesor_ = new wxChoice(this, wxID_ANY);
  asesor_->Append(_("Todos los asesores"));
  for (const auto& u : ctx.ws().users().advisors(ctx.actor)) {
    asesor_->Append(to_wx(u.full_name));
    asesor_ids_.push_back(u.id);
  }
  asesor_->SetSelection(0);
  add(asesor_, _("Asesor(a)"));

  municipios_ = Territory::el_salvador().municipios();  // in Spanish order
  municipio_ = new wxChoice(this, wxID_ANY);
  municipio_->Append(_("Todos los municipios"));
  for (const auto& m : municipios_) municipio_->Append(to_wx(m));
  municipio_->SetSelection(0);
  add(municipio_, _("Municipio"));
}

wxChoice* EnterpriseFilterBar::add(wxChoice* choice, const wxString& name) {
  choice->SetName(name);
  choice->SetToolTip(name);
  GetSizer()->Add(choice, 0, wxRIGHT | wxBOTTOM, 6);
  choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    if (changed_) changed_();
  });
  return choice;
}

store::EnterpriseFilter EnterpriseFilterBar::filter() const {
  store::EnterpriseFilter f;
  f.sector = chosen<Sector>(sector_, true);
  f.zona = chosen<Zona>(zona_, true);
  f.estado = chosen<EstadoEmpresa>(estado_, true);
  if (mujer_->GetSelection() == 1) f.liderada_por_mujer = true;
  if (mujer_->GetSelection() == 2) f.liderada_por_mujer = false;
  if (const int a = asesor_->GetSelection(); a > 0)
    f.asesor_id = asesor_ids_[static_cast<size_t>(a - 1)];
  if (const int m = municipio_->GetSelection(); m > 0)
    f.municipio = municipios_[static_cast<size_t>(m - 1)];
  return f;
}

void EnterpriseFilterBar::reset() {
  for (wxChoice* c : {sector_, zona_, estado_, mujer_, asesor_, municipio_}) c->SetSelection(0);
  if (changed_) changed_();
}

}  // namespace cdmype::ui
