// Writing a month's CONAMYPE report files (PDF, JSON and, when built with it, XLSX) into a folder.
#pragma once
#include <wx/string.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/permissions.hpp"

namespace cdmype::services {
class Workspace;
}

namespace cdmype::ui {

struct ReportFiles {
  std::filesystem::path pdf;
  std::filesystem::path json;
  std::filesystem::path xlsx;  // empty when this build has no XLSX support
};

// Progress between steps: fraction done (0–1) and what comes next; returning false stops early
// (nothing more is written, and the files written so far stay).
using ReportProgress = std::function<bool(double done, const wxString& next)>;

// informe-2026-10.pdf / .json / .xlsx in `folder` (created when missing). UserError when a file
// cannot be written; the paths
// not written stay empty when stopped.
ReportFiles write_report_files(services::Workspace& ws, const Actor& actor, const YearMonth& month,
                               const std::filesystem::path& folder,
                               const ReportProgress& progress);

// The month before the one of `day` (the report a center prepares at the start of a month).
YearMonth previous_month(const Date& day);

}  // namespace cdmype::ui
