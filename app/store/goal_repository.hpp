// The annual_goal table: one goal per year and indicator (the center's annual plan), audited.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditGoal = "annual_goal";

struct AnnualGoal {
  std::int64_t id = 0;
  int year = 0;
  std::string indicador;   // a code of core/indicators.hpp
  std::int64_t value = 0;  // in the indicator's unit (cents for money)
  int version = 0;
  std::string updated_at;
  std::string updated_by;  // username, empty when unknown
};

class GoalRepository {
 public:
  explicit GoalRepository(Connection& db) : db_(db) {}

  // Inserts or changes the goal of (year, indicador) and writes the audit
  // row; a value equal to the stored one changes nothing. Inside the
  // caller's transaction.
  AnnualGoal upsert(const Author& who, int year, const std::string& indicador, std::int64_t value);

  std::optional<AnnualGoal> get(int year, const std::string& indicador);
  // One year's goals, by indicador code.
  std::vector<AnnualGoal> for_year(int year);
  // Every goal, by year then indicador code.
  std::vector<AnnualGoal> all();

 private:
  std::vector<AnnualGoal> select(const std::string& where, std::optional<int> year);
  Connection& db_;
};

}  // namespace cdmype::store
