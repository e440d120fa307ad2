// Request form: the preview comes from services::estimate_new_at, the calculation approval uses.
#include "ui/at_request_dialog.hpp"

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/errors.hpp"
#include "services/at_estimate.hpp"
#include "ui/desk_context.hpp"
#include "ui/enterprise_picker.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/typed_money.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxTextCtrl* make_line(wxWindow* parent, const wxString& hint) {
  auto* text = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxTE_PROCESS_ENTER);
  text->SetHint(hint);
  return text;
}

}  // namespace

AtRequestDialog::AtRequestDialog(wxWindow* parent, DeskContext& ctx)
    : wxDialog(parent, wxID_ANY, _("Solicitar asistencia técnica"), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      ctx_(ctx) {
  SetName(wxString::FromUTF8("at_request_dialog"));
  auto* grid = make_form_grid();
  enterprise_ = new EnterprisePicker(this, ctx_);
  add_form_row(grid, this, _("&Empresa:"), enterprise_, {.top_label = true});
  descripcion_ = make_line(this, _("Qué hará el proveedor, p. ej. diseño de etiqueta y tabla "
                                   "nutricional"));
  add_form_row(grid, this, _("&Descripción:"), descripcion_);
  especialidad_ = make_line(this, _("p. ej. inocuidad, mercadeo, contabilidad"));
  add_form_row(grid, this, _("E&specialidad:"), especialidad_);
  proveedor_ = new wxComboBox(this, wxID_ANY);
  proveedor_->SetHint(_("Opcional; se puede elegir al contratar"));
  proveedor_->SetToolTip(_("Un proveedor del registro, o un nombre nuevo (se agrega al registro)"));
  for (const auto& s : ctx_.ws().providers().list(ctx_.actor))
    if (s.provider.activo) proveedor_->Append(to_wx(s.provider.nombre));
  add_form_row(grid, this, _("&Proveedor:"), proveedor_);
  costo_ = make_line(this, _("Costo total en dólares, p. ej. 1250.00"));
  costo_->SetToolTip(_("El subsidio y el copago se calculan mientras escribe"));
  add_form_row(grid, this, _("C&osto total ($):"), costo_, {.fill = false});

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(grid, 0, wxEXPAND | wxALL, 12);
  sizer->Add(build_preview(), 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
  sizer->Add(build_buttons(), 0, wxEXPAND | wxALL, 12);
  SetSizer(sizer);
  SetMinSize(FromDIP(wxSize(640, -1)));
  Fit();
  CentreOnParent();

  costo_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update_preview(); });
  enterprise_->on_picked([this] {
    update_preview();
    descripcion_->SetFocus();
  });
  enterprise_->on_submit([this] { submit(true); });
  for (wxTextCtrl* t : {descripcion_, especialidad_, costo_})
    t->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(true); });
  update_preview();
  enterprise_->text()->SetFocus();
}

wxSizer* AtRequestDialog::build_preview() {
  auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Subsidio si se aprueba hoy"));
  wxWindow* parent = box->GetStaticBox();
  percentage_ = new wxStaticText(parent, wxID_ANY, wxString::FromUTF8("—"));
  wxFont big = percentage_->GetFont();
  big.SetPointSize(big.GetPointSize() + 6);
  big.SetWeight(wxFONTWEIGHT_BOLD);
  percentage_->SetFont(big);
  amounts_ = new wxStaticText(parent, wxID_ANY, wxString());
  why_ = new wxStaticText(parent, wxID_ANY, wxString());
  warning_ = new wxStaticText(parent, wxID_ANY, wxString());
  warning_->SetForegroundColour(wxColour(170, 30, 20));
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(percentage_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 16);
  auto* words = new wxBoxSizer(wxVERTICAL);
  words->Add(amounts_, 0, wxBOTTOM, 2);
  words->Add(why_, 0);
  row->Add(words, 1, wxALIGN_CENTER_VERTICAL);
  box->Add(row, 0, wxEXPAND | wxALL, 8);
  box->Add(warning_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  return box;
}

wxSizer* AtRequestDialog::build_buttons() {
  auto* draft = new wxButton(this, wxID_ANY, _("Guardar &borrador"));
  draft->SetToolTip(_("La guarda sin enviarla; podrá enviarla después desde la lista"));
  auto* send = new wxButton(this, wxID_OK, _("E&nviar a dirección"));
  send->SetToolTip(_("La envía a la dirección para su aprobación (Enter)"));
  send->SetDefault();
  auto* cancel = new wxButton(this, wxID_CANCEL, _("&Cancelar"));
  draft->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(false); });
  send->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(true); });
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(draft, 0);
  row->AddStretchSpacer();
  row->Add(cancel, 0, wxRIGHT, 8);
  row->Add(send, 0);
  return row;
}

void AtRequestDialog::update_preview() {
  const auto id = enterprise_->chosen_id();
  const auto costo = typed_money(ctx_, field_text(costo_->GetValue()));
  amounts_->SetLabel(wxString());
  warning_->SetLabel(wxString());
  percentage_->SetLabel(wxString::FromUTF8("—"));
  if (!id) {
    why_->SetLabel(_("Elija la empresa para ver el subsidio."));
  } else if (!costo || costo->cents <= 0) {
    why_->SetLabel(_("Escriba el costo total para ver el subsidio y el copago."));
  } else {
    guarded(this, [&] {
      const auto estimate = services::estimate_new_at(ctx_.ws().context(), ctx_.actor, *id, *costo);
      const SubsidyDecision& d = estimate.decision;
      percentage_->SetLabel(to_wx(format_bp(d.center_bp)));
      amounts_->SetLabel(wxString::Format(_("Subsidio %s · copago de la empresa %s"),
                                          to_wx(format_money(d.subsidio)),
                                          to_wx(format_money(d.copago))));
      why_->SetLabel(to_wx(explain(d)));
      if (estimate.budget_warning) warning_->SetLabel(to_wx(*estimate.budget_warning));
    });
  }
  Layout();
}

std::optional<TechnicalAssistance> AtRequestDialog::submit(bool send) {
  std::optional<TechnicalAssistance> at;
  guarded(this, [&] {
    std::vector<std::string> problems;
    services::AtDraft d;
    if (const auto& row = enterprise_->chosen())
      d.empresa_codigo = row->codigo;
    else
      problems.push_back(
          to_utf8(_("empresa: escriba el código o el nombre y elija una de la "
                    "lista.")));
    const auto costo = typed_money(ctx_, field_text(costo_->GetValue()));
    if (!costo)
      problems.push_back(to_utf8(_("costo total: escriba el monto en dólares, p. ej. 1250.00.")));
    if (!problems.empty()) throw ValidationFailed(problems);
    d.descripcion = field_text(descripcion_->GetValue());
    d.especialidad = field_text(especialidad_->GetValue());
    d.proveedor = field_text(proveedor_->GetValue());
    d.costo_total = *costo;
    auto service = ctx_.ws().assistances();
    at = send ? service.request_new(ctx_.actor, d) : service.draft(ctx_.actor, d);
  });
  if (!at) return at;
  created_ = at;
  if (IsModal()) EndModal(wxID_OK);
  return at;
}

}  // namespace cdmype::ui
