// Builds FTS5 MATCH expressions from free text: "ana peña" → "ana"* AND "peña"*.
#include "store/fts_query.hpp"

#include <vector>

#include "core/identity.hpp"
#include "core/text.hpp"

namespace cdmype::store {

namespace {

constexpr size_t kMaxTokens = 16;

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// UTF-8 lead bytes of letters: U+00C0–U+00FF (á, ñ, ü …: 0xC3), other
// alphabets (0xC4–0xDF), most three-byte scripts except the E2 block of
// punctuation, dashes and quotes. 0xC2 leads ¿ ¡ « » ° — not letters.
bool is_letter_lead(unsigned char c) {
  return (c >= 0xC3 && c <= 0xDF) || c == 0xE0 || c == 0xE1 || (c >= 0xE3 && c <= 0xEF);
}

bool searchable(std::string_view token) {
  for (const char ch : token) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_ascii_alnum(c) || is_letter_lead(c)) return true;
  }
  return false;
}

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> tokens;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty() && searchable(cur) && tokens.size() < kMaxTokens) tokens.push_back(cur);
    cur.clear();
  };
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || is_ascii_alnum(c))
      cur += ch;  // non-ASCII stays inside the token; the tokenizer splits it properly
    else
      flush();
  }
  flush();
  return tokens;
}

}  // namespace

std::string to_fts_query(std::string_view text) {
  const std::string trimmed = trim(text);
  std::string_view source = trimmed;
  // A complete DUI or NIT is searched as stored (canonical, hyphenated);
  // normalize_nit takes both, a natural person's NIT being their DUI.
  std::string canonical_id;
  if (const auto id = normalize_nit(trimmed)) {
    canonical_id = *id;
    source = canonical_id;
  }
  std::string out;
  for (const auto& token : split(source)) {
    if (!out.empty()) out += " AND ";
    // Only ASCII alphanumerics and non-ASCII bytes reach here, so no '"' to escape.
    out += '"' + token + "\"*";
  }
  return out;
}

}  // namespace cdmype::store
