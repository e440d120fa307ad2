// Binding and reading helpers shared by the repositories.
#include "store/sql_values.hpp"

namespace cdmype::store {

void bind_text_or_null(SQLite::Statement& st, int index, const std::string& value) {
  if (value.empty())
    st.bind(index);
  else
    st.bind(index, value);
}

void bind_id_or_null(SQLite::Statement& st, int index, std::int64_t id) {
  if (id == 0)
    st.bind(index);
  else
    st.bind(index, static_cast<int64_t>(id));
}

void bind_date(SQLite::Statement& st, int index, const Date& d) { st.bind(index, to_iso(d)); }

void bind_optional_date(SQLite::Statement& st, int index, const std::optional<Date>& d) {
  if (d)
    st.bind(index, to_iso(*d));
  else
    st.bind(index);
}

void bind_bool(SQLite::Statement& st, int index, bool value) { st.bind(index, value ? 1 : 0); }

std::string column_text(const SQLite::Column& c) {
  return c.isNull() ? std::string() : c.getString();
}

std::int64_t column_id(const SQLite::Column& c) { return c.isNull() ? 0 : c.getInt64(); }

Date column_date(const SQLite::Column& c) {
  const auto d = parse_iso_date(c.getText());
  if (!d)
    throw std::runtime_error(std::string("fecha inválida en la base de datos: ") + c.getText());
  return *d;
}

std::optional<Date> column_optional_date(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return column_date(c);
}

bool column_bool(const SQLite::Column& c) { return c.getInt() != 0; }

}  // namespace cdmype::store
