// Money parsing ("1234,56" from Spanish Excel too) and display ("$1,234.56") in integer cents.
#include "core/money.hpp"

#include <limits>

#include "core/text.hpp"

namespace cdmype {
namespace {

// GCC and Clang have 128-bit integers; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Wide;

constexpr std::int64_t kMaxCents = std::numeric_limits<std::int64_t>::max();
// Largest whole-dollar part that still fits with any two decimals.
constexpr std::int64_t kMaxWhole = (kMaxCents - 99) / 100;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Absolute value as unsigned, so INT64_MIN formats without overflow.
std::uint64_t magnitude(std::int64_t v) {
  return v < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

std::string group_thousands(std::uint64_t whole) {
  std::string digits = std::to_string(whole);
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i != 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string two_digits(std::uint64_t v) {
  return std::string{char('0' + v / 10), char('0' + v % 10)};
}

}  // namespace

std::optional<Money> parse_money(std::string_view text) {
  const std::string t = trim(text);
  std::string_view s = t;
  bool negative = false, dollar = false;
  // "-$5.00" is what format_money writes; "$-5" is what people also type.
  for (int k = 0; k < 2 && !s.empty(); ++k) {
    if (s.front() == '-' && !negative) {
      negative = true;
      s.remove_prefix(1);
    } else if (s.front() == '$' && !dollar) {
      dollar = true;
      s.remove_prefix(1);
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    }
  }
  if (s.empty() || !is_digit(s.front())) return std::nullopt;

  std::int64_t whole = 0;
  std::size_t i = 0;
  for (; i < s.size() && is_digit(s[i]); ++i) {
    const int digit = s[i] - '0';
    if (whole > (kMaxWhole - digit) / 10) return std::nullopt;  // too large for int64 cents
    whole = whole * 10 + digit;
  }
  std::int64_t fraction = 0;
  if (i < s.size()) {
    // One separator, '.' or ',', then one or two digits; so "1.234,56" and
    // "12.345" (thousands separators) are refused instead of misread.
    if (s[i] != '.' && s[i] != ',') return std::nullopt;
    const std::string_view decimals = s.substr(i + 1);
    if (decimals.empty() || decimals.size() > 2) return std::nullopt;
    for (char c : decimals)
      if (!is_digit(c)) return std::nullopt;
    fraction = (decimals[0] - '0') * 10 + (decimals.size() == 2 ? decimals[1] - '0' : 0);
  }
  const std::int64_t cents = whole * 100 + fraction;
  return Money{negative ? -cents : cents};
}

std::string format_money(Money m) {
  const std::uint64_t a = magnitude(m.cents);
  return std::string(m.cents < 0 ? "-$" : "$") + group_thousands(a / 100) + "." +
         two_digits(a % 100);
}

std::string format_money_plain(Money m) {
  const std::uint64_t a = magnitude(m.cents);
  return std::string(m.cents < 0 ? "-" : "") + std::to_string(a / 100) + "." + two_digits(a % 100);
}

std::int64_t percent_of_cents(std::int64_t cents, std::int64_t basis_points) {
  // The product of two int64 can exceed int64; 128 bits cannot overflow here.
  const Wide product = Wide(cents) * Wide(basis_points);
  // Half-up on the magnitude (half away from zero), so a negative amount
  // mirrors the positive one and subsidy + co-payment still add up.
  const Wide rounded = product >= 0 ? (product + 5000) / 10000 : -((-product + 5000) / 10000);
  if (rounded > Wide(kMaxCents)) return kMaxCents;
  if (rounded < Wide(std::numeric_limits<std::int64_t>::min()))
    return std::numeric_limits<std::int64_t>::min();
  return static_cast<std::int64_t>(rounded);
}

}  // namespace cdmype
