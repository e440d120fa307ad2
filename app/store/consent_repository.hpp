// The consent_record table: a titular's grants, withdrawals, objections and limitations, in the
// order they were made (core/consent.hpp folds them into the state in force).
#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/consent.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditConsent = "consent_record";

// A file as the consent lists show it: the unregistered ones, the ones that may be contacted.
struct ConsentFileRow {
  std::int64_t enterprise_id = 0;
  std::string codigo;
  std::string nombre;
  std::string titular;
  std::string asesor;  // username, "" when none
};

class ConsentRepository {
 public:
  explicit ConsentRepository(Connection& db) : db_(db) {}

  // Writes the record and its audit entry; fills r.id, r.created_at and r.registrado_por.
  void insert(const Author& who, ConsentRecord& r);
  // Oldest first.
  std::vector<ConsentRecord> of_enterprise(std::int64_t enterprise_id);
  // The state in force of every file that has records (a file without any is unregistered).
  std::unordered_map<std::int64_t, ConsentState> states();
  // Files without a grant, by código; `limit` < 0 for all of them.
  std::vector<ConsentFileRow> unregistered(int limit);
  // Files with some record, by código (the contact lists filter them by their states()).
  std::vector<ConsentFileRow> files_with_records();
  std::int64_t unregistered_count();
  // Forgetting: the free text of the person's records emptied (their scopes and dates stay).
  void clear_reasons(std::int64_t enterprise_id);

 private:
  Connection& db_;
};

}  // namespace cdmype::store
