// The one abstraction behind every kind of CSV import (empresas, sesiones, …), Poedit-style
// siblings.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/territory.hpp"
#include "exchange/csv_columns.hpp"
#include "exchange/import_errors.hpp"
#include "exchange/import_lookups.hpp"
#include "exchange/row_reader.hpp"

namespace cdmype::exchange {

// Everything an import needs besides the file.
struct ImportContext {
  const ImportLookups& lookups;
  std::int64_t acting_user_id = 0;  // an empty asesor cell means this user
  const Territory& territory = Territory::el_salvador();
};

// The records of a file that passed every check, with the line each one
// came from (parallel to `records`) and the warnings to show.
template <class Record>
struct ImportResult {
  std::vector<Record> records;
  std::vector<int> lines;
  std::vector<std::string> warnings;
};

// Template method: read_file() reads the CSV, matches the header against
// columns(), hands every data row to read_row(), and throws ImportFailed
// with every problem if there is any. Nothing is written anywhere: storing
// the records is the caller's single transaction.
class Importer {
 public:
  explicit Importer(const ImportContext& context) : context_(context) {}
  virtual ~Importer() = default;
  Importer(const Importer&) = delete;
  Importer& operator=(const Importer&) = delete;

  virtual std::string_view kind() const = 0;  // "empresas", as on the command line
  virtual std::span<const ColumnSpec> columns() const = 0;

  // Throws ImportFailed (a ValidationFailed) listing every problem.
  void read_file(std::string_view bytes);
  const std::vector<std::string>& warnings() const { return warnings_; }

 protected:
  // Parses one row; problems go through `row`. Called in file order.
  virtual void read_row(RowReader& row) = 0;

  const ImportContext& context() const { return context_; }
  // Resolves a distrito cell against the territory catalog, preferring the
  // center's departamento for names shared by several; records the problem.
  std::optional<int> distrito(RowReader& row, std::string_view column) const;
  // An asesor username cell; empty means the acting user.
  std::optional<std::int64_t> asesor(RowReader& row, std::string_view column) const;

 private:
  ImportContext context_;
  std::vector<std::string> warnings_;
};

}  // namespace cdmype::exchange
