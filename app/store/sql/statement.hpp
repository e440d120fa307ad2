// A statement as repositories use it: parameters bound and columns read by name.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/sql/connection.hpp"

namespace cdmype::store {

// Names keep SQL and C++ in step: a parameter bound under a name the SQL
// does not have, a parameter left unbound, or a column read that the query
// does not return is a std::logic_error (a programming mistake), never a
// silent NULL.
class Statement {
 public:
  Statement(Connection& connection, std::string_view sql);
  ~Statement();
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;

  Statement& bind(std::string_view name, std::int64_t value);
  Statement& bind(std::string_view name, int value);
  Statement& bind(std::string_view name, double value);
  Statement& bind(std::string_view name, std::string_view text);
  Statement& bind(std::string_view name, const std::string& text);
  Statement& bind(std::string_view name, const char* text);
  Statement& bind(std::string_view name, const std::optional<std::int64_t>& value);
  Statement& bind(std::string_view name, const std::optional<std::string>& value);
  Statement& bind_blob(std::string_view name, std::string_view bytes);
  Statement& bind_null(std::string_view name, SqlType type);

  // For reads of a whole table (exports, copies, checks): rows arrive one at a
  // time, so memory stays flat however many there are. Until the last row or
  // reset(), nothing else may run on this connection (std::logic_error).
  Statement& stream_rows() {
    impl_->stream_rows();
    return *this;
  }

  // The next row; false when there are no more. The first call runs the statement.
  bool step();
  // Runs a statement that returns no rows; returns the rows it changed.
  std::int64_t execute();
  // Ready to run again with new bindings (the old ones are kept until replaced).
  void reset();

  // The position of a result column, for loops over many rows that read by
  // position once resolved by name.
  int column(std::string_view name);

  bool is_null(std::string_view name) { return impl_->is_null(column(name)); }
  std::int64_t int64(std::string_view name) { return impl_->int64(column(name)); }
  int int32(std::string_view name) { return static_cast<int>(int64(name)); }
  double real(std::string_view name) { return impl_->real(column(name)); }
  std::string text(std::string_view name) { return std::string(impl_->text(column(name))); }
  std::string_view text_view(std::string_view name) { return impl_->text(column(name)); }
  std::string blob(std::string_view name) { return impl_->blob(column(name)); }
  std::optional<std::int64_t> optional_int64(std::string_view name);
  std::optional<std::string> optional_text(std::string_view name);

  // By a position from column().
  bool is_null(int index) { return impl_->is_null(index); }
  std::int64_t int64(int index) { return impl_->int64(index); }
  std::string_view text_view(int index) { return impl_->text(index); }
  double real(int index) { return impl_->real(index); }
  std::string blob(int index) { return impl_->blob(index); }
  SqlType column_type(int index) { return impl_->column_type(index); }
  int column_count() { return impl_->column_count(); }

  Connection& connection() { return *connection_; }

 private:
  int parameter(std::string_view name);
  void require_all_bound();

  Connection* connection_;
  std::unique_ptr<StatementImpl> impl_;
  std::vector<bool> bound_;
  std::map<std::string, int, std::less<>> columns_;
  bool running_ = false;
};

// The single value of a query that returns one row and one column (COUNT, MAX…);
// nullopt when there is no row or the value is NULL.
std::optional<std::int64_t> query_int64(Connection& c, std::string_view sql);

}  // namespace cdmype::store
