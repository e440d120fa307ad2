// Training form: the dialog reads the fields, TrainingService validates and audits.
#include "ui/training_dialog.hpp"

#include <wx/combobox.h>
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

TrainingDialog::TrainingDialog(wxWindow* parent, DeskContext& ctx, std::optional<Training> existing)
    : wxDialog(parent, wxID_ANY, existing ? _("Editar capacitación") : _("Nueva capacitación")),
      ctx_(ctx),
      existing_(std::move(existing)) {
  SetName(wxString::FromUTF8("training_dialog"));
  Training t = existing_.value_or(Training{});
  if (!existing_) t.fecha = today();
  auto* grid = make_form_grid();
  titulo_ = make_form_line(this, t.titulo, _("Gestión de inventarios para la micro empresa"));
  add_form_row(grid, this, _("&Título:"), titulo_);
  tema_ = make_form_line(this, t.tema, _("finanzas, mercadeo, inocuidad…"));
  add_form_row(grid, this, _("T&ema:"), tema_);
  wxArrayString partners;
  guarded(this, [&] {
    for (const auto& name : ctx_.ws().trainings().institutions(ctx_.actor))
      partners.Add(to_wx(name));
  });
  institucion_ = new wxComboBox(this, wxID_ANY, to_wx(t.institucion), wxDefaultPosition,
                                FromDIP(wxSize(360, -1)), partners, wxCB_DROPDOWN);
  institucion_->SetHint(_("universidad, CONAMYPE, INSAFORP… (opcional)"));
  institucion_->SetToolTip(_("Elija una institución socia de la lista o escriba una nueva"));
  add_form_row(grid, this, _("&Institución socia:"), institucion_);
  fecha_ = new DateField(this, wxTE_PROCESS_ENTER);
  fecha_->set_date(t.fecha);
  add_form_row(grid, this, _("&Fecha:"), fecha_, RowStyle{false, false});
  horas_ = new wxTextCtrl(this, wxID_ANY, t.minutos > 0 ? to_wx(hours_text(t.minutos)) : wxString(),
                          wxDefaultPosition, FromDIP(wxSize(80, -1)), wxTE_PROCESS_ENTER);
  horas_->SetHint(wxString::FromUTF8("4"));
  horas_->SetToolTip(_("Duración en horas: 4, 2.5 o 2,5"));
  add_form_row(grid, this, _("&Horas:"), horas_, RowStyle{false, false});
  lugar_ = make_form_line(this, t.lugar, _("local, municipio"));
  add_form_row(grid, this, _("&Lugar:"), lugar_);

  finish_form_dialog(this, grid, _("&Guardar"), [this] { save(); },
                     {titulo_, tema_, fecha_, horas_, lugar_});
  titulo_->SetFocus();
}

std::optional<Training> TrainingDialog::save() {
  std::optional<Training> saved;
  guarded(this, [&] {
    std::vector<std::string> problems;
    if (fecha_->blank())
      problems.push_back(to_utf8(_("fecha: escriba la fecha de la capacitación (dd/mm/aaaa).")));
    else if (const wxString p = fecha_->problem(_("fecha")); !p.empty())
      problems.push_back(to_utf8(p));
    const auto minutos = parse_hours(field_text(horas_->GetValue()));
    if (!minutos)
      problems.push_back(to_utf8(_("horas: escriba la duración en horas, por ejemplo 4 o 2,5.")));
    if (!problems.empty()) throw ValidationFailed(problems);
    auto service = ctx_.ws().trainings();
    if (existing_) {
      services::TrainingChanges changes;
      changes.titulo = field_text(titulo_->GetValue());
      changes.tema = field_text(tema_->GetValue());
      changes.institucion = field_text(institucion_->GetValue());
      changes.lugar = field_text(lugar_->GetValue());
      changes.fecha = fecha_->date();
      changes.minutos = *minutos;
      saved = service.edit(ctx_.actor, existing_->meta.id, existing_->meta.version, changes);
    } else {
      Training t;
      t.titulo = field_text(titulo_->GetValue());
      t.tema = field_text(tema_->GetValue());
      t.institucion = field_text(institucion_->GetValue());
      t.lugar = field_text(lugar_->GetValue());
      t.fecha = fecha_->date().value_or(Date{});
      t.minutos = *minutos;
      saved = service.create(ctx_.actor, t);
    }
  });
  if (saved && IsModal()) EndModal(wxID_OK);
  return saved;
}

}  // namespace cdmype::ui
