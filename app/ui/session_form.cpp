// Session entry laid out for the keyboard: Tab moves on, Enter in any field saves.
#include "ui/session_form.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/errors.hpp"
#include "ui/code_choice.hpp"
#include "ui/confirm_question.hpp"
#include "ui/date_field.hpp"
#include "ui/desk_context.hpp"
#include "ui/enterprise_picker.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

SessionForm::SessionForm(wxWindow* parent, DeskContext& ctx) : wxPanel(parent), ctx_(ctx) {
  auto* grid = make_form_grid();
  enterprise_ = new EnterprisePicker(this, ctx_);
  add_form_row(grid, this, _("Empresa:"), enterprise_, {.top_label = true});

  fecha_ = new DateField(this, wxTE_PROCESS_ENTER);
  fecha_->set_date(ctx_.ws().context().today());
  duracion_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                             wxSP_ARROW_KEYS | wxTE_PROCESS_ENTER, 5, 600, 60);
  duracion_->SetIncrement(15);
  duracion_->SetName(_("Duración en minutos"));
  modalidad_ = make_code_choice<Modalidad>(this);
  modalidad_->SetName(_("Modalidad"));
  auto* when = new wxBoxSizer(wxHORIZONTAL);
  when->Add(fecha_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  when->Add(new wxStaticText(this, wxID_ANY, _("Duración (min):")), 0,
            wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
  when->Add(duracion_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  when->Add(new wxStaticText(this, wxID_ANY, _("Modalidad:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
            4);
  when->Add(modalidad_, 0, wxALIGN_CENTER_VERTICAL);
  add_form_row(grid, this, _("Fecha:"), when);
  fecha_->SetName(_("Fecha"));

  area_ = make_code_choice<Area>(this);
  add_form_row(grid, this, _("Área de servicio:"), area_, {.fill = false});
  tema_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                         wxTE_PROCESS_ENTER);
  tema_->SetHint(_("De qué se trató la sesión"));
  add_form_row(grid, this, _("Tema:"), tema_);
  acuerdos_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                             wxTE_PROCESS_ENTER);
  acuerdos_->SetHint(_("Lo que la empresa y el centro acordaron"));
  add_form_row(grid, this, _("Acuerdos:"), acuerdos_);

  proximo_paso_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                 wxTE_PROCESS_ENTER);
  fecha_proximo_ = new DateField(this, wxTE_PROCESS_ENTER);
  fecha_proximo_->SetName(_("Fecha del próximo paso"));
  auto* next = new wxBoxSizer(wxHORIZONTAL);
  next->Add(proximo_paso_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  next->Add(new wxStaticText(this, wxID_ANY, _("para el")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
            4);
  next->Add(fecha_proximo_, 0, wxALIGN_CENTER_VERTICAL);
  add_form_row(grid, this, _("Próximo paso:"), next);
  proximo_paso_->SetName(_("Próximo paso"));

  save_button_ = new wxButton(this, wxID_SAVE, _("&Guardar sesión"));
  status_ = new wxStaticText(this, wxID_ANY, wxString());
  status_->SetForegroundColour(wxColour(0, 110, 50));
  auto* actions = new wxBoxSizer(wxHORIZONTAL);
  actions->Add(save_button_, 0, wxALIGN_CENTER_VERTICAL);
  actions->Add(status_, 1, wxALIGN_CENTER_VERTICAL | wxLEFT, 12);
  grid->AddSpacer(0);
  grid->Add(actions, 0, wxEXPAND);

  SetSizer(grid);

  auto submit = [this] { save(); };
  enterprise_->on_submit(submit);
  enterprise_->on_picked([this] { tema_->SetFocus(); });
  for (wxWindow* w : std::initializer_list<wxWindow*>{fecha_, duracion_, tema_, acuerdos_,
                                                      proximo_paso_, fecha_proximo_})
    w->Bind(wxEVT_TEXT_ENTER, [submit](wxCommandEvent&) { submit(); });
  save_button_->Bind(wxEVT_BUTTON, [submit](wxCommandEvent&) { submit(); });
}

void SessionForm::focus_first() { enterprise_->text()->SetFocus(); }

AdvisorySession SessionForm::collect() const {
  std::vector<std::string> problems;
  AdvisorySession s;
  if (const auto id = enterprise_->chosen_id())
    s.enterprise_id = *id;
  else
    problems.push_back(
        to_utf8(_("empresa: escriba el código o el nombre y elija una de la lista.")));
  s.asesor_id = 0;  // the acting user
  if (const auto d = fecha_->date())
    s.fecha = *d;
  else
    problems.push_back(to_utf8(fecha_->blank() ? _("fecha: escriba la fecha de la sesión.")
                                               : fecha_->problem(_("fecha"))));
  s.duracion_min = duracion_->GetValue();
  s.modalidad = *chosen<Modalidad>(modalidad_, false);
  s.area = *chosen<Area>(area_, false);
  s.tema = field_text(tema_->GetValue());
  s.acuerdos = field_text(acuerdos_->GetValue());
  s.proximo_paso = field_text(proximo_paso_->GetValue());
  if (const auto p = fecha_proximo_->problem(_("fecha del próximo paso")); !p.empty())
    problems.push_back(to_utf8(p));
  s.fecha_proximo_paso = fecha_proximo_->date();
  if (!problems.empty()) throw ValidationFailed(problems);
  return s;
}

std::optional<AdvisorySession> SessionForm::save() {
  std::optional<AdvisorySession> stored;
  guarded(this, [&] {
    const AdvisorySession s = collect();
    // A date over a year old is more often a mistyped year than a late
    // entry; saving it still is the person's call (a session after today
    // is refused by the service).
    if (session_date_needs_confirmation(s.fecha, ctx_.ws().context().today()) &&
        !confirm_question(this,
                          wxString::Format(_("La sesión tiene fecha %s, hace más de un año. "
                                             "¿Guardarla con esa fecha?"),
                                           to_wx(to_display(s.fecha))),
                          _("Sesión de hace más de un año")))
      return;
    stored = ctx_.ws().sessions().log(ctx_.actor, s);
  });
  if (!stored) return stored;
  const auto& picked = enterprise_->chosen();
  status_->SetLabel(wxString::Format(_("Guardada: %s, %s, %d min."),
                                     picked ? to_wx(picked->codigo) : wxString(),
                                     to_wx(to_display(stored->fecha)), stored->duracion_min));
  clear_after_save();
  if (saved_) saved_(*stored);
  return stored;
}

void SessionForm::clear_after_save() {
  // Date, duration, modalidad and área usually repeat for the next session.
  enterprise_->clear();
  tema_->Clear();
  acuerdos_->Clear();
  proximo_paso_->Clear();
  fecha_proximo_->Clear();
  focus_first();
}

}  // namespace cdmype::ui
