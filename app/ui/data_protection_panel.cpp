// The data-protection registers on three tabs, every change through the rights, breach and person
// services; the processing register through report/processing_register_pdf.
#include "ui/data_protection_panel.hpp"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "report/file_output.hpp"
#include "report/monthly_report.hpp"
#include "report/processing_register_pdf.hpp"
#include "ui/breach_dialog.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/reason_dialog.hpp"
#include "ui/rights_request_dialog.hpp"
#include "ui/save_pdf.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

// A tab: its buttons above its table.
wxPanel* make_tab(wxNotebook* book, TextTable*& table, const std::vector<TableColumn>& columns,
                  const wxString& empty, const wxString& name,
                  std::initializer_list<wxButton**> buttons,
                  std::initializer_list<wxString> labels) {
  auto* page = new wxPanel(book);
  table = new TextTable(page, columns, empty);
  table->SetName(name);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  auto label = labels.begin();
  for (wxButton** b : buttons) {
    *b = new wxButton(page, wxID_ANY, *label++);
    row->Add(*b, 0, wxRIGHT, 6);
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(row, 0, wxALL, 8);
  sizer->Add(table, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  page->SetSizer(sizer);
  return page;
}

wxString notice_text(const std::optional<Moment>& when) {
  return when ? to_wx(local_minute_text(*when)) : wxString::FromUTF8("—");
}

}  // namespace

DataProtectionPanel::DataProtectionPanel(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx) {
  auto* heading = make_heading(this, _("Protección de datos personales"));
  register_ = new wxButton(this, wxID_ANY, _("Registro de actividades de &tratamiento (PDF)…"));
  register_->SetToolTip(
      _("Finalidades, personas, datos, destinatarios, conservación y "
        "seguridad, con las cifras de hoy"));
  notebook_ = new wxNotebook(this, wxID_ANY);
  notebook_->AddPage(make_tab(notebook_, requests_,
                              {{_("N.º"), 50},
                               {_("Derecho"), 110},
                               {_("Persona"), 220},
                               {_("Recibida"), 90},
                               {_("Vence"), 90},
                               {_("Estado"), 220}},
                              _("No hay solicitudes de derechos registradas."), _("Solicitudes"),
                              {&add_request_, &extend_, &answer_},
                              {_("&Registrar solicitud…"), _("&Prorrogar…"), _("R&esponder…")}),
                     _("Solicitudes de derechos"));
  notebook_->AddPage(
      make_tab(notebook_, breaches_,
               {{_("N.º"), 50},
                {_("Detectada"), 130},
                {_("Qué pasó"), 260},
                {_("Personas"), 70},
                {_("Plazo de 72 horas"), 260},
                {_("ACE"), 120},
                {_("Fiscalía"), 120},
                {_("Personas avisadas"), 120}},
               _("No hay brechas registradas."), _("Brechas"), {&add_breach_, &notify_},
               {_("Registrar &brecha…"), _("Registrar &aviso…")}),
      _("Brechas de seguridad"));
  notebook_->AddPage(make_tab(notebook_, retention_,
                              {{_("Código"), 110},
                               {_("Empresa"), 280},
                               {_("Estado"), 90},
                               {_("Última actividad"), 110}},
                              _("Ningún expediente cumplió el plazo de conservación."),
                              _("Conservación"), {&keep_}, {_("&Conservar con un motivo…")}),
                     _("Conservación"));

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(heading, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(register_, 0, wxALIGN_CENTER_VERTICAL);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(top, 0, wxEXPAND | wxALL, 12);
  sizer->Add(notebook_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(sizer);

  add_request_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_request(); });
  extend_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { extend_selected_request(); });
  answer_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { answer_selected_request(); });
  add_breach_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_breach(); });
  notify_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { notify_selected_breach(); });
  keep_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { keep_selected_file(); });
  register_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_register(); });
  for (TextTable* t : {requests_, breaches_, retention_}) {
    t->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
    t->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
  }
}

void DataProtectionPanel::reload() {
  const Date today = ctx_.ws().context().today();
  request_rows_ = ctx_.ws().rights().all(ctx_.actor);
  std::vector<TextTable::Row> rows;
  for (const auto& r : request_rows_) {
    wxString state = r.estado == RequestState::Respondida
                         ? _("Respondida el ") + to_wx(to_display(*r.respondida))
                         : (is_overdue(r, today) ? _("VENCIDA, sin responder") : _("Abierta"));
    if (r.extended()) state += _(" · prorrogada");
    rows.push_back({to_wx(std::to_string(r.id)), to_wx(data_right_label(r.derecho)),
                    to_wx(r.persona_nombre), to_wx(to_display(r.recibida)),
                    to_wx(to_display(r.vence)), state});
  }
  requests_->set_rows(std::move(rows));

  breach_rows_ = ctx_.ws().breaches().all(ctx_.actor);
  const Moment now = ctx_.ws().breaches().now();
  rows.clear();
  for (const auto& b : breach_rows_)
    rows.push_back({to_wx(std::to_string(b.id)), to_wx(local_minute_text(b.detectada)),
                    to_wx(b.descripcion), to_wx(std::to_string(b.personas)),
                    to_wx(breach_clock_text(b, now)), notice_text(b.notificada_ace),
                    notice_text(b.notificada_fiscalia), notice_text(b.notificadas_personas)});
  breaches_->set_rows(std::move(rows));

  retention_rows_ = ctx_.ws().persons().retention_review(ctx_.actor);
  rows.clear();
  for (const auto& c : retention_rows_)
    rows.push_back(
        {to_wx(c.codigo), to_wx(c.nombre), to_wx(c.estado), to_wx(to_display(c.last_activity))});
  retention_->set_rows(std::move(rows));
  update_buttons();
}

