// UTF-8 helpers: accent/case folding for matching Spanish names, trimming, validation.
#include "core/text.hpp"

#include <cstdint>

namespace cdmype {
namespace {

bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

}  // namespace

LatinLetter latin1_letter(char32_t cp) {
  using M = LatinMark;
  struct Entry {
    const char* base;
    M mark;
  };
  // U+00C0..U+00DF; the lower-case half (U+00E0..U+00FF) is the same letters
  // 0x20 higher, except ß (U+00DF, lower case already) and ÷ / ÿ there.
  // clang-format off
  static const Entry kUpper[32] = {
      {"a", M::Grave}, {"a", M::Acute}, {"a", M::Circumflex}, {"a", M::Tilde},        // À Á Â Ã
      {"a", M::Diaeresis}, {"a", M::Ring}, {"ae", M::Other}, {"c", M::Cedilla},       // Ä Å Æ Ç
      {"e", M::Grave}, {"e", M::Acute}, {"e", M::Circumflex}, {"e", M::Diaeresis},    // È É Ê Ë
      {"i", M::Grave}, {"i", M::Acute}, {"i", M::Circumflex}, {"i", M::Diaeresis},    // Ì Í Î Ï
      {"d", M::Stroke}, {"n", M::Tilde}, {"o", M::Grave}, {"o", M::Acute},            // Ð Ñ Ò Ó
      {"o", M::Circumflex}, {"o", M::Tilde}, {"o", M::Diaeresis}, {nullptr, M::None}, // Ô Õ Ö ×
      {"o", M::Stroke}, {"u", M::Grave}, {"u", M::Acute}, {"u", M::Circumflex},       // Ø Ù Ú Û
      {"u", M::Diaeresis}, {"y", M::Acute}, {nullptr, M::None}, {"ss", M::Other},     // Ü Ý Þ ß
  };
  // clang-format on
  if (cp < 0xC0 || cp > 0xFF) return {};
  if (cp == 0xDF) return {"ss", M::Other, false};
  if (cp == 0xF7) return {};                          // ÷
  if (cp == 0xFF) return {"y", M::Diaeresis, false};  // ÿ
  const bool upper = cp < 0xE0;
  const Entry& e = kUpper[(cp - 0xC0) & 0x1F];
  return {e.base, e.mark, upper && cp != 0xD7};
}

namespace {

// Bytes of the UTF-8 sequence starting with `lead` (1 for ASCII and for
// stray continuation bytes, which are copied one by one).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF7) return 4;
  if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::string fold_for_match(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  auto emit = [&](std::string_view piece) {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += piece;
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (is_ascii_space(c) || c == '_') {
        pending_space = true;
      } else {
        const char lower = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : char(c);
        emit(std::string_view(&lower, 1));
      }
      ++i;
      continue;
    }
    std::size_t len = sequence_length(c);
    if (i + len > text.size()) len = text.size() - i;
    const std::string_view seq = text.substr(i, len);
    i += len;
    if (len == 2) {
      const auto c2 = static_cast<unsigned char>(seq[1]);
      // No-break space (Excel and web forms put it in names) counts as a space.
      if (c == 0xC2 && c2 == 0xA0) {
        pending_space = true;
        continue;
      }
      if (c == 0xC3 && c2 >= 0x80 && c2 <= 0xBF) {
        if (const char* ascii = latin1_letter(char32_t{c2} + 0x40).base) {
          emit(ascii);
          continue;
        }
      }
      // Combining accents U+0300–U+036F: text typed on some systems arrives
      // decomposed ("e" + U+0301); dropping the mark folds it like "é".
      if ((c == 0xCC && c2 >= 0x80) || (c == 0xCD && c2 <= 0xAF)) continue;
    }
    emit(seq);
  }
  return out;
}

std::string trim(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e && is_ascii_space(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && is_ascii_space(static_cast<unsigned char>(text[e - 1]))) --e;
  return std::string(text.substr(b, e - b));
}

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2, cp = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3, cp = b0 & 0x0Fu;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4, cp = b0 & 0x07u;
  } else {
    return 0;  // continuation byte as lead, or C0/C1/F5+ (never valid)
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
  if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace cdmype
