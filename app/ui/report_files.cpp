// The same steps as `cdmype-cli report monthly`: figures once, then each format from them.
#include "ui/report_files.hpp"

#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "report/report_pdf.hpp"
#include "report/report_xlsx.hpp"
#include "ui/i18n.hpp"

namespace cdmype::ui {

ReportFiles write_report_files(services::Workspace& ws, const Actor& actor, const YearMonth& month,
                               const std::filesystem::path& folder,
                               const ReportProgress& progress) {
  ReportFiles out;
  const std::string base = "informe-" + month.to_string();
  std::filesystem::create_directories(folder);
  if (!progress(0.05, _("Calculando las cifras del mes…"))) return out;
  const auto figures = report::compute_monthly_figures(ws, actor, month, report::generated_now());
  if (!progress(0.5, _("Escribiendo el PDF…"))) return out;
  out.pdf = folder / (base + ".pdf");
  report::write_monthly_pdf(figures, out.pdf);
  if (!progress(0.75, _("Escribiendo el JSON…"))) return out;
  out.json = folder / (base + ".json");
  report::write_monthly_json(figures, out.json);
  if (report::xlsx_available()) {
    if (!progress(0.85, _("Escribiendo la hoja de cálculo…"))) return out;
    out.xlsx = folder / (base + ".xlsx");
    report::write_monthly_xlsx(figures, out.xlsx);
  }
  progress(1.0, _("Listo."));
  return out;
}

YearMonth previous_month(const Date& day) {
  const int month = static_cast<int>(day.month());
  return month == 1 ? YearMonth{day.year() - 1, 12} : YearMonth{day.year(), month - 1};
}

}  // namespace cdmype::ui
