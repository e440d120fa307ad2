// The issue-7 kinds of exchange file (remisiones, capacitaciones, asistentes, resultados) behind
// workspace_exchange's import/export dispatch.
#pragma once
#include "exchange/export_privacy.hpp"
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/permissions.hpp"
#include "exchange/importer.hpp"
#include "services/workspace.hpp"

namespace cdmype::exchange {

inline constexpr std::string_view kOutcomeKinds[] = {"remisiones", "capacitaciones", "asistentes",
                                                     "resultados"};
bool is_outcome_kind(std::string_view kind);

struct OutcomeImportResult {
  std::size_t records = 0;
  std::vector<std::string> warnings;
  std::string detail;  // "2 nuevas, 1 actualizada, 3 sin cambios"
};

using OptionsForLines = std::function<services::ImportOptions(const std::vector<int>& lines)>;

// Reads `bytes` as `kind` and stores it through the services (permissions
// there). Throws ImportFailed / ValidationFailed / UserError; nothing written then.
OutcomeImportResult import_outcome(services::Workspace& ws, const Actor& actor,
                                   std::string_view kind, std::string_view bytes,
                                   const ImportContext& context, const OptionsForLines& options);

// True when `actor` is a ventanilla taking back the center's `remisiones`
// file (it has no ImportData; import_center_answer applies it).
bool is_center_answer(const Actor& actor, std::string_view kind);
// Updates the estado of the actor's own referrals from the center's file;
// the detail counts the rows of other ventanillas that were ignored.
OutcomeImportResult import_center_answer(services::Workspace& ws, const Actor& actor,
                                         std::string_view bytes);

// Writes every record of `kind` the actor may see; `tick` is called per row
// and returns false to stop. A ventanilla exports only its own referrals.
// With `pseudonymous`, rows name no person and end with their «seudonimo»; without it, rows of
// the `withheld` files still leave their identifying data out.
void export_outcome(services::Workspace& ws, const Actor& actor, std::string_view kind,
                    std::ostream& out, const std::function<bool()>& tick,
                    PseudonymousRows* pseudonymous = nullptr, const WithheldPeople& withheld = {});

}  // namespace cdmype::exchange
