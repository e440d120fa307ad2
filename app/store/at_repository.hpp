// The technical_assistance table: insert/update with audit and version check, lookups, sums per
// year.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/at_record.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// Which AT a list shows; empty fields do not filter.
struct AtFilter {
  std::optional<AtEstado> estado;
  std::optional<std::int64_t> enterprise_id;
  std::optional<std::int64_t> provider_id;
};

// An AT as a list shows it: the record and its enterprise's code and name.
struct AtListEntry {
  TechnicalAssistance at;
  std::string empresa_codigo;
  std::string empresa_nombre;
};

// Keeps its insert statement prepared between calls (bulk imports).
class AtRepository {
 public:
  explicit AtRepository(Connection& db) : db_(db), audit_(db) {}

  // The record must carry its codigo; an empty uuid gets a new one. Fills
  // at.meta and writes the audit row. A repeated codigo is a UserError.
  void insert(const Author& who, TechnicalAssistance& at);
  // Optimistic check on at.meta.version (StaleRecord); audited before/after.
  void update(const Author& who, TechnicalAssistance& at);

  std::optional<TechnicalAssistance> get(std::int64_t id);
  std::optional<TechnicalAssistance> by_codigo(std::string_view codigo);
  bool codigo_exists(std::string_view codigo);
  std::set<std::string> all_codigos();
  // The next free sequence of PREFIX-AT-YEAR-NNNN (1 when none).
  int next_sequence(std::string_view prefix, int year);

  // Ordered by código.
  std::vector<TechnicalAssistance> list(const AtFilter& filter);
  // The same with the enterprise joined, in one query (50,000 AT at national scale).
  std::vector<AtListEntry> list_with_enterprise(const AtFilter& filter);
  // Waiting for the director (solicitada), oldest request first.
  std::vector<TechnicalAssistance> pending();

  // Subsidies reserved for one enterprise by AT approved in `year` (states
  // that commit the budget), leaving out `except_id` (0: none).
  Money approved_subsidy(std::int64_t enterprise_id, int year, std::int64_t except_id = 0);
  // Enterprises with an AT approved in `year` that still commits the budget.
  std::set<std::int64_t> enterprises_approved_in(int year);
  // The latest decision date of an AT that carries a frozen subsidy, if any.
  std::optional<Date> latest_decision_date();

  std::int64_t count_all();

 private:
  Connection& db_;
  AuditRepository audit_;
  std::optional<Statement> insert_;
};

// "1 de enero a 31 de diciembre" of a year, as ISO text for BETWEEN.
std::string year_start_iso(int year);
std::string year_end_iso(int year);

}  // namespace cdmype::store
