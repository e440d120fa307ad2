// Spanish alphabetical order as a byte string: the one sort key every name list, picker and report
// uses.
#pragma once
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

namespace cdmype {

// A key whose plain byte order (memcmp, SQL ORDER BY on a BLOB, in any
// engine) is the order a Spanish reader expects:
//  - primary level: letters without accents or case (Álvarez with the A's,
//    ana with Ana, Öztürk with the O's, ç with the c's), ñ a letter of its
//    own between n and o (Nube < Ñandú < Oro), digits before letters, digit
//    by digit; every other Latin-1 letter by its ASCII spelling (æ = ae,
//    ß = ss); other code points after z, in code-point order;
//  - spaces, '_' and punctuation: a run of them is one word break that sorts
//    before any letter (word by word: "San Salvador" < "Sanarate", "Ana" <
//    "Ana María" < "Anabel"); leading and trailing ones are ignored;
//  - ties broken by accents (none before any: Peña < Péña, Citala < Citalá),
//    then by case (lower before upper: ana < Ana), then by the text itself,
//    so different names never share a key.
// Decomposed accents (e + U+0301, n + U+0303) sort as the composed letters.
std::string spanish_sort_key(std::string_view utf8);

// a before b in Spanish order (computes both keys: sort many names with
// sort_spanish, which computes each key once).
bool spanish_less(std::string_view a, std::string_view b);

// Sorts `items` in Spanish order of name(item), stably, with one key per item.
template <class T, class Name>
void sort_spanish(std::vector<T>& items, Name name) {
  std::vector<std::string> keys;
  keys.reserve(items.size());
  for (const auto& item : items) keys.push_back(spanish_sort_key(name(item)));
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const std::size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

// Sorts names themselves in Spanish order.
inline void sort_spanish(std::vector<std::string>& names) {
  sort_spanish(names, [](const std::string& s) -> const std::string& { return s; });
}

}  // namespace cdmype
