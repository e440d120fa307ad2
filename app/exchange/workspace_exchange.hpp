// Importing and exporting exchange files against an open database, for the CLI and the GUI.
#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/permissions.hpp"
#include "exchange/export_privacy.hpp"
#include "services/workspace.hpp"

namespace cdmype::exchange {

// The kinds this build can exchange, as written on the command line.
std::vector<std::string_view> exchange_kinds();
bool is_exchange_kind(std::string_view kind);

// Fraction 0..1 done; return false to cancel (nothing is written).
using ExchangeProgress = std::function<bool(double fraction)>;

struct ImportSummary {
  std::size_t records = 0;
  std::vector<std::string> warnings;
  std::string detail;  // e.g. "2 nuevas, 1 actualizada, 3 sin cambios" (kinds that merge)
};

// Reads the file, checks every row, then stores all of them in one
// transaction. Throws ImportFailed (every problem, "línea N, columna X: …")
// or UserError; on any failure nothing is written.
ImportSummary import_file(services::Workspace& ws, const Actor& actor, std::string_view kind,
                          const std::filesystem::path& file, const ExchangeProgress& progress = {});

// Writes the kind's file (same columns the importer reads) through a
// temporary file renamed into place. Returns the number of records.
// `privacy` (exchange/export_privacy.hpp): sensitive cells only when asked by
// a director (audited); a pseudonymous file needs the national key.
std::size_t export_file(services::Workspace& ws, const Actor& actor, std::string_view kind,
                        const std::filesystem::path& file, const ExchangeProgress& progress = {},
                        const ExportPrivacy& privacy = {});

}  // namespace cdmype::exchange
