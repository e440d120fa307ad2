// Parsing and listing a vocabulary's codes from its table, for the vocabularies that bring their
// own specialisations of codes.hpp (estados of referrals, kinds of results).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/codes.hpp"
#include "core/text.hpp"

namespace cdmype {

// The code or the display name, ignoring case, accents and '_' versus ' '.
template <class E, std::size_t N>
std::optional<E> parse_in_table(const std::array<CodeEntry<E>, N>& table, std::string_view text) {
  const std::string wanted = fold_for_match(text);
  if (wanted.empty()) return std::nullopt;
  for (const auto& e : table)
    if (fold_for_match(e.code) == wanted || fold_for_match(e.display) == wanted) return e.value;
  return std::nullopt;
}

// "a, b, c" for messages.
template <class E, std::size_t N>
std::string list_table_codes(const std::array<CodeEntry<E>, N>& table) {
  std::string out;
  for (const auto& e : table) out += (out.empty() ? "" : ", ") + std::string(e.code);
  return out;
}

}  // namespace cdmype