void DataProtectionPanel::update_buttons() {
  const long r = requests_->selected_row();
  const bool open = r >= 0 && request_rows_[static_cast<size_t>(r)].estado == RequestState::Abierta;
  extend_->Enable(open && !request_rows_[static_cast<size_t>(r)].extended());
  answer_->Enable(open);
  const long b = breaches_->selected_row();
  notify_->Enable(b >= 0 && !breach_rows_[static_cast<size_t>(b)].fully_notified());
  keep_->Enable(retention_->selected_row() >= 0);
}

void DataProtectionPanel::add_request() {
  RightsRequestDialog dialog(this, ctx_);
  if (dialog.ShowModal() == wxID_OK) guarded(this, [this] { reload(); });
}

void DataProtectionPanel::extend_selected_request() {
  const long r = requests_->selected_row();
  if (r < 0) return;
  ReasonDialog dialog(this, _("Prorrogar la solicitud"),
                      _("Motivo de la prórroga (20 días hábiles más, una sola vez):"), true);
  if (dialog.ShowModal() != wxID_OK) return;
  guarded(this, [&] {
    ctx_.ws().rights().extend(ctx_.actor, request_rows_[static_cast<size_t>(r)].id,
                              to_utf8(dialog.reason()));
    reload();
  });
}

void DataProtectionPanel::answer_selected_request() {
  const long r = requests_->selected_row();
  if (r < 0) return;
  ReasonDialog dialog(this, _("Responder la solicitud"),
                      _("Respuesta dada a la persona (qué se le entregó o qué se hizo):"), true);
  if (dialog.ShowModal() != wxID_OK) return;
  guarded(this, [&] {
    ctx_.ws().rights().answer(ctx_.actor, request_rows_[static_cast<size_t>(r)].id,
                              to_utf8(dialog.reason()));
    reload();
  });
}

void DataProtectionPanel::add_breach() {
  BreachDialog dialog(this, ctx_);
  if (dialog.ShowModal() == wxID_OK) guarded(this, [this] { reload(); });
}

void DataProtectionPanel::notify_selected_breach() {
  const long b = breaches_->selected_row();
  if (b < 0) return;
  const DataBreach& breach = breach_rows_[static_cast<size_t>(b)];
  std::vector<BreachRecipient> pending;
  wxArrayString labels;
  for (auto to : {BreachRecipient::Ace, BreachRecipient::Fiscalia, BreachRecipient::Personas})
    if (!breach.notice(to)) {
      pending.push_back(to);
      labels.Add(to_wx(breach_recipient_label(to)));
    }
  if (pending.empty()) return;
  const int pick =
      wxGetSingleChoiceIndex(_("¿A quién se avisó ahora?"), _("Registrar aviso"), labels, 0, this);
  if (pick < 0) return;
  guarded(this, [&] {
    ctx_.ws().breaches().notify(ctx_.actor, breach.id, pending[static_cast<size_t>(pick)],
                                ctx_.ws().breaches().now());
    reload();
  });
}

void DataProtectionPanel::keep_selected_file() {
  const long r = retention_->selected_row();
  if (r < 0) return;
  ReasonDialog dialog(this, _("Conservar el expediente"),
                      _("Motivo para conservarlo otro periodo (p. ej., un crédito en curso):"),
                      true);
  if (dialog.ShowModal() != wxID_OK) return;
  guarded(this, [&] {
    ctx_.ws().persons().keep_file(ctx_.actor, retention_rows_[static_cast<size_t>(r)].codigo,
                                  to_utf8(dialog.reason()));
    reload();
  });
}

void DataProtectionPanel::write_register(const std::filesystem::path& path) {
  report::write_file_atomically(
      path,
      report::processing_register_pdf(ctx_.ws().processing_register().gather(ctx_.actor),
                                      report::paper_of(ctx_.ws().center().settings().paper_size)));
}

void DataProtectionPanel::save_register() {
  save_and_open_pdf(this, _("Guardar el registro de actividades de tratamiento"),
                    wxString::FromUTF8("registro-de-tratamiento.pdf"),
                    [this](const std::filesystem::path& path) { write_register(path); });
}

}  // namespace cdmype::ui
