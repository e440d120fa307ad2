// Informes: the files are written by ui/report_files; issuing goes through
// report::issue_monthly_report.
#include "ui/reports_panel.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/gauge.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "report/report_format.hpp"
#include "report/report_issue.hpp"
#include "services/issued_report_service.hpp"
#include "store/clock.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/report_job.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

constexpr int kMonthsOffered = 24;

std::filesystem::path default_folder() {
  return std::filesystem::path(to_utf8(wxStandardPaths::Get().GetDocumentsDir())) /
         "Informes CDMYPE";
}

// "03/11/2026 10:15" in local time; the stored text when unreadable.
wxString issued_when(const store::IssuedReport& r) {
  const auto t = store::parse_iso_utc(r.issued_at);
  return to_wx(t ? report::format_generated(report::generated_at(*t)) : r.issued_at);
}

bool launch(const std::filesystem::path& file) {
  return wxLaunchDefaultApplication(to_wx(file.string()));
}

}  // namespace

ReportsPanel::ReportsPanel(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx), folder_(default_folder()), opener_(launch) {
  month_ = new wxChoice(this, wxID_ANY);
  month_->SetName(_("Mes del informe"));
  month_->SetToolTip(_("El mes que cubre el informe; por omisión, el mes anterior"));
  YearMonth m = previous_month(today());
  for (int i = 0; i < kMonthsOffered; ++i) {
    months_.push_back(m);
    month_->Append(to_wx(report::month_title(m)));
    m = previous_month(m.first_day());
  }
  month_->SetSelection(0);
  generate_ = new wxButton(this, wxID_ANY, _("&Generar informe"));
  generate_->SetToolTip(
      _("Calcula las cifras del mes y escribe el PDF, el JSON y la hoja de "
        "cálculo (Ctrl+G)"));
  open_ = new wxButton(this, wxID_ANY, _("&Abrir PDF"));
  open_->SetToolTip(_("Abre el PDF generado con el visor del sistema"));
  save_ = new wxButton(this, wxID_ANY, _("G&uardar como…"));
  save_->SetToolTip(_("Guarda una copia del PDF en otra carpeta"));
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(new wxStaticText(this, wxID_ANY, _("&Mes:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  row->Add(month_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  row->Add(generate_, 0, wxRIGHT, 6);
  row->Add(open_, 0, wxRIGHT, 6);
  row->Add(save_, 0, wxRIGHT, 6);
  if (ctx_.may(Action::IssueReport)) {
    issue_ = new wxButton(this, wxID_ANY, _("&Emitir…"));
    issue_->SetToolTip(
        _("Guarda el informe del mes como emitido (JSON y PDF con su huella); "
          "solo meses ya terminados"));
    row->Add(issue_, 0);
    issue_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { issue(); });
  }
  status_ = new wxStaticText(this, wxID_ANY, wxString());
  progress_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(320, -1)));
  progress_->SetName(_("Avance del informe"));
  cancel_ = new wxButton(this, wxID_ANY, _("&Detener"));
  cancel_->SetToolTip(_("Detener la generación antes del siguiente paso"));
  auto* progress_row = new wxBoxSizer(wxHORIZONTAL);
  progress_row->Add(progress_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  progress_row->Add(cancel_, 0, wxALIGN_CENTER_VERTICAL);
  progress_->Hide();
  cancel_->Hide();
  issued_ = new TextTable(this,
                          {{_("Mes"), 160},
                           {_("Versión"), 80},
                           {_("Emitido"), 200},
                           {_("Por"), 160},
                           {_("Huella SHA-256 del PDF"), 300}},
                          _("Todavía no se ha emitido ningún informe."));
  issued_->SetName(_("Informes emitidos"));
  remember_columns(issued_, wxString::FromUTF8("issued_reports"));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Informe mensual para CONAMYPE")), 0, wxALL, 8);
  sizer->Add(row, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(progress_row, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(status_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(make_heading(this, _("Informes emitidos")), 0, wxALL, 8);
  sizer->Add(issued_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);

  generate_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { generate(); });
  open_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_pdf(); });
  save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_as(); });
  cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancel_generation(); });
  month_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_buttons(); });
  const int generate_id = wxWindow::NewControlId();
  wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, 'G', generate_id}};
  SetAcceleratorTable(wxAcceleratorTable(1, keys));
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { generate(); }, generate_id);
  update_buttons();
}

// The worker must be stopped and joined before the controls it reports to go away.
ReportsPanel::~ReportsPanel() { job_.reset(); }

