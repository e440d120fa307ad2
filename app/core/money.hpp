// Money in integer cents (US dollars): parsing of "1234.56"/"1234,56" and display "$1,234.56".
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

// Accepts "1234", "1234.5", "1234.56", "1234,56", optional leading "-" and
// "$", surrounding spaces. No thousands separators, at most two decimals.
// Returns nullopt on anything else (the caller words the message).
std::optional<Money> parse_money(std::string_view text);

// "$1,234.56", "-$5.00".
std::string format_money(Money m);

// "1234.56" (no symbol, no grouping): the CSV form.
std::string format_money_plain(Money m);

// round half-up(cents × basis_points / 10000) for non-negative amounts; the
// arithmetic of subsidies (a percentage is given in basis points: 95 % = 9500).
std::int64_t percent_of_cents(std::int64_t cents, std::int64_t basis_points);

}  // namespace cdmype
