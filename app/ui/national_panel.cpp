// The screen reads the files; checking and adding up are report/national_rollup's.
#include "ui/national_panel.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <algorithm>

#include "core/errors.hpp"
#include "report/file_output.hpp"
#include "report/monthly_report.hpp"
#include "report/national_pdf.hpp"
#include "report/report_format.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/report_files.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

constexpr int kMonthsOffered = 24;

TextTable::Row row_of(const std::string& name, const report::JsonValue& f) {
  return {to_wx(name),
          to_wx(report::format_count(f.integer_at({"empresas_atendidas", "total"}))),
          to_wx(report::format_count(f.integer_at({"sesiones", "total"}))),
          to_wx(report::format_hours(f.integer_at({"sesiones", "minutos"}))),
          to_wx(report::format_count(f.integer_at({"asistencias_tecnicas", "aprobadas"}))),
          to_wx(report::format_count(f.integer_at({"capacitaciones", "participantes_total"})))};
}

bool launch(const std::filesystem::path& file) {
  return wxLaunchDefaultApplication(to_wx(file.string()));
}

}  // namespace

NationalPanel::NationalPanel(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx), opener_(launch) {
  auto* grid = make_form_grid();
  folder_ = new wxDirPickerCtrl(this, wxID_ANY, wxString(), _("Carpeta de los paquetes"),
                                wxDefaultPosition, FromDIP(wxSize(420, -1)),
                                wxDIRP_USE_TEXTCTRL | wxDIRP_DIR_MUST_EXIST);
  add_form_row(grid, this, _("Carpeta de los &paquetes:"), folder_);
  keys_ = new wxFilePickerCtrl(this, wxID_ANY, wxString(), _("Lista de claves de los centros"),
                               _("CSV (*.csv)|*.csv|Todos los archivos|*"), wxDefaultPosition,
                               FromDIP(wxSize(420, -1)),
                               wxFLP_USE_TEXTCTRL | wxFLP_OPEN | wxFLP_FILE_MUST_EXIST);
  keys_->SetToolTip(_("CLAVES.csv: una línea «centro,clave_publica» por centro"));
  add_form_row(grid, this, _("Lista de &claves:"), keys_);
  month_ = new wxChoice(this, wxID_ANY);
  month_->SetName(_("Mes"));
  YearMonth m = previous_month(ctx_.ws().context().today());
  for (int i = 0; i < kMonthsOffered; ++i) {
    months_.push_back(m);
    month_->Append(to_wx(report::month_title(m)));
    m = previous_month(m.first_day());
  }
  month_->SetSelection(0);
  add_form_row(grid, this, _("&Mes:"), month_, {.fill = false});

  consolidate_ = new wxButton(this, wxID_ANY, _("C&onsolidar"));
  open_ = new wxButton(this, wxID_ANY, _("&Abrir el PDF"));
  open_->Disable();
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(consolidate_, 0, wxRIGHT, 6);
  buttons->Add(open_, 0);
  status_ = new wxStaticText(this, wxID_ANY, _("Elija la carpeta, la lista de claves y el mes."));
  table_ = new TextTable(this,
                         {{_("Centro"), 260},
                          {_("Empresas"), 90},
                          {_("Sesiones"), 90},
                          {_("Horas"), 90},
                          {_("AT aprobadas"), 100},
                          {_("Capacitados"), 100}},
                         _("Todavía no se ha consolidado."));
  table_->SetName(_("Consolidado por centro"));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Consolidado nacional de los CDMYPE")), 0, wxALL, 12);
  sizer->Add(grid, 0, wxLEFT | wxRIGHT, 12);
  sizer->Add(buttons, 0, wxALL, 12);
  sizer->Add(status_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(sizer);

  consolidate_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { consolidate(); });
  open_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_pdf(); });
  month_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    rollup_.reset();
    open_->Disable();
  });
}