void ReportsPanel::reload() {
  std::vector<TextTable::Row> rows;
  for (const auto& r : ctx_.ws().issued_reports().list(ctx_.actor)) {
    const auto ym = parse_year_month(r.periodo);
    rows.push_back({ym ? to_wx(report::month_title(*ym)) : to_wx(r.periodo),
                    wxString::Format(wxString::FromUTF8("%d"), r.version), issued_when(r),
                    to_wx(r.issued_by_username), to_wx(r.sha256)});
  }
  issued_->set_rows(std::move(rows));
  update_buttons();
}

YearMonth ReportsPanel::month() const {
  const int i = month_->GetSelection();
  return i >= 0 && i < static_cast<int>(months_.size()) ? months_[static_cast<size_t>(i)]
                                                        : months_.front();
}

bool ReportsPanel::select_month(const YearMonth& month) {
  for (size_t i = 0; i < months_.size(); ++i) {
    if (!(months_[i] == month)) continue;
    month_->SetSelection(static_cast<int>(i));
    update_buttons();
    return true;
  }
  return false;
}

void ReportsPanel::update_buttons() {
  const bool busy = generating();
  const bool ready = !busy && !files_.pdf.empty() && files_month_ == month();
  open_->Enable(ready);
  save_->Enable(ready);
  generate_->Enable(!busy);
  month_->Enable(!busy);
  if (issue_) issue_->Enable(!busy);  // issuing computes the same figures: one at a time
  progress_->Show(busy);
  cancel_->Show(busy);
  Layout();
}

bool ReportsPanel::generate() {
  if (generating()) return false;
  const YearMonth m = month();
  progress_->Pulse();  // moving until the first step reports how far it is
  status_->SetLabel(_("Preparando…"));
  job_ = std::make_unique<ReportJob>(
      ctx_.source, ctx_.actor, m, folder_,
      [this](double done, const wxString& next) {
        progress_->SetValue(static_cast<int>(done * 100));
        status_->SetLabel(next);
      },
      [this, m](const ReportOutcome& outcome) { on_generated(m, outcome); }, worker_hook_);
  update_buttons();
  return true;
}

bool ReportsPanel::generating() const { return job_ && job_->running(); }

void ReportsPanel::cancel_generation() {
  if (!generating()) return;
  job_->cancel();
  status_->SetLabel(_("Deteniendo…"));
}

void ReportsPanel::on_generated(const YearMonth& m, const ReportOutcome& outcome) {
  update_buttons();
  if (!outcome.error.empty()) {
    status_->SetLabel(wxString());
    show_error(this, to_wx(outcome.error));
    return;
  }
  if (outcome.stopped) {
    status_->SetLabel(_("Generación detenida."));
    return;
  }
  files_ = outcome.files;
  files_month_ = m;
  wxString list = to_wx(files_.pdf.filename().string()) + wxString::FromUTF8(", ") +
                  to_wx(files_.json.filename().string());
  if (!files_.xlsx.empty())
    list += wxString::FromUTF8(", ") + to_wx(files_.xlsx.filename().string());
  status_->SetLabel(wxString::Format(_("Informe de %s listo en %s: %s."),
                                     to_wx(report::month_title(m)), to_wx(folder_.string()), list));
  update_buttons();
}

void ReportsPanel::open_pdf() {
  if (files_.pdf.empty()) return;
  if (!opener_(files_.pdf))
    show_error(this, wxString::Format(_("No se encontró un visor de PDF para abrir %s."),
                                      to_wx(files_.pdf.string())));
}

void ReportsPanel::save_as() {
  if (files_.pdf.empty()) return;
  wxFileDialog chooser(this, _("Guardar el informe como"), wxStandardPaths::Get().GetDocumentsDir(),
                       to_wx(files_.pdf.filename().string()), _("Documento PDF (*.pdf)|*.pdf"),
                       wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (chooser.ShowModal() != wxID_OK) return;
  guarded(this, [&] {
    std::filesystem::copy_file(files_.pdf, std::filesystem::path(to_utf8(chooser.GetPath())),
                               std::filesystem::copy_options::overwrite_existing);
  });
}

void ReportsPanel::issue() {
  if (generating()) return;
  const YearMonth m = month();
  bool issued = false;
  guarded(this, [&] {
    try {
      report::issue_monthly_report(ctx_.ws(), ctx_.actor, m, false);
      issued = true;
    } catch (const services::ReportAlreadyIssued& e) {
      const int answer = wxMessageBox(
          to_wx(e.what()) + _("\n\n¿Emitirlo de nuevo con las cifras de hoy (nueva versión)?"),
          _("Informe ya emitido"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this);
      if (answer != wxYES) return;
      report::issue_monthly_report(ctx_.ws(), ctx_.actor, m, true);
      issued = true;
    }
  });
  if (!issued) return;
  status_->SetLabel(wxString::Format(_("Informe de %s emitido."), to_wx(report::month_title(m))));
  guarded(this, [this] { reload(); });
}

}  // namespace cdmype::ui
