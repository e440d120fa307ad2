// The consent tab: boxes from core's scopes, records through ConsentService, the form from
// report/consent_form_pdf.
#include "ui/enterprise_consent_page.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choicdlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/errors.hpp"
#include "report/consent_form_pdf.hpp"
#include "report/file_output.hpp"
#include "report/monthly_report.hpp"
#include "ui/date_field.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/reason_dialog.hpp"
#include "ui/save_pdf.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

EnterpriseConsentPage::EnterpriseConsentPage(wxWindow* parent, DeskContext& ctx)
    : wxPanel(parent), ctx_(ctx) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  state_ = new wxStaticText(this, wxID_ANY, wxString());
  state_->SetFont(state_->GetFont().Bold());
  sizer->Add(state_, 0, wxLEFT | wxRIGHT | wxTOP, 12);
  auto* intro = new wxStaticText(
      this, wxID_ANY,
      _("Marque lo que la persona autorizó en el formulario firmado. La atención y el "
        "expediente son necesarios; lo demás es voluntario y se puede retirar."));
  intro->Wrap(FromDIP(640));
  sizer->Add(intro, 0, wxALL, 12);
  for (auto s : kConsentScopes) {
    auto* box = new wxCheckBox(this, wxID_ANY, to_wx(consent_scope_label(s)));
    box->SetToolTip(to_wx(consent_scope_text(s)));
    box->SetName(to_wx(consent_scope_code(s)));
    boxes_[static_cast<size_t>(s)] = box;
    sizer->Add(box, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
  }
  auto* date_row = new wxBoxSizer(wxHORIZONTAL);
  date_row->Add(new wxStaticText(this, wxID_ANY, _("Fecha de la firma:")), 0,
                wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  fecha_ = new DateField(this);
  date_row->Add(fecha_, 0);
  sizer->Add(date_row, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  form_ = new wxButton(this, wxID_ANY, _("&Imprimir formulario…"));
  form_->SetToolTip(_("El formulario de consentimiento en PDF, para que la persona lo firme"));
  record_ = new wxButton(this, wxID_ANY, _("Registrar el &consentimiento"));
  record_->SetToolTip(_("Guarda lo marcado como un registro nuevo (otorga o retira)"));
  restrict_ = new wxButton(this, wxID_ANY, _("&Oposición o limitación…"));
  buttons->Add(form_, 0, wxRIGHT, 6);
  buttons->Add(record_, 0, wxRIGHT, 6);
  buttons->Add(restrict_, 0);
  sizer->Add(buttons, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);

  records_ = new TextTable(
      this, {{_("Fecha"), 90}, {_("Registro"), 130}, {_("Alcances"), 320}, {_("Por"), 100}},
      _("Consentimiento no registrado."));
  records_->SetName(_("Registros de consentimiento"));
  sizer->Add(records_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(sizer);

  form_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { print_form(); });
  record_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { record_change(); });
  restrict_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { toggle_restriction(); });
}

void EnterpriseConsentPage::load(const Enterprise& file) {
  file_ = file;
  std::vector<ConsentRecord> history;
  if (file.meta.id != 0) history = ctx_.ws().consents().history(ctx_.actor, titular_of(file.meta.id));
  state_now_ = consent_state(history);
  for (auto s : kConsentScopes) scope_box(s)->SetValue(state_now_.granted.has(s));
  fecha_->set_date(ctx_.ws().context().today());
  std::vector<TextTable::Row> rows;
  for (const auto& r : history) {
    std::string scopes = r.scopes.labels();
    if (!r.motivo.empty()) scopes += (scopes.empty() ? "" : " · ") + r.motivo;
    rows.push_back({to_wx(to_display(r.fecha)), to_wx(consent_action_label(r.accion)),
                    to_wx(scopes), to_wx(r.registrado_por)});
  }
  records_->set_rows(std::move(rows));
  const bool stored = file.meta.id != 0;
  const bool edit = ctx_.may(Action::EditEnterprise);
  record_->Show(stored && edit);
  records_->Show(stored);
  restrict_->Show(stored && ctx_.may(Action::ManageDataProtection));
  for (auto* box : boxes_) box->Enable(edit);
  show_state();
  Layout();
}

void EnterpriseConsentPage::show_state() {
  wxString text;
  if (file_.meta.id == 0)
    text = _("Consentimiento de la persona titular: se guarda con el expediente.");
  else if (!state_now_.registered)
    text =
        _("Consentimiento no registrado: imprima el formulario, pídale a la persona que lo "
          "firme y marque lo que autorizó.");
  else
    text = _("Consentimiento registrado.");
  // Imported history keeps sensitive data until the consent is regularized (the page gets the
  // file as its reader may see it, so only the director and its asesor read this).
  if (file_.meta.id != 0 && !state_now_.registered &&
      (file_.titular.discapacidad || file_.titular.retornado))
    text += wxString::FromUTF8(" ") +
            _("Tiene datos sensibles de la historia importada: marque «Datos sensibles» si la "
              "persona lo autoriza expresamente.");
  if (state_now_.oposicion)
    text += wxString::FromUTF8(" ") + _("La persona se opuso al tratamiento: fuera de encuestas, "
                                        "comunicaciones y exportaciones identificadas.");
  else if (state_now_.limitacion)
    text += wxString::FromUTF8(" ") + _("Tratamiento limitado: fuera de encuestas, comunicaciones "
                                        "y exportaciones identificadas.");
  state_->SetLabel(text);
  state_->Wrap(FromDIP(640));
  restrict_->SetLabel(state_now_.restricted() ? _("&Levantar la oposición o limitación…")
                                              : _("&Oposición o limitación…"));
}

