// The enterprise table: insert/update with audit and version check, lookups, code sequence.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/enterprise.hpp"
#include "store/audit_repository.hpp"
#include "store/enterprise_row.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// Keeps its insert statements prepared between calls, so a bulk import that
// reuses one repository for all rows prepares each statement once.
class EnterpriseRepository {
 public:
  explicit EnterpriseRepository(Connection& db) : db_(db), audit_(db) {}

  // The record must carry its codigo; an empty uuid gets a new one. Fills
  // e.meta (id, version 1, timestamps, authors) and writes the audit row.
  // A repeated codigo is a UserError.
  void insert(const Author& who, Enterprise& e);
  // Optimistic check: e.meta.version must equal the stored one, otherwise
  // StaleRecord ("Otra persona modificó este expediente (versión N) …").
  // uuid and created_* are kept from the stored record. Audited before/after.
  void update(const Author& who, Enterprise& e);

  std::optional<Enterprise> get(std::int64_t id);
  std::optional<Enterprise> by_codigo(std::string_view codigo);
  std::optional<std::int64_t> id_by_codigo(std::string_view codigo);
  bool codigo_exists(std::string_view codigo);
  // Canonical DUI "01234567-8" / NIT "0614-010190-101-3", as core normalizes them.
  // find_by_dui also finds the files whose NIT is that DUI (a person's NIT).
  std::vector<Enterprise> find_by_dui(std::string_view dui);
  std::vector<Enterprise> find_by_nit(std::string_view nit);

  // The next free sequence number for PREFIX-YEAR-NNNN (1 when none).
  int next_sequence(std::string_view prefix, int year);

  std::unordered_map<std::string, std::int64_t> ids_by_codigo();
  std::unordered_set<std::int64_t> all_ids();
  std::int64_t count_all();

 private:
  // `where` compares against the one parameter :value.
  std::vector<Enterprise> select_where(const std::string& where, std::string_view value);

  Connection& db_;
  AuditRepository audit_;
  std::optional<Statement> insert_;
  std::optional<Statement> get_;  // kept: the AT import reads 50,000 files by id
  EnterpriseReader get_reader_;  // its column positions
};

}  // namespace cdmype::store
