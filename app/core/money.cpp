// Money parsing (what Excel shows: "$1,234.56", "1.234,56") and display ("$1,234.56") in cents.
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

// ASCII case-insensitive prefix ("us$", "Usd"), without touching multi-byte text.
bool starts_with_word(std::string_view s, std::string_view upper) {
  if (s.size() < upper.size()) return false;
  for (std::size_t i = 0; i < upper.size(); ++i) {
    const char c = s[i] >= 'a' && s[i] <= 'z' ? static_cast<char>(s[i] - 'a' + 'A') : s[i];
    if (c != upper[i]) return false;
  }
  return true;
}

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

std::string_view number_format_code(NumberFormat f) {
  return f == NumberFormat::ComaDecimal ? "coma_decimal" : "el_salvador";
}

std::optional<NumberFormat> parse_number_format(std::string_view code) {
  const std::string c = trim(code);
  if (c == "el_salvador") return NumberFormat::ElSalvador;
  if (c == "coma_decimal") return NumberFormat::ComaDecimal;
  return std::nullopt;
}

std::string number_format_label(NumberFormat f) {
  return f == NumberFormat::ComaDecimal ? "coma decimal (1.234,56)" : "El Salvador (1,234.56)";
}

MoneyReading read_money(std::string_view text, NumberFormat format) {
  MoneyReading r;
  const auto refuse = [&](std::string why) {
    r.problem = std::move(why);
    r.grouped = false;
    return r;
  };
  const std::string t = trim(text);
  std::string_view s = t;
  bool negative = false, currency = false;
  // "-$5.00" is what format_money writes; "$-5" and "US$ 1,234.56" are what
  // people and Excel also write. A no-break space (U+00A0) often follows US$.
  const auto skip_spaces = [&] {
    while (true) {
      if (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
      else if (s.starts_with("\xC2\xA0"))
        s.remove_prefix(2);
      else
        return;
    }
  };
  for (int k = 0; k < 2 && !s.empty(); ++k) {
    if (s.front() == '-' && !negative) {
      negative = true;
      s.remove_prefix(1);
    } else if (!currency) {
      std::size_t len = 0;
      if (s.front() == '$')
        len = 1;
      else if (starts_with_word(s, "US$") || starts_with_word(s, "USD"))
        len = 3;
      if (len == 0) break;
      currency = true;
      s.remove_prefix(len);
      skip_spaces();
    }
  }
  if (s.empty() || !is_digit(s.front()))
    return refuse("no es un monto (escriba por ejemplo 1234.56 o $1,234.56)");

  std::size_t points = 0, commas = 0, last_sep = std::string_view::npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.')
      ++points, last_sep = i;
    else if (s[i] == ',')
      ++commas, last_sep = i;
    else if (!is_digit(s[i]))
      return refuse("no es un monto (escriba por ejemplo 1234.56 o $1,234.56)");
  }
  // Which separator (if any) is the decimal one, and which groups thousands.
  char decimal = 0, thousands = 0;
  if (points && commas) {
    decimal = s[last_sep];
    thousands = decimal == '.' ? ',' : '.';
    if ((decimal == '.' ? points : commas) != 1)
      return refuse("el separador decimal «" + std::string(1, decimal) + "» aparece más de una vez");
  } else if (points + commas > 1) {
    thousands = points ? '.' : ',';  // "1,234,567": only thousands repeat
  } else if (points + commas == 1) {
    const char sep = s[last_sep];
    const std::size_t after = s.size() - last_sep - 1;
    if (after == 3) {
      const char format_thousands = format == NumberFormat::ComaDecimal ? '.' : ',';
      if (sep == format_thousands) {
        thousands = sep;
      } else {
        const std::string digits =
            std::string(s.substr(0, last_sep)) + std::string(s.substr(last_sep + 1));
        const std::string grouped =
            std::string(s.substr(0, last_sep)) + format_thousands + std::string(s.substr(last_sep + 1));
        return refuse("tiene tres decimales y un monto lleva como máximo dos (con el formato de "
                      "números " + number_format_label(format) + " «" + std::string(1, sep) +
                      "» separa los decimales; si quiso decir " + digits + ", escriba " + grouped +
                      " o " + digits + ")");
      }
    } else {
      decimal = sep;
    }
  }
  std::string_view whole_part = s, decimals;
  if (decimal) {
    const auto at = s.rfind(decimal);
    whole_part = s.substr(0, at);
    decimals = s.substr(at + 1);
    if (decimals.empty()) return refuse("falta la parte decimal después de «" + std::string(1, decimal) + "»");
    if (decimals.size() > 2) return refuse("tiene más de dos decimales");
  }
  // Thousands groups: 1–3 digits, then groups of exactly three.
  std::int64_t whole = 0;
  std::size_t group = 0;
  bool first_group = true;
  for (char c : whole_part) {
    if (c == thousands && thousands) {
      if (group == 0 || (first_group && group > 3) || (!first_group && group != 3))
        return refuse("los separadores de miles deben separar grupos de tres cifras (1,234,567)");
      first_group = false;
      group = 0;
      continue;
    }
    const int digit = c - '0';
    if (whole > (kMaxWhole - digit) / 10) return refuse("es demasiado grande");
    whole = whole * 10 + digit;
    ++group;
  }
  if (thousands && (group != 3 || first_group))
    return refuse("los separadores de miles deben separar grupos de tres cifras (1,234,567)");
  if (whole_part.empty()) return refuse("no es un monto (escriba por ejemplo 1234.56 o $1,234.56)");
  std::int64_t fraction = 0;
  if (!decimals.empty())
    fraction = (decimals[0] - '0') * 10 + (decimals.size() == 2 ? decimals[1] - '0' : 0);
  const std::int64_t cents = whole * 100 + fraction;
  r.value = Money{negative ? -cents : cents};
  r.grouped = thousands != 0;
  return r;
}

std::optional<Money> parse_money(std::string_view text, NumberFormat format) {
  return read_money(text, format).value;
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
