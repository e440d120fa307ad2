// Command-line values for the AT commands, with Spanish messages that name the option.
#include "cli/at_values.hpp"

#include <cctype>

#include "core/errors.hpp"

namespace cdmype::cli {

Money money_value(const std::string& option, const std::string& text, NumberFormat format) {
  const MoneyReading r = read_money(text, format);
  if (!r.value)
    throw UserError("--" + option + ": «" + text + "» no es un monto válido: " + r.problem +
                    "; escríbalo en dólares, p. ej. 1234.56 o 1,234.56");
  if (r.value->cents < 0)
    throw UserError("--" + option + ": «" + text + "» es negativo; escriba un monto de cero o más");
  return *r.value;
}

NumberFormat number_format(services::Workspace& ws) {
  return ws.center().settings().number_format;
}

int percent_value(const std::string& option, const std::string& text) {
  std::string t = text;
  if (!t.empty() && t.back() == '%') t.pop_back();
  while (!t.empty() && t.back() == ' ') t.pop_back();
  // The same grammar as money (two decimals at most): 97.25 % is 9725 basis points.
  const auto m = parse_money(t);
  if (t.empty() || t.front() == '-' || t.front() == '$' || !m || m->cents > 10000)
    throw UserError("--" + option + ": «" + text +
                    "» no es un porcentaje entre 0 y 100 (p. ej. 95 o 92.5)");
  return static_cast<int>(m->cents);
}

Date date_value(const std::string& option, const std::string& text) {
  const auto d = parse_date(text);
  if (!d)
    throw UsageError("--" + option + ": fecha inválida «" + text +
                     "»; use AAAA-MM-DD o dd/mm/aaaa, p. ej. 2027-01-01");
  return *d;
}

int year_value(const std::string& text) {
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos)
    throw UsageError("año inválido «" + text + "»; use cuatro cifras, p. ej. 2026");
  return std::stoi(text);
}

int weight_value(const std::string& option, const std::string& text) {
  if (text.empty() || text.size() > 4 ||
      text.find_first_not_of("0123456789") != std::string::npos || std::stoi(text) > 1000)
    throw UserError("--" + option + ": «" + text + "» no es un peso entero entre 0 y 1000");
  return std::stoi(text);
}

std::optional<Date> fecha_option(const CommandContext& c) {
  if (const auto f = c.args.option("fecha")) return date_value("fecha", *f);
  return std::nullopt;
}

}  // namespace cdmype::cli
