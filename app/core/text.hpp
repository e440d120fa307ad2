// UTF-8 text helpers for Spanish: accent/case folding for matching, trimming.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace cdmype {

// Lowercase, accents removed (á→a, ñ→n, ü→u …), '_' and runs of whitespace
// turned into one space, trimmed. "  José_PEÑA " → "jose pena". Used to
// match codes, display names, distritos and duplicate names.
std::string fold_for_match(std::string_view text);

std::string trim(std::string_view text);

// A mark a Latin letter may carry: how the Spanish sort key breaks ties
// between names that differ only in accents (core/spanish_collation.hpp).
enum class LatinMark {
  None,
  Acute,
  Grave,
  Circumflex,
  Diaeresis,
  Tilde,
  Ring,
  Cedilla,
  Stroke,
  Other
};

// A letter of U+00C0..U+00FF spelled with ASCII letters: "Ñ" → {"n", Tilde,
// upper}, "ß" → {"ss", Other, lower}. base is nullptr for ×, ÷ (not letters)
// and Þ, þ (no ASCII twin). The one table both fold_for_match and
// spanish_sort_key read, so matching and sorting agree on every letter.
struct LatinLetter {
  const char* base = nullptr;
  LatinMark mark = LatinMark::None;
  bool upper = false;
};
LatinLetter latin1_letter(char32_t code_point);

// True when `text` is valid UTF-8 (imports refuse Latin-1 files with a clear message).
bool is_valid_utf8(std::string_view text);

// Bytes of the valid UTF-8 sequence starting at s[i] (1 for ASCII), or 0 when
// it is invalid (bad lead or continuation, truncated, overlong, surrogate, > U+10FFFF).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

}  // namespace cdmype
