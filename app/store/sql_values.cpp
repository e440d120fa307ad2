// Binding and reading helpers shared by the repositories.
#include "store/sql_values.hpp"

namespace cdmype::store {

void bind_text_or_null(Statement& st, std::string_view name, std::string_view value) {
  if (value.empty())
    st.bind_null(name, SqlType::Text);
  else
    st.bind(name, value);
}

void bind_id_or_null(Statement& st, std::string_view name, std::int64_t id) {
  if (id == 0)
    st.bind_null(name, SqlType::Integer);
  else
    st.bind(name, id);
}

void bind_date(Statement& st, std::string_view name, const Date& d) { st.bind(name, to_iso(d)); }

void bind_optional_date(Statement& st, std::string_view name, const std::optional<Date>& d) {
  if (d)
    st.bind(name, to_iso(*d));
  else
    st.bind_null(name, SqlType::Text);
}

void bind_bool(Statement& st, std::string_view name, bool value) { st.bind(name, value ? 1 : 0); }

std::string column_text(Statement& st, std::string_view name) {
  const int i = st.column(name);
  return st.is_null(i) ? std::string() : std::string(st.text_view(i));
}

std::int64_t column_id(Statement& st, std::string_view name) {
  const int i = st.column(name);
  return st.is_null(i) ? 0 : st.int64(i);
}

Date date_from_text(std::string_view text) {
  const auto d = parse_iso_date(text);
  if (!d) throw std::runtime_error("fecha inválida en la base de datos: " + std::string(text));
  return *d;
}

Date column_date(Statement& st, std::string_view name) {
  return date_from_text(st.text_view(name));
}

std::optional<Date> column_optional_date(Statement& st, std::string_view name) {
  if (st.is_null(name)) return std::nullopt;
  return column_date(st, name);
}

bool column_bool(Statement& st, std::string_view name) { return st.int64(name) != 0; }

}  // namespace cdmype::store
