// Binding and reading by name over an engine's prepared statement.
#include "store/sql/statement.hpp"

#include <stdexcept>

#include "store/sql/db_error.hpp"

namespace cdmype::store {

Statement::Statement(Connection& connection, std::string_view sql)
    : connection_(&connection), impl_(connection.prepare(sql)) {
  bound_.assign(static_cast<size_t>(impl_->parameter_count()), false);
}

Statement::~Statement() = default;
Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;

int Statement::parameter(std::string_view name) {
  const int n = impl_->parameter_count();
  for (int i = 0; i < n; ++i)
    if (impl_->parameter_name(i) == name) {
      if (running_) reset();
      bound_[static_cast<size_t>(i)] = true;
      return i;
    }
  throw std::logic_error("la consulta no tiene el parámetro :" + std::string(name));
}

Statement& Statement::bind(std::string_view name, std::int64_t value) {
  const int i = parameter(name);
  impl_->bind_int64(i, value);
  return *this;
}

Statement& Statement::bind(std::string_view name, int value) {
  return bind(name, static_cast<std::int64_t>(value));
}

Statement& Statement::bind(std::string_view name, double value) {
  const int i = parameter(name);
  impl_->bind_real(i, value);
  return *this;
}

Statement& Statement::bind(std::string_view name, std::string_view text) {
  const int i = parameter(name);
  impl_->bind_text(i, text);
  return *this;
}

Statement& Statement::bind(std::string_view name, const std::string& text) {
  return bind(name, std::string_view(text));
}

Statement& Statement::bind(std::string_view name, const char* text) {
  return bind(name, std::string_view(text));
}

Statement& Statement::bind(std::string_view name, const std::optional<std::int64_t>& value) {
  return value ? bind(name, *value) : bind_null(name, SqlType::Integer);
}

Statement& Statement::bind(std::string_view name, const std::optional<std::string>& value) {
  return value ? bind(name, std::string_view(*value)) : bind_null(name, SqlType::Text);
}

Statement& Statement::bind_blob(std::string_view name, std::string_view bytes) {
  const int i = parameter(name);
  impl_->bind_blob(i, bytes);
  return *this;
}

Statement& Statement::bind_null(std::string_view name, SqlType type) {
  const int i = parameter(name);
  impl_->bind_null(i, type);
  return *this;
}

void Statement::require_all_bound() {
  for (size_t i = 0; i < bound_.size(); ++i)
    if (!bound_[i])
      throw std::logic_error("la consulta no recibió el parámetro :" +
                             std::string(impl_->parameter_name(static_cast<int>(i))));
}

namespace {

// What a person can act on (busy, disk full, server lost…) leaves as a
// Spanish DatabaseProblem; constraint failures stay DbError for the
// repository that words them for its record.
bool step_friendly(StatementImpl& impl) {
  try {
    return impl.step();
  } catch (const DbError& e) {
    if (is_environmental(e)) rethrow_friendly(e);
    throw;
  }
}

}  // namespace

bool Statement::step() {
  if (!running_) {
    require_all_bound();
    running_ = true;
  }
  return step_friendly(*impl_);
}

std::int64_t Statement::execute() {
  if (running_) reset();
  require_all_bound();
  running_ = true;
  while (step_friendly(*impl_)) {
  }
  const auto changed = impl_->changes();
  reset();
  return changed;
}

void Statement::reset() {
  impl_->reset();
  running_ = false;
}

int Statement::column(std::string_view name) {
  if (columns_.empty()) {
    const int n = impl_->column_count();
    for (int i = 0; i < n; ++i) columns_.emplace(std::string(impl_->column_name(i)), i);
  }
  const auto found = columns_.find(name);
  if (found == columns_.end())
    throw std::logic_error("la consulta no devuelve la columna «" + std::string(name) + "»");
  return found->second;
}

std::optional<std::int64_t> Statement::optional_int64(std::string_view name) {
  const int i = column(name);
  if (impl_->is_null(i)) return std::nullopt;
  return impl_->int64(i);
}

std::optional<std::string> Statement::optional_text(std::string_view name) {
  const int i = column(name);
  if (impl_->is_null(i)) return std::nullopt;
  return std::string(impl_->text(i));
}

std::optional<std::int64_t> query_int64(Connection& c, std::string_view sql) {
  Statement q(c, sql);
  if (!q.step() || q.is_null(0)) return std::nullopt;
  return q.int64(0);
}

}  // namespace cdmype::store
