// Money in integer cents (US dollars): reading amounts as Excel shows them, display "$1,234.56".
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cdmype {

struct Money {
  std::int64_t cents = 0;

  static constexpr Money from_cents(std::int64_t c) { return Money{c}; }
  friend constexpr Money operator+(Money a, Money b) { return {a.cents + b.cents}; }
  friend constexpr Money operator-(Money a, Money b) { return {a.cents - b.cents}; }
  Money& operator+=(Money o) { cents += o.cents; return *this; }
  Money& operator-=(Money o) { cents -= o.cents; return *this; }
  friend constexpr auto operator<=>(Money, Money) = default;
};

// How a center writes numbers (the setting «formato de números»); it only
// decides the ambiguous "2,000" / "2.000" (one separator, three digits after).
enum class NumberFormat {
  ElSalvador,   // 1,234.56: ',' groups thousands, '.' is the decimal point (default)
  ComaDecimal,  // 1.234,56
};
// "el_salvador" | "coma_decimal", the setting's stored value and CLI word.
std::string_view number_format_code(NumberFormat f);
std::optional<NumberFormat> parse_number_format(std::string_view code);
// "El Salvador (1,234.56)" | "coma decimal (1.234,56)", for summaries and screens.
std::string number_format_label(NumberFormat f);

struct MoneyReading {
  std::optional<Money> value;
  std::string problem;   // when there is no value: why, in Spanish ("tiene más de dos decimales")
  bool grouped = false;  // a thousands separator was read (the reading the setting names)
};

// The one parser of typed and imported amounts. Accepts surrounding spaces,
// a leading "-" and currency sign ("$", "US$", "USD", before or after the
// minus), thousands separators in groups of three, and one decimal
// separator with one or two decimals: "$1,234.56", "1.234,56",
// "US$ 1,234.56", "$ 1234", "-$5.00", "1234,56", "2,000". With both '.'
// and ',' the last one is the decimal separator; a separator repeated is a
// thousands separator; a single one followed by exactly three digits is
// read by `format` (and refused when that makes three decimals). Anything
// else, and amounts beyond int64 cents, are refused with the reason.
MoneyReading read_money(std::string_view text, NumberFormat format = NumberFormat::ElSalvador);

// read_money's value alone, for callers that word their own message.
std::optional<Money> parse_money(std::string_view text,
                                 NumberFormat format = NumberFormat::ElSalvador);

// "$1,234.56", "-$5.00".
std::string format_money(Money m);

// "1234.56" (no symbol, no grouping): the CSV form.
std::string format_money_plain(Money m);

// round half-up(cents × basis_points / 10000) for non-negative amounts; the
// arithmetic of subsidies (a percentage is given in basis points: 95 % = 9500).
std::int64_t percent_of_cents(std::int64_t cents, std::int64_t basis_points);

}  // namespace cdmype
