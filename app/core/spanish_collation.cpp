// The Spanish sort key: three levels (letters, accents, case) plus the text, as comparable bytes.
#include "core/spanish_collation.hpp"

#include <cstdint>

#include "core/text.hpp"

namespace cdmype {
namespace {

// Byte values of the key. kLevel ends a level and is below everything a
// level holds, so a name that is a prefix of another sorts first at every
// level; kWord (a word break) is below every digit and letter.
constexpr char kLevel = 0x01;
constexpr char kWord = 0x02;
constexpr unsigned char kDigit0 = 0x03;   // 0x03..0x0C
constexpr unsigned char kLetterA = 0x10;  // a..n = 0x10..0x1D, ñ = 0x1E, o..z = 0x1F..0x2A
constexpr unsigned char kEnye = kLetterA + ('n' - 'a') + 1;
// Secondary and tertiary weights; the common one (no accent, lower case) is
// the lowest, so trailing common weights can be left out of the key.
constexpr unsigned char kCommon = 0x05;
constexpr unsigned char kUpperCase = 0x06;

unsigned char letter_weight(char lower) {
  const int offset = lower - 'a';
  return static_cast<unsigned char>(kLetterA + offset + (lower > 'n' ? 1 : 0));
}

unsigned char mark_weight(LatinMark m) { return static_cast<unsigned char>(kCommon + int(m)); }

LatinMark combining_mark(char32_t cp) {
  switch (cp) {
    case 0x0300:
      return LatinMark::Grave;
    case 0x0301:
      return LatinMark::Acute;
    case 0x0302:
      return LatinMark::Circumflex;
    case 0x0303:
      return LatinMark::Tilde;
    case 0x0308:
      return LatinMark::Diaeresis;
    case 0x030A:
      return LatinMark::Ring;
    case 0x0327:
      return LatinMark::Cedilla;
    default:
      return LatinMark::Other;
  }
}

// Decodes the code point at s[i] and how many bytes it took; an invalid
// byte reads as U+FFFD, one byte long.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
  len = utf8_sequence_length(s, i);
  if (len == 0) {
    len = 1;
    return 0xFFFD;
  }
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (len == 1) return b0;
  char32_t cp = b0 & (0xFFu >> (len + 1));
  for (std::size_t k = 1; k < len; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return cp;
}

bool is_word_break(char32_t cp) {
  if (cp < 0x80) {
    const bool alnum =
        (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return !alnum;
  }
  // Latin-1 punctuation and symbols (no-break space, «», ¿, ¡, ·, ×, ÷…),
  // and General Punctuation (dashes, curly quotes, …).
  if (cp >= 0xA0 && cp <= 0xBF)
    return cp != 0xAA && cp != 0xBA && cp != 0xB2 && cp != 0xB3 && cp != 0xB9 && cp != 0xB5;
  return cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000;
}

// The key's three levels as they are built, one unit (letter, digit or
// other character) at a time.
struct Levels {
  std::string primary, secondary, tertiary;
  bool pending_word = false;
  bool last_was_n = false;  // the last unit is a plain n or N (a combining tilde makes it ñ)

  void unit(std::string_view weights, unsigned char mark, bool upper) {
    if (pending_word && !primary.empty()) primary += kWord;
    pending_word = false;
    for (const char w : weights) {
      primary += w;
      secondary += static_cast<char>(mark);
      tertiary += static_cast<char>(upper ? kUpperCase : kCommon);
    }
    last_was_n = weights.size() == 1 &&
                 static_cast<unsigned char>(weights[0]) == letter_weight('n') && mark == kCommon;
  }
  void letter(std::string_view ascii_lower, LatinMark mark, bool upper) {
    std::string w;
    for (const char c : ascii_lower) w += static_cast<char>(letter_weight(c));
    unit(w, mark_weight(mark), upper);
  }
  void other(char32_t cp, bool upper) {
    // Three bytes of 7 bits, each ≥ 0x80: after every Latin letter, in code-point order.
    const char w[3] = {static_cast<char>(0x80 | (cp >> 14)),
                       static_cast<char>(0x80 | ((cp >> 7) & 0x7F)),
                       static_cast<char>(0x80 | (cp & 0x7F))};
    unit(std::string_view(w, 3), kCommon, upper);
  }
  void combining(char32_t cp) {
    if (secondary.empty() || pending_word) return;
    const LatinMark m = combining_mark(cp);
    if (m == LatinMark::Tilde && last_was_n) {
      primary.back() = static_cast<char>(kEnye);
    } else if (static_cast<unsigned char>(secondary.back()) == kCommon) {
      secondary.back() = static_cast<char>(mark_weight(m));
    }
    last_was_n = false;
  }
};

void trim_common(std::string& level) {
  while (!level.empty() && static_cast<unsigned char>(level.back()) == kCommon) level.pop_back();
}

}  // namespace

std::string spanish_sort_key(std::string_view utf8) {
  Levels l;
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t len = 0;
    const char32_t cp = decode(utf8, i, len);
    i += len;
    if (cp >= '0' && cp <= '9') {
      const char w = static_cast<char>(kDigit0 + (cp - '0'));
      l.unit(std::string_view(&w, 1), kCommon, false);
    } else if (cp >= 'a' && cp <= 'z') {
      const char c = static_cast<char>(cp);
      l.letter(std::string_view(&c, 1), LatinMark::None, false);
    } else if (cp >= 'A' && cp <= 'Z') {
      const char c = static_cast<char>(cp - 'A' + 'a');
      l.letter(std::string_view(&c, 1), LatinMark::None, true);
    } else if (cp >= 0x0300 && cp <= 0x036F) {
      l.combining(cp);
    } else if (is_word_break(cp)) {
      l.pending_word = true;
    } else if (cp == 0xAA || cp == 0xBA) {  // ª º: the letters a, o
      l.letter(cp == 0xAA ? "a" : "o", LatinMark::Other, false);
    } else if (cp == 0xB2 || cp == 0xB3 || cp == 0xB9) {  // ² ³ ¹: the digits
      const char w = static_cast<char>(kDigit0 + (cp == 0xB9 ? 1 : cp - 0xB0));
      l.unit(std::string_view(&w, 1), mark_weight(LatinMark::Other), false);
    } else if (const LatinLetter ll = latin1_letter(cp); ll.base) {
      if (ll.base == std::string_view("n") && ll.mark == LatinMark::Tilde) {
        const char w = static_cast<char>(kEnye);
        l.unit(std::string_view(&w, 1), kCommon, ll.upper);
      } else {
        l.letter(ll.base, ll.mark, ll.upper);
      }
    } else if (cp == 0xDE) {  // Þ: with þ, its lower case
      l.other(0xFE, true);
    } else {
      l.other(cp, false);
    }
  }
  trim_common(l.secondary);
  trim_common(l.tertiary);
  std::string key;
  key.reserve(l.primary.size() + l.secondary.size() + l.tertiary.size() + utf8.size() + 3);
  key.append(l.primary).append(1, kLevel);
  key.append(l.secondary).append(1, kLevel);
  key.append(l.tertiary).append(1, kLevel);
  key.append(utf8);
  return key;
}

bool spanish_less(std::string_view a, std::string_view b) {
  return spanish_sort_key(a) < spanish_sort_key(b);
}

}  // namespace cdmype
