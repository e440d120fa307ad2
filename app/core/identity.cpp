// DUI check digit and NIT shape of El Salvador, and time-ordered UUIDs for exchange files.
#include "core/identity.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>

#include "core/text.hpp"

namespace cdmype {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

// The 9 digits of a DUI typed as "01234567-8" or "012345678"; empty otherwise.
std::string dui_digits(std::string_view text) {
  std::string t = trim(text);
  if (t.size() == 10 && t[8] == '-') t.erase(8, 1);
  if (t.size() != 9 || !all_digits(t)) return {};
  return t;
}

// weights 9..2 over the first 8 digits; check = (10 − sum mod 10) mod 10.
int dui_check_digit(std::string_view eight) {
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (eight[static_cast<std::size_t>(i)] - '0') * (9 - i);
  return (10 - sum % 10) % 10;
}

// The 14 digits of a NIT written as 0614-010190-101-3 or 06140101901013.
std::string nit_digits(std::string_view text) {
  const std::string t = trim(text);
  if (t.size() == 14 && all_digits(t)) return t;
  if (t.size() == 17 && t[4] == '-' && t[11] == '-' && t[15] == '-') {
    std::string d = t.substr(0, 4) + t.substr(5, 6) + t.substr(12, 3) + t.substr(16, 1);
    if (all_digits(d)) return d;
  }
  return {};
}

}  // namespace

std::optional<std::string> normalize_dui(std::string_view text) {
  const std::string d = dui_digits(text);
  if (d.empty() || dui_check_digit(d) != d[8] - '0') return std::nullopt;
  return d.substr(0, 8) + "-" + d[8];
}

std::string dui_problem(std::string_view text) {
  const std::string d = dui_digits(text);
  if (d.empty())
    return "debe tener 8 dígitos, un guion y el dígito verificador (por ejemplo 01234567-8)";
  const int expected = dui_check_digit(d);
  if (expected != d[8] - '0')
    return "el dígito verificador no coincide (se esperaba " + std::to_string(expected) + ")";
  return {};
}

std::optional<std::string> normalize_nit(std::string_view text) {
  const std::string d = nit_digits(text);
  if (d.empty()) return normalize_dui(text);
  return d.substr(0, 4) + "-" + d.substr(4, 6) + "-" + d.substr(10, 3) + "-" + d.substr(13, 1);
}

std::string nit_problem(std::string_view text) {
  if (!nit_digits(text).empty()) return {};
  // Nine digits are a DUI: say what is wrong with it as a DUI.
  if (!dui_digits(text).empty()) {
    const std::string why = dui_problem(text);
    return why.empty() ? why : "es un DUI, pero " + why;
  }
  return "debe tener 14 dígitos, con o sin guiones (por ejemplo 0614-010190-101-3), o ser el "
         "DUI de una persona natural (por ejemplo 01234567-8)";
}

std::optional<std::string> dui_of_nit(std::string_view text) {
  if (!nit_digits(text).empty()) return std::nullopt;
  return normalize_dui(text);
}

std::string new_uuid() {
  // One generator per thread, seeded once from the OS: cheap per call and
  // safe when imports run on a worker thread.
  thread_local std::mt19937_64 rng = [] {
    std::random_device rd;
    std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
    return std::mt19937_64(seq);
  }();
  // Version 7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter
  // that keeps values from one thread strictly increasing within a
  // millisecond (method 1), then 62 random bits. Increasing values append to
  // the uuid UNIQUE indexes instead of landing on random pages, which made a
  // million-session import spend most of its time re-reading index pages.
  thread_local std::uint64_t last_ms = 0;
  thread_local std::uint64_t counter = 0;
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  std::uint64_t ms =
      static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
  if (ms > last_ms) {
    last_ms = ms;
    counter = rng() & 0x7FFull;  // random start, half the range left for increments
  } else if (++counter > 0xFFFull) {
    ++last_ms;  // counter exhausted: borrow the next millisecond, stay monotonic
    counter = 0;
  }
  ms = last_ms;
  const std::uint64_t hi = ((ms & 0xFFFFFFFFFFFFull) << 16) | 0x7000ull | counter;
  const std::uint64_t lo = (rng() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;  // variant 10xx
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(hi >> 32),
                unsigned((hi >> 16) & 0xFFFF), unsigned(hi & 0xFFFF), unsigned(lo >> 48),
                static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
  return buf;
}

}  // namespace cdmype
