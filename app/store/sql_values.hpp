// Binding and reading the column conventions of the schema: NULL for "none", ISO dates, 0/1, codes.
#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/codes.hpp"
#include "core/dates.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// Parameters and columns by name. Empty text is stored as NULL (optional
// fields: DUI, NIT, NRC); id 0 means "none" in the records and NULL in the table.
void bind_text_or_null(Statement& st, std::string_view name, std::string_view value);
void bind_id_or_null(Statement& st, std::string_view name, std::int64_t id);
void bind_date(Statement& st, std::string_view name, const Date& d);
void bind_optional_date(Statement& st, std::string_view name, const std::optional<Date>& d);
void bind_bool(Statement& st, std::string_view name, bool value);

std::string column_text(Statement& st, std::string_view name);  // NULL → ""
std::int64_t column_id(Statement& st, std::string_view name);   // NULL → 0
Date column_date(Statement& st, std::string_view name);         // throws on a bad stored date
std::optional<Date> column_optional_date(Statement& st, std::string_view name);
bool column_bool(Statement& st, std::string_view name);

// A stored ISO date; throws on a bad one (what column_date reads, for
// readers that resolved their columns' positions once).
Date date_from_text(std::string_view text);

// The enum for a stored code. CHECK constraints keep codes valid, so exact
// matching suffices (no folding: exports read a million rows).
template <class E>
E code_from_text(std::string_view text) {
  for (const auto& e : code_table<E>())
    if (e.code == text) return e.value;
  throw std::runtime_error("código desconocido en la base de datos: " + std::string(text));
}

template <class E>
E column_code(Statement& st, std::string_view name) {
  return code_from_text<E>(st.text_view(name));
}

template <class E>
void bind_code(Statement& st, std::string_view name, E value) {
  st.bind(name, code_of(value));
}

}  // namespace cdmype::store
