// UTF-8 decoding and accent composition behind utf8_to_cp1252 (the table is core/cp1252).
#include "report/cp1252.hpp"

#include <cstdint>

#include "core/cp1252.hpp"

namespace cdmype::report {
namespace {

constexpr unsigned char k_unmappable = '?';

constexpr char32_t k_invalid = 0xFFFFFFFF;

// Decodes the code point at `i` and advances past it; k_invalid on bad input
// (overlong forms, surrogates, truncated or broken sequences).
char32_t decode_one(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int extra = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3, cp = b0 & 0x07, min = 0x10000;
  } else {
    ++i;  // stray continuation byte or invalid lead
    return k_invalid;
  }
  for (int k = 1; k <= extra; ++k) {
    if (i + static_cast<std::size_t>(k) >= s.size()) {
      i = s.size();  // truncated sequence at the end
      return k_invalid;
    }
    const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) {
      i += static_cast<std::size_t>(k);  // resynchronise on the offending byte
      return k_invalid;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return k_invalid;
  return cp;
}

int to_cp1252(char32_t cp) {
  const auto b = unicode_to_cp1252(cp);
  return b ? *b : -1;
}

// Composes base letter + combining mark into a Latin-1 letter, or -1.
int compose(unsigned char base, char32_t mark) {
  // Each row: the 5 vowels' (and ñ/y) composed forms, lower then upper.
  struct Row {
    char32_t mark;
    const char* bases;
    const char* composed;
  };
  static constexpr Row k_rows[] = {
      {0x0300, "aeiouAEIOU", "\xE0\xE8\xEC\xF2\xF9\xC0\xC8\xCC\xD2\xD9"},
      {0x0301, "aeiouyAEIOUY", "\xE1\xE9\xED\xF3\xFA\xFD\xC1\xC9\xCD\xD3\xDA\xDD"},
      {0x0302, "aeiouAEIOU", "\xE2\xEA\xEE\xF4\xFB\xC2\xCA\xCE\xD4\xDB"},
      {0x0303, "anoANO", "\xE3\xF1\xF5\xC3\xD1\xD5"},
      {0x0308, "aeiouyAEIOU", "\xE4\xEB\xEF\xF6\xFC\xFF\xC4\xCB\xCF\xD6\xDC"},
      {0x0327, "cC", "\xE7\xC7"},
  };
  for (const auto& row : k_rows) {
    if (row.mark != mark) continue;
    for (int k = 0; row.bases[k] != '\0'; ++k)
      if (static_cast<unsigned char>(row.bases[k]) == base)
        return static_cast<unsigned char>(row.composed[k]);
  }
  return -1;
}

}  // namespace

std::string utf8_to_cp1252(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    const char32_t cp = decode_one(utf8, i);
    if (cp == k_invalid) {
      out.push_back(static_cast<char>(k_unmappable));
      continue;
    }
    if (cp >= 0x0300 && cp <= 0x036F) {
      // Combining mark: fold into the previous letter when Latin-1 has it;
      // otherwise drop it, the base letter alone reads better than "e?".
      if (!out.empty()) {
        const int c = compose(static_cast<unsigned char>(out.back()), cp);
        if (c >= 0) out.back() = static_cast<char>(c);
      }
      continue;
    }
    const int b = to_cp1252(cp);
    out.push_back(static_cast<char>(b >= 0 ? b : k_unmappable));
  }
  return out;
}

}  // namespace cdmype::report
