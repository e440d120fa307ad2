// libFuzzer: the DUI, NIT, money and date parsers on arbitrary text; they answer, never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/dates.hpp"
#include "core/identity.hpp"
#include "core/money.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  cdmype::normalize_dui(text);
  cdmype::dui_problem(text);
  cdmype::normalize_nit(text);
  cdmype::nit_problem(text);
  if (const auto m = cdmype::parse_money(text)) cdmype::format_money_plain(*m);
  for (auto f : {cdmype::NumberFormat::ElSalvador, cdmype::NumberFormat::ComaDecimal})
    if (const auto r = cdmype::read_money(text, f); r.value) cdmype::format_money(*r.value);
  if (const auto d = cdmype::parse_date(text)) cdmype::to_iso(*d);
  cdmype::parse_iso_date(text);
  cdmype::parse_year_month(text);
  return 0;
}
