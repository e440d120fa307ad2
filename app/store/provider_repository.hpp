// The provider table: insert/update with audit, lookups by folded name, and ratings from finished
// AT.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/provider.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

class ProviderRepository {
 public:
  explicit ProviderRepository(Connection& db) : db_(db), audit_(db) {}

  // An empty uuid gets a new one; fills p.meta and writes the audit row. A
  // name already taken (ignoring case and accents) is a UserError.
  void insert(const Author& who, Provider& p);
  // Optimistic check on p.meta.version (StaleRecord); audited before/after.
  void update(const Author& who, Provider& p);

  std::optional<Provider> get(std::int64_t id);
  // Matches provider_name_key(nombre), so "pena consultores" finds "Peña Consultores".
  std::optional<Provider> by_name(std::string_view nombre);

  // All providers by name, with their AT count and average rating.
  std::vector<ProviderSummary> summaries();
  std::optional<ProviderSummary> summary(std::int64_t id);

 private:
  std::vector<ProviderSummary> select_summaries(std::optional<std::int64_t> id);

  Connection& db_;
  AuditRepository audit_;
};

}  // namespace cdmype::store
