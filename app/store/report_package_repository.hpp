// The report_package table (0021): the signed package of each issued month, as it was made.
#pragma once
#include <optional>
#include <string>

#include "store/sql/statement.hpp"

namespace cdmype::store {

class ReportPackageRepository {
 public:
  explicit ReportPackageRepository(Connection& db) : db_(db) {}

  // Stores the month's package, replacing an earlier one (a month issued again).
  void put(const std::string& periodo, const std::string& paquete, std::string_view now);
  std::optional<std::string> get(const std::string& periodo);

 private:
  Connection& db_;
};

}  // namespace cdmype::store