YearMonth NationalPanel::month() const {
  const int i = month_->GetSelection();
  return i >= 0 && i < static_cast<int>(months_.size()) ? months_[static_cast<size_t>(i)]
                                                        : months_.front();
}

bool NationalPanel::select_month(const YearMonth& month) {
  for (size_t i = 0; i < months_.size(); ++i)
    if (months_[i] == month) {
      month_->SetSelection(static_cast<int>(i));
      return true;
    }
  return false;
}

void NationalPanel::set_folder(const std::filesystem::path& folder) {
  folder_->SetPath(to_wx(folder.string()));
}

void NationalPanel::set_keys(const std::filesystem::path& csv) {
  keys_->SetPath(to_wx(csv.string()));
}

bool NationalPanel::consolidate() {
  rollup_.reset();
  open_->Disable();
  status_->SetForegroundColour(GetForegroundColour());
  std::string refused;
  const bool ok = guarded(this, [&] {
    const std::filesystem::path folder(to_utf8(folder_->GetPath()));
    const std::filesystem::path keys_path(to_utf8(keys_->GetPath()));
    if (folder.empty() || !std::filesystem::is_directory(folder))
      throw UserError("Elija la carpeta donde guardó los paquetes de los centros.");
    if (keys_path.empty()) throw UserError("Elija la lista de claves de los centros (CLAVES.csv).");
    const auto keys =
        report::read_center_keys(report::read_input_file(keys_path, "la lista de claves"));
    std::vector<report::PackageFile> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
      if (entry.is_regular_file() && entry.path() != keys_path)
        files.push_back({entry.path().filename().string(),
                         report::read_input_file(entry.path(), "el archivo")});
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    const auto packages = report::packages_of_month(files, month());
    if (packages.empty())
      throw UserError("La carpeta no tiene paquetes de " + report::month_title(month()) + ".");
    try {
      rollup_ = report::consolidate(month(), keys, packages);
    } catch (const report::RollUpRefused& e) {
      refused = e.what();
    }
  });
  if (!refused.empty()) {
    status_->SetForegroundColour(wxColour(0xA0, 0x20, 0x20));
    status_->SetLabel(to_wx(refused));
    table_->set_rows({});
    Layout();
    return false;
  }
  if (!ok || !rollup_) return false;
  std::vector<TextTable::Row> rows;
  for (const auto& c : rollup_->centros)
    rows.push_back(row_of(c.prefijo + " · " + c.centro, c.mes));
  rows.push_back(row_of(to_utf8(_("Total nacional")), rollup_->total_mes));
  table_->set_rows(std::move(rows));
  wxString text = wxString::Format(
      _("%d centro(s) con paquete; %lld empresa(s) distintas entre "
        "todos (una empresa atendida por dos centros cuenta una vez)."),
      static_cast<int>(rollup_->centros.size()), static_cast<long long>(rollup_->distintas_mes));
  if (!rollup_->faltan.empty()) {
    wxString missing;
    for (const auto& p : rollup_->faltan)
      missing += (missing.empty() ? wxString() : wxString::FromUTF8(", ")) + to_wx(p);
    text += wxString::FromUTF8(" ") + wxString::Format(_("Sin paquete: %s."), missing);
  }
  status_->SetLabel(text);
  open_->Enable();
  Layout();
  return true;
}

void NationalPanel::open_pdf() {
  if (!rollup_) return;
  guarded(this, [&] {
    const std::filesystem::path folder(to_utf8(folder_->GetPath()));
    const std::string base = "consolidado-nacional-" + rollup_->periodo.to_string();
    const auto now = report::generated_now();
    report::write_file_atomically(folder / (base + ".json"), report::national_json(*rollup_, now));
    const auto pdf = folder / (base + ".pdf");
    report::write_file_atomically(pdf, report::national_pdf(*rollup_, now));
    opener_(pdf);
  });
}

}  // namespace cdmype::ui
