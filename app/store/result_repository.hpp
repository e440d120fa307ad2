// The result table: insert/update/delete with audit, lists per enterprise and for export.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result_record.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditResult = "result";

class ResultRepository {
 public:
  explicit ResultRepository(Connection& db) : db_(db), audit_(db) {}

  void insert(const Author& who, ResultRecord& r);
  // Version-checked (StaleRecord); audited before/after.
  void update(const Author& who, ResultRecord& r);
  // Audited with the deleted row as "before".
  void remove(const Author& who, std::int64_t id);

  std::optional<ResultRecord> get(std::int64_t id);
  // The row an import would repeat: same enterprise, date, kind and detail.
  std::optional<ResultRecord> find_same(std::int64_t enterprise_id, const Date& fecha,
                                        TipoResultado tipo, const std::string& detalle);
  // Newest first.
  std::vector<ResultRecord> by_enterprise(std::int64_t enterprise_id);
  // Oldest first, with the enterprise's código; stop by returning false.
  void for_each_export(const std::function<bool(const ResultRecord&, const std::string&)>& visit);

 private:
  Connection& db_;
  AuditRepository audit_;
  std::optional<Statement> insert_;
};

}  // namespace cdmype::store
