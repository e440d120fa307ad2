// Turns what a person types in a search box into a safe FTS5 query (no syntax errors, no
// injection).
#pragma once
#include <string>
#include <string_view>

namespace cdmype::store {

// Splits on ASCII characters that are not letters or digits (so "CH-2026-00"
// gives ch, 2026, 00), drops pieces with no letter or digit ("¿", "—"),
// quotes each piece (FTS5 string syntax, so AND/OR/NEAR/"*" typed by the
// person are plain words) with a trailing * for prefix search, and joins
// them with AND. A complete DUI or NIT typed without its hyphens
// ("012345678", "06140101901013") is searched in its canonical form; the
// index holds titular_dui and nit, so a DUI finds the person in either. Accents and case are the tokenizer's job
// (unicode61 remove_diacritics 2): "pena" finds "Peña". Returns "" when
// nothing searchable is left; at most 16 pieces are kept.
std::string to_fts_query(std::string_view text);

}  // namespace cdmype::store
