// The national roll-up as a workbook: a summary sheet, then one sheet per section of the PDF.
#pragma once
#include <filesystem>

#include "report/national_rollup.hpp"

namespace cdmype::report {

void write_national_xlsx(const NationalRollUp& r, const std::filesystem::path& path);

}  // namespace cdmype::report
