// The request form: collects, the rights service validates and dates it.
#include "ui/rights_request_dialog.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "core/errors.hpp"
#include "ui/date_field.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_dialog.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

constexpr DataRight kRights[] = {
    DataRight::Acceso,       DataRight::Rectificacion, DataRight::Cancelacion, DataRight::Oposicion,
    DataRight::Portabilidad, DataRight::Olvido,        DataRight::Limitacion};

}  // namespace

RightsRequestDialog::RightsRequestDialog(wxWindow* parent, DeskContext& ctx)
    : wxDialog(parent, wxID_ANY, _("Solicitud de derechos sobre datos personales")), ctx_(ctx) {
  SetName(wxString::FromUTF8("rights_request_dialog"));
  auto* grid = make_form_grid();
  nombre_ = make_form_line(this, "", _("Nombre de quien pide"));
  add_form_row(grid, this, _("&Persona:"), nombre_);
  dui_ = make_form_line(this, "", _("01234567-8 (si lo presenta)"));
  add_form_row(grid, this, _("&DUI:"), dui_);
  derecho_ = new wxChoice(this, wxID_ANY);
  for (DataRight r : kRights) derecho_->Append(to_wx(data_right_label(r)));
  derecho_->SetSelection(0);
  add_form_row(grid, this, _("De&recho:"), derecho_, {.fill = false});
  recibida_ = new DateField(this, wxTE_PROCESS_ENTER);
  recibida_->set_date(ctx_.ws().context().today());
  add_form_row(grid, this, _("Re&cibida el:"), recibida_, {.fill = false});
  finish_form_dialog(this, grid, _("&Registrar"), [this] { save(); }, {nombre_, dui_, recibida_});
  nombre_->SetFocus();
}

std::optional<RightsRequest> RightsRequestDialog::save() {
  std::optional<RightsRequest> saved;
  guarded(this, [&] {
    const auto received = recibida_->date();
    if (!received) throw UserError("Escriba la fecha en que se recibió la solicitud (dd/mm/aaaa).");
    const int pick = derecho_->GetSelection();
    saved = ctx_.ws().rights().record(ctx_.actor, field_text(nombre_->GetValue()),
                                      field_text(dui_->GetValue()), kRights[pick < 0 ? 0 : pick],
                                      *received);
  });
  if (saved && IsModal()) EndModal(wxID_OK);
  return saved;
}

}  // namespace cdmype::ui
