// Parsing the values of the AT, budget and policy commands: money, percentages, dates, years.
#pragma once
#include <optional>
#include <string>

#include "cli/command_context.hpp"
#include "core/dates.hpp"
#include "core/money.hpp"

namespace cdmype::cli {

// Any amount core read_money accepts ("1,005.05", "$1,234.56", "1234,56"),
// read with the center's number format; UserError naming the option and the
// reason when it is not a non-negative amount.
Money money_value(const std::string& option, const std::string& text,
                  NumberFormat format = NumberFormat::ElSalvador);
// The center's «formato de números» (settings set formato_numeros …).
NumberFormat number_format(services::Workspace& ws);
// "95", "92.5", "97.25" (%, up to two decimals, 0–100) → basis points 9500.
int percent_value(const std::string& option, const std::string& text);
// AAAA-MM-DD or dd/mm/aaaa; UsageError when malformed.
Date date_value(const std::string& option, const std::string& text);
// Four digits; UsageError otherwise.
int year_value(const std::string& text);
// A whole number 0–1000 (queue weights); UserError otherwise.
int weight_value(const std::string& option, const std::string& text);

// --fecha when given.
std::optional<Date> fecha_option(const CommandContext& c);

}  // namespace cdmype::cli
