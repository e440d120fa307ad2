// The monthly report as an Excel workbook (libxlsxwriter): the PDF's tables, one sheet per section.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "report/monthly_figures.hpp"
#include "report/report_model.hpp"

namespace cdmype::report {

// False when the build found no libxlsxwriter (CDMYPE_HAVE_XLSX unset).
bool xlsx_available();

// A "Resumen" sheet (center, period, key figures) and one sheet per section
// of §3 with the same tables as the PDF; numbers are real numbers (money in
// dollars with a $ format, percentages as %), so supervisors can sum and
// chart them. Written whole or not at all. Throws UserError when the file
// cannot be written or this build has no XLSX support.
void write_monthly_xlsx(const MonthlyFigures& figures, const std::filesystem::path& path);

// Any report laid out as sections (the national roll-up): a "Resumen" sheet with `heading`'s
// lines (the first as title), then one sheet per section. Same guarantees as above.
void write_sections_xlsx(const std::vector<std::string>& heading,
                         const std::vector<Section>& sections, const std::filesystem::path& path);

}  // namespace cdmype::report
