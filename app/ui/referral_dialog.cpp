// Referral intake: the service validates and canonicalizes (DUI), the dialog only collects.
#include "ui/referral_dialog.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "core/dates.hpp"
#include "ui/code_choice.hpp"
#include "ui/desk_context.hpp"
#include "ui/distrito_picker.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_dialog.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/intake_consent_boxes.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxTextCtrl* make_line(wxWindow* parent, const wxString& hint, long style = wxTE_PROCESS_ENTER) {
  const int height = (style & wxTE_MULTILINE) ? 70 : -1;
  auto* text = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition,
                              parent->FromDIP(wxSize(380, height)), style);
  // GTK's multi-line control has no real hint: wx paints it as grey text, which then looks like
  // the typed value is greyed out. A tooltip says the same thing there.
  if (style & wxTE_MULTILINE)
    text->SetToolTip(hint);
  else
    text->SetHint(hint);
  return text;
}

}  // namespace

ReferralDialog::ReferralDialog(wxWindow* parent, DeskContext& ctx)
    : wxDialog(parent, wxID_ANY, _("Nueva remisión")), ctx_(ctx) {
  SetName(wxString::FromUTF8("referral_dialog"));
  auto* grid = make_form_grid();
  nombre_ = make_line(this, _("Nombre de la persona remitida"));
  add_form_row(grid, this, _("&Nombre:"), nombre_);
  sexo_ = make_code_choice<Sexo>(this);
  add_form_row(grid, this, _("&Sexo:"), sexo_, {.fill = false});
  telefono_ = make_line(this, _("7123-4567"));
  add_form_row(grid, this, _("&Teléfono:"), telefono_);
  dui_ = make_line(this, _("01234567-8 (opcional)"));
  add_form_row(grid, this, _("&DUI:"), dui_);
  distrito_ = new DistritoPicker(this, ctx_.ws().center().settings().departamento);
  add_form_row(grid, this, _("D&istrito:"), distrito_);
  sector_ = make_code_choice<Sector>(this);
  add_form_row(grid, this, _("S&ector:"), sector_, {.fill = false});
  necesidad_ = make_line(this, _("Qué necesita la empresa: crédito, formalizarse, vender más…"),
                         wxTE_MULTILINE);
  add_form_row(grid, this, _("Nece&sidad:"), necesidad_, {.fill = true, .top_label = true});
  consent_ = std::make_unique<IntakeConsentBoxes>(
      this, ctx_, ConsentPerson::Remitido, [this] {
        return IntakePerson{to_utf8(nombre_->GetValue()), to_utf8(dui_->GetValue())};
      });
  add_form_row(grid, this, _("Consentimiento:"), consent_->sizer(),
               {.fill = true, .top_label = true});

  finish_form_dialog(this, grid, _("&Registrar"), [this] { save(); }, {nombre_, telefono_, dui_});
  nombre_->SetFocus();
}

ReferralDialog::~ReferralDialog() = default;

std::optional<Referral> ReferralDialog::save() {
  std::optional<Referral> saved;
  guarded(this, [&] {
    Referral r;
    r.fecha = today();
    r.nombre = field_text(nombre_->GetValue());
    r.sexo = chosen<Sexo>(sexo_, false).value_or(Sexo::Mujer);
    r.telefono = field_text(telefono_->GetValue());
    r.dui = field_text(dui_->GetValue());
    r.distrito_id = distrito_->distrito_id();
    r.sector = chosen<Sector>(sector_, false).value_or(Sector::Otro);
    r.necesidad = field_text(necesidad_->GetValue());
    saved = ctx_.ws().referrals().record(ctx_.actor, r, consent_->grant(r.fecha));
  });
  if (saved && IsModal()) EndModal(wxID_OK);
  return saved;
}

}  // namespace cdmype::ui
