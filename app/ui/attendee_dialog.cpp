// Participant form: choosing an enterprise fills in its titular's name, which may be changed (a
// worker or socia of the enterprise attends as well).
#include "ui/attendee_dialog.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "ui/code_choice.hpp"
#include "ui/desk_context.hpp"
#include "ui/enterprise_picker.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_dialog.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/intake_consent_boxes.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

AttendeeDialog::AttendeeDialog(wxWindow* parent, DeskContext& ctx, const Training& training)
    : wxDialog(parent, wxID_ANY,
               wxString::Format(_("Participante de «%s»"), to_wx(training.titulo))),
      ctx_(ctx),
      training_id_(training.meta.id),
      training_date_(training.fecha) {
  SetName(wxString::FromUTF8("attendee_dialog"));
  auto* grid = make_form_grid();
  empresa_ = new EnterprisePicker(this, ctx_);
  empresa_->SetToolTip(_("Opcional: la empresa con expediente de donde viene la persona"));
  add_form_row(grid, this, _("&Empresa (opcional):"), empresa_, RowStyle{true, true});
  nombre_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(360, -1)),
                           wxTE_PROCESS_ENTER);
  nombre_->SetHint(_("Nombre completo de la persona"));
  add_form_row(grid, this, _("&Nombre:"), nombre_);
  sexo_ = make_code_choice<Sexo>(this);
  add_form_row(grid, this, _("&Sexo:"), sexo_, RowStyle{false, false});
  consent_ = std::make_unique<IntakeConsentBoxes>(
      this, ctx_, ConsentPerson::Participante,
      [this] { return IntakePerson{to_utf8(nombre_->GetValue()), std::string()}; });
  add_form_row(grid, this, _("Consentimiento (sin empresa):"), consent_->sizer(),
               RowStyle{true, true});

  empresa_->on_picked([this] {
    const auto& row = empresa_->chosen();
    if (row && field_text(nombre_->GetValue()).empty())
      nombre_->SetValue(to_wx(row->titular_nombre));
    nombre_->SetFocus();
    nombre_->SelectAll();
  });
  finish_form_dialog(this, grid, _("&Agregar"), [this] { save(); }, {nombre_});
  nombre_->SetFocus();
}

AttendeeDialog::~AttendeeDialog() = default;

std::optional<TrainingAttendee> AttendeeDialog::save() {
  std::optional<TrainingAttendee> saved;
  guarded(this, [&] {
    TrainingAttendee a;
    a.training_id = training_id_;
    a.enterprise_id = empresa_->chosen_id().value_or(0);
    a.nombre = field_text(nombre_->GetValue());
    a.sexo = chosen<Sexo>(sexo_, false).value_or(Sexo::Mujer);
    // Without a file the person signs the form the day of the training (today if still ahead).
    const Date today = ctx_.ws().context().today();
    std::optional<ConsentRecord> consent;
    if (a.enterprise_id == 0) consent = consent_->grant(training_date_ > today ? today : training_date_);
    saved = ctx_.ws().trainings().add_attendee(ctx_.actor, a, consent);
  });
  if (saved && IsModal()) EndModal(wxID_OK);
  return saved;
}

}  // namespace cdmype::ui
