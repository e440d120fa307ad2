// Editor assembly and the save path (create or version-checked update).
#include "ui/enterprise_dialog.hpp"

#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/errors.hpp"
#include "core/sensitive_data.hpp"
#include "ui/desk_context.hpp"
#include "ui/forget_person_action.hpp"
#include "ui/person_export_action.hpp"
#include "ui/enterprise_consent_page.hpp"
#include "ui/enterprise_data_page.hpp"
#include "ui/enterprise_history_page.hpp"
#include "ui/enterprise_at_page.hpp"
#include "ui/enterprise_results_page.hpp"
#include "ui/enterprise_sessions_page.hpp"
#include "ui/enterprise_titular_page.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

EnterpriseDialog::EnterpriseDialog(wxWindow* parent, DeskContext& ctx,
                                   std::optional<std::int64_t> id, std::optional<Enterprise> draft)
    : wxDialog(parent, wxID_ANY, id ? _("Expediente de empresa") : _("Nueva empresa"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      ctx_(ctx),
      editable_(ctx.may(Action::EditEnterprise)) {
  if (id) {
    auto found = ctx_.ws().enterprises().get(ctx_.actor, *id);
    if (!found) throw UserError("El expediente ya no existe; actualice la lista (F5).");
    record_ = std::move(*found);
  } else {
    record_ = draft ? std::move(*draft) : new_record();
  }

  heading_ = make_heading(this, wxString());
  notebook_ = new wxNotebook(this, wxID_ANY);
  data_ = new EnterpriseDataPage(notebook_, ctx_);
  titular_ = new EnterpriseTitularPage(notebook_);
  notebook_->AddPage(data_, _("Datos"));
  notebook_->AddPage(titular_, _("Titular y socias/socios"));
  consent_ = new EnterpriseConsentPage(notebook_, ctx_);
  consent_->set_draft_source([this] {
    Enterprise e = record_;
    data_->collect(e);
    titular_->collect(e);
    return e;
  });
  consent_->set_on_recorded([this] { show_heading(); });
  notebook_->AddPage(consent_, _("Consentimiento"));
  if (record_.meta.id != 0) {
    sessions_ = new EnterpriseSessionsPage(notebook_, ctx_);
    notebook_->AddPage(sessions_, _("Sesiones"));
    if (ctx_.may(Action::ViewAt)) {
      assistances_ = new EnterpriseAtPage(notebook_, ctx_);
      notebook_->AddPage(assistances_, _("Asistencias técnicas"));
    }
    results_ = new EnterpriseResultsPage(notebook_, ctx_);
    notebook_->AddPage(results_, _("Resultados"));
    if (ctx_.may(Action::ViewAudit)) {
      history_ = new EnterpriseHistoryPage(notebook_, ctx_);
      notebook_->AddPage(history_, _("Historial"));
    }
  }

  auto* buttons = new wxStdDialogButtonSizer();
  save_button_ = new wxButton(this, wxID_OK, _("&Guardar"));
  save_button_->SetDefault();
  save_button_->Enable(editable_);
  buttons->AddButton(save_button_);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, editable_ ? _("Cancelar") : _("Cerrar")));
  buttons->Realize();
  auto* button_row = new wxBoxSizer(wxHORIZONTAL);
  if (record_.meta.id != 0 && !record_.titular.dui.empty() &&
      ctx_.may(Action::ExportPersonData)) {
    export_button_ = new wxButton(this, wxID_ANY, _("&Datos de la persona…"));
    export_button_->SetToolTip(_("Todo lo que el centro guarda de la persona titular, en JSON y "
                                 "PDF (derecho de acceso y portabilidad)"));
    button_row->Add(export_button_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  }
  if (record_.meta.id != 0 && !record_.titular.dui.empty() && ctx_.may(Action::ForgetPerson)) {
    forget_button_ = new wxButton(this, wxID_ANY, _("&Olvidar a la persona…"));
    forget_button_->SetName(wxString::FromUTF8("forget_person_button"));
    button_row->Add(forget_button_, 0, wxALIGN_CENTER_VERTICAL);
  }
  button_row->AddStretchSpacer();
  button_row->Add(buttons, 0, wxALIGN_CENTER_VERTICAL);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(heading_, 0, wxALL, 12);
  sizer->Add(notebook_, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
  sizer->Add(button_row, 0, wxEXPAND | wxALL, 12);
  SetSizer(sizer);

  show_record();
  if (sessions_) sessions_->load(record_.meta.id);
  if (assistances_) assistances_->load(record_.meta.id);
  if (results_) results_->load(record_.meta.id);
  if (history_) history_->load(record_.meta.id);

  notebook_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
    refresh_derived();
    e.Skip();
  });
  if (export_button_)
    export_button_->Bind(wxEVT_BUTTON,
                         [this](wxCommandEvent&) { export_titular_from_file(this, ctx_, record_); });
  if (forget_button_)
    forget_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
      if (!forget_titular_from_file(this, ctx_, record_)) return;
      if (auto now = ctx_.ws().enterprises().get(ctx_.actor, record_.meta.id)) record_ = *now;
      saved_id_ = record_.meta.id;
      show_record();
      if (history_) history_->load(record_.meta.id);
      if (sessions_) sessions_->load(record_.meta.id);
      forget_button_->Disable();
      if (export_button_) export_button_->Disable();
    });
  save_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (!save()) return;
    if (IsModal()) {
      EndModal(wxID_OK);
    } else {
      SetReturnCode(wxID_OK);
      Hide();
    }
  });

  Fit();
  SetSize(GetSize().x < FromDIP(900) ? FromDIP(900) : GetSize().x,
          GetSize().y < FromDIP(600) ? FromDIP(600) : GetSize().y);
  SetMinSize(FromDIP(wxSize(760, 520)));
  CentreOnParent();
}

