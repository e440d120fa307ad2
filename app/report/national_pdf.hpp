// The national roll-up as CONAMYPE prints it: the month and the year to date per center with the
// national total, enterprises counted once across centers, a bar chart per main figure by
// center, goals against achieved per center, and the centers that sent nothing.
#pragma once
#include <vector>

#include "report/monthly_figures.hpp"
#include "report/national_rollup.hpp"

namespace cdmype::report {

std::vector<unsigned char> national_pdf(const NationalRollUp& r, const GeneratedAt& generated);

}  // namespace cdmype::report
