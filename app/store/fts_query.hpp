// Turns what a person types in a search box into a safe full-text query for either engine (no
// syntax errors, no injection).
#pragma once
#include <string>
#include <string_view>

#include "store/sql/engine.hpp"

namespace cdmype::store {

// Both builders split on ASCII characters that are not letters or digits
// (so "CH-2026-00" gives ch, 2026, 00, as the indexes split the stored
// codes and DUIs), drop pieces with no letter or digit ("¿", "—") and keep
// at most 16 pieces, each searched as a prefix, all of them required. A
// complete DUI or NIT typed without its hyphens ("012345678",
// "06140101901013") is searched in its canonical form; the index holds
// titular_dui and nit, so a DUI finds the person in either. Both return ""
// when nothing searchable is left.

// SQLite FTS5: each piece quoted (FTS5 string syntax, so AND/OR/NEAR/"*"
// typed by the person are plain words) with a trailing *, joined by AND:
// "ana peña" → "ana"* AND "peña"*. Accents and case are the tokenizer's job
// (unicode61 remove_diacritics 2): "pena" finds "Peña".
std::string to_fts_query(std::string_view text);

// PostgreSQL to_tsquery('cdmype_busqueda', …): each piece lower-cased with a
// :* prefix mark, joined by " & ": "Peña CITAL" → "peña:* & cital:*". No
// tsquery operator (& | ! ( ) : * ' \ <) survives the split. Accents are the
// configuration's job (unaccent on the stored text and on the query alike).
std::string to_tsquery_text(std::string_view text);

// The one of the two that `engine` searches with.
std::string text_search_query(Engine engine, std::string_view text);

}  // namespace cdmype::store
