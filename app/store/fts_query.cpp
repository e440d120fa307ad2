// Builds search expressions from free text: FTS5 "ana"* AND "peña"*, PostgreSQL ana:* & peña:*.
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

// The pieces of what was typed: a complete DUI or NIT is searched as stored
// (canonical, hyphenated); normalize_nit takes both, a natural person's NIT
// being their DUI.
std::vector<std::string> search_tokens(std::string_view text) {
  const std::string trimmed = trim(text);
  if (const auto id = normalize_nit(trimmed)) return split(*id);
  return split(trimmed);
}

// ASCII and the Latin-1 capitals (À–Þ but ×, as UTF-8 C3 80–C3 9E) in lower
// case: every capital Spanish writes; the server lower-cases the rest.
std::string lower_case(std::string_view token) {
  std::string out(token);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string to_fts_query(std::string_view text) {
  std::string out;
  for (const auto& token : search_tokens(text)) {
    if (!out.empty()) out += " AND ";
    // Only ASCII alphanumerics and non-ASCII bytes reach here, so no '"' to escape.
    out += '"' + token + "\"*";
  }
  return out;
}

std::string to_tsquery_text(std::string_view text) {
  std::string out;
  for (const auto& token : search_tokens(text)) {
    if (!out.empty()) out += " & ";
    // No ASCII punctuation reaches here, so none of tsquery's operators
    // (& | ! ( ) : * ' \ <) can change the query's meaning.
    out += lower_case(token) + ":*";
  }
  return out;
}

std::string text_search_query(Engine engine, std::string_view text) {
  return engine == Engine::PostgreSQL ? to_tsquery_text(text) : to_fts_query(text);
}

}  // namespace cdmype::store
