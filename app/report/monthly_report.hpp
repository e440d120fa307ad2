// Computes a month's report figures from the database, for the acting user (ViewReports).
#pragma once
#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "report/monthly_figures.hpp"
#include "services/workspace.hpp"

namespace cdmype::report {

// Every figure of §3 for `month`; `generated` is stamped on the header.
MonthlyFigures compute_monthly_figures(services::Workspace& ws, const Actor& actor,
                                       const YearMonth& month, const GeneratedAt& generated);

// The same figures from 1 January to the month's end (no goals: they carry their own year to
// date), for the package the center sends CONAMYPE.
MonthlyFigures compute_year_to_date_figures(services::Workspace& ws, const Actor& actor,
                                            const YearMonth& month, const GeneratedAt& generated);

// The local date and time now, for GeneratedAt.
GeneratedAt generated_now();

// The center's paper setting ("A4", "carta") as the PDFs lay out on.
PaperSize paper_of(const std::string& setting);

}  // namespace cdmype::report
