// The subcommands of `report` beyond `monthly`, dispatched from cmd_report.
#pragma once
#include "cli/command_context.hpp"
#include "report/monthly_figures.hpp"
#include "services/workspace.hpp"

namespace cdmype::cli {

// The --month option as a YearMonth; UsageError when missing or malformed.
YearMonth month_option(const CommandContext& c);

// `report issue --month AAAA-MM [--replace] [--pdf SALIDA.pdf]`.
int report_issue(CommandContext& c);
// `report package --month AAAA-MM --out PAQUETE` (cmd_national.cpp).
int report_package(CommandContext& c);
// `report show-issued [--month AAAA-MM [--pdf SALIDA.pdf] [--json SALIDA.json]]`.
int report_show_issued(CommandContext& c);
// After `report monthly`: on stderr, what changed since the month was issued.
void print_changes_since_issue(CommandContext& c, services::Workspace& ws, const Actor& actor,
                               const report::MonthlyFigures& figures);

}  // namespace cdmype::cli
