// The consent_record table: a person's grants, withdrawals, objections and limitations, in the
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
  std::int64_t asesor_id = 0;
  // The titular's disability or returnee status is held (imported history, awaiting express
  // consent while unregistered); services clear it for whoever may not see sensitive data.
  bool datos_sensibles = false;
};

class ConsentRepository {
 public:
  explicit ConsentRepository(Connection& db) : db_(db) {}

  // Writes the record and its audit entry; fills r.id, r.created_at and r.registrado_por.
  void insert(const Author& who, ConsentRecord& r);
  // The person's records, oldest first.
  std::vector<ConsentRecord> of(const ConsentSubject& subject);
  // The state in force of everyone of that kind who has records, by their record's id (a file,
  // a referral or an attendance without any is unregistered).
  std::unordered_map<std::int64_t, ConsentState> states(ConsentPerson person);
  // How many people of that kind have a grant.
  std::int64_t registered_count(ConsentPerson person);
  // Files without a grant, by código; `limit` < 0 for all of them.
  std::vector<ConsentFileRow> unregistered(int limit);
  // Files with some record, by código (the contact lists filter them by their states()).
  std::vector<ConsentFileRow> files_with_records();
  std::int64_t unregistered_count();
  // Forgetting: the free text of the person's records emptied (their scopes and dates stay).
  void clear_reasons(const ConsentSubject& subject);
  // An attendance recorded by mistake and removed takes its records with it (audited).
  void remove_of_attendee(const Author& who, std::int64_t attendee_id);

 private:
  Connection& db_;
};

}  // namespace cdmype::store