Enterprise EnterpriseDialog::new_record() const {
  Enterprise e;
  e.fecha_ingreso = today();
  e.estado = EstadoEmpresa::Activa;
  e.fuente = Fuente::Cdmype;
  if (ctx_.actor.role == Role::Asesor || ctx_.actor.role == Role::Director)
    e.asesor_id = ctx_.actor.user_id;
  return e;
}

void EnterpriseDialog::show_record() {
  wxString codigo = to_wx(record_.codigo);
  if (record_.meta.id == 0) {
    codigo = to_wx(ctx_.ws().enterprises().next_codigo(ctx_.actor, record_.fecha_ingreso.year())) +
             _(" (provisional)");
  }
  data_->show(record_, codigo);
  titular_->show(record_);
  titular_->set_sensitive_visible(may_see_sensitive(ctx_.actor, record_));
  consent_->load(record_);
  show_heading();
}

void EnterpriseDialog::show_heading() {
  wxString text = record_.meta.id == 0 ? _("Nueva empresa")
                                       : to_wx(record_.codigo) + wxString::FromUTF8(" — ") +
                                             to_wx(record_.nombre);
  // An objection or limitation is shown where everyone who opens the file sees it.
  if (consent_->state().restricted())
    text += wxString::FromUTF8(" · ") +
            _("Oposición o limitación: no contactar ni compartir sus datos");
  heading_->SetLabel(text);
}

void EnterpriseDialog::refresh_derived() {
  Enterprise e = record_;
  data_->collect(e);
  titular_->collect(e);
  titular_->show_derived(e);
}

bool EnterpriseDialog::save() {
  if (!editable_) return false;
  return guarded(this, [this] {
    Enterprise e = record_;
    auto problems = data_->collect(e);
    const auto more = titular_->collect(e);
    problems.insert(problems.end(), more.begin(), more.end());
    std::optional<ConsentRecord> grant;
    if (e.meta.id == 0) grant = consent_->collect_grant(problems);
    if (!problems.empty()) {
      std::vector<std::string> text;
      for (const auto& p : problems) text.push_back(to_utf8(p));
      throw ValidationFailed(text);
    }
    auto service = ctx_.ws().enterprises();
    if (e.meta.id != 0)
      record_ = service.update(ctx_.actor, e);
    else
      record_ = create_ ? create_(e, grant) : service.create(ctx_.actor, e, grant);
    saved_id_ = record_.meta.id;
    show_record();
  });
}

}  // namespace cdmype::ui