std::optional<ConsentRecord> EnterpriseConsentPage::collect_grant(
    std::vector<wxString>& problems) const {
  ConsentRecord r;
  r.accion = ConsentAction::Otorga;
  for (auto s : kConsentScopes)
    if (scope_box(s)->GetValue()) r.scopes.add(s);
  if (!r.scopes.has(ConsentScope::Atencion))
    problems.push_back(
        _("Consentimiento: la persona debe autorizar la atención y el expediente "
          "para abrirlo (pestaña Consentimiento)."));
  if (const auto d = fecha_->date())
    r.fecha = *d;
  else
    problems.push_back(_("Consentimiento: falta la fecha de la firma."));
  r.texto_version = std::string(kConsentTextVersion);
  return r;
}

bool EnterpriseConsentPage::record_change() {
  if (file_.meta.id == 0) return false;
  bool stored = false;
  guarded(this, [&] {
    ConsentScopes ticked, added, removed;
    for (auto s : kConsentScopes) {
      const bool on = scope_box(s)->GetValue();
      if (on) ticked.add(s);
      if (on && !state_now_.granted.has(s)) added.add(s);
      if (!on && state_now_.granted.has(s)) removed.add(s);
    }
    ConsentRecord r;
    const auto d = fecha_->date();
    if (!d) throw UserError("Falta la fecha de la firma.");
    r.fecha = *d;
    if (!state_now_.registered || !added.empty()) {
      r.accion = ConsentAction::Otorga;
      r.scopes = ticked;
    } else if (!removed.empty()) {
      r.accion = ConsentAction::Retira;
      r.scopes = removed;
    } else {
      throw UserError("No hay cambios: marque o desmarque lo que la persona autorizó o retiró.");
    }
    ctx_.ws().consents().record(ctx_.actor, file_.codigo, r);
    stored = true;
  });
  if (stored) {
    if (auto now = ctx_.ws().enterprises().get(ctx_.actor, file_.meta.id)) file_ = *now;
    load(file_);
    if (on_recorded_) on_recorded_();
  }
  return stored;
}

void EnterpriseConsentPage::write_form(const Enterprise& draft,
                                       const std::filesystem::path& path) const {
  auto consents = ctx_.ws().consents();
  const ConsentForm form = draft.meta.id != 0 && draft.codigo == file_.codigo
                               ? consents.form(ctx_.actor, draft.codigo)
                               : consents.form_for_draft(ctx_.actor, draft);
  const auto bytes =
      report::consent_form_pdf(form, report::paper_of(ctx_.ws().center().settings().paper_size));
  report::write_file_atomically(path, bytes);
}

void EnterpriseConsentPage::print_form() {
  const Enterprise draft = draft_ ? draft_() : file_;
  save_and_open_pdf(this, _("Guardar el formulario de consentimiento"),
                    to_wx("consentimiento" +
                          (draft.codigo.empty() ? std::string() : "-" + draft.codigo) + ".pdf"),
                    [&](const std::filesystem::path& path) { write_form(draft, path); });
}

void EnterpriseConsentPage::toggle_restriction() {
  if (file_.meta.id == 0) return;
  const bool lifting = state_now_.restricted();
  ConsentAction action = ConsentAction::Levanta;
  if (!lifting) {
    wxArrayString choices;
    choices.Add(_("Oposición: la persona se opone al tratamiento"));
    choices.Add(_("Limitación: tratamiento limitado mientras se resuelve su solicitud"));
    const int pick = wxGetSingleChoiceIndex(_("¿Qué pidió la persona?"),
                                            _("Oposición o limitación"), choices, 0, this);
    if (pick < 0) return;
    action = pick == 0 ? ConsentAction::Oposicion : ConsentAction::Limitacion;
  }
  ReasonDialog reason(
      this, lifting ? _("Levantar la oposición o limitación") : _("Oposición o limitación"),
      _("Motivo (la solicitud de la persona):"), true);
  if (reason.ShowModal() != wxID_OK) return;
  bool stored = false;
  guarded(this, [&] {
    ConsentRecord r;
    r.accion = action;
    r.fecha = ctx_.ws().context().today();
    r.motivo = to_utf8(reason.reason());
    ctx_.ws().consents().record(ctx_.actor, file_.codigo, r);
    stored = true;
  });
  if (stored) {
    load(file_);
    if (on_recorded_) on_recorded_();
  }
}

}  // namespace cdmype::ui
