// The national model through the report's workbook writer.
#include "report/national_xlsx.hpp"

#include "report/national_model.hpp"
#include "report/report_format.hpp"
#include "report/report_xlsx.hpp"

namespace cdmype::report {

void write_national_xlsx(const NationalRollUp& r, const std::filesystem::path& path) {
  std::vector<std::string> heading{"Consolidado nacional de los CDMYPE — " + month_title(r.periodo),
                                   "CONAMYPE",
                                   std::to_string(r.centros.size()) + " centro(s) con paquete"};
  std::string missing;
  for (const auto& p : r.faltan) missing += (missing.empty() ? "" : ", ") + p;
  if (!missing.empty()) heading.push_back("Sin paquete: " + missing);
  write_sections_xlsx(heading, build_national_model(r), path);
}

}  // namespace cdmype::report
