// Putting a center's report package together from its database: the issued month, the year to
// date, the pseudonyms of the enterprises served, the center's signature.
#pragma once
#include <string>

#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "report/report_package.hpp"
#include "services/workspace.hpp"

namespace cdmype::report {

// IssueReport. The month's package, signed. UserError when the month was not issued or the
// national key is not set.
ReportPackage make_report_package(services::Workspace& ws, const Actor& actor,
                                  const YearMonth& month);

// IssueReport. The package file of the month as it was made (at issue, or now, then kept).
std::string report_package_file(services::Workspace& ws, const Actor& actor,
                                const YearMonth& month);

// After issuing: the month's package made anew and kept, when the national key is set (true);
// without the key nothing is made and `report package` asks for it later.
bool refresh_report_package(services::Workspace& ws, const Actor& actor, const YearMonth& month);

}  // namespace cdmype::report
