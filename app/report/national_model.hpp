// The national roll-up laid out as report sections (notes, tables, charts), drawn to PDF by the
// same code as a center's report and written to the workbook one sheet per section.
#pragma once
#include <vector>

#include "report/national_rollup.hpp"
#include "report/report_model.hpp"

namespace cdmype::report {

// 1. the month per center with the national total, 2. the year to date, 3. shares, 4. goals.
std::vector<Section> build_national_model(const NationalRollUp& r);

}  // namespace cdmype::report
