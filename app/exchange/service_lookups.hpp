// ImportLookups over the services: whole name→id maps loaded once per import.
#pragma once
#include <string>
#include <unordered_map>

#include "exchange/import_lookups.hpp"
#include "services/workspace.hpp"

namespace cdmype::exchange {

// One query per map instead of one per row: a national file has 100,000 rows.
class ServiceImportLookups final : public ImportLookups {
 public:
  ServiceImportLookups(services::Workspace& ws, const Actor& actor);
  std::optional<std::int64_t> user_id(std::string_view username) const override;
  std::optional<std::int64_t> enterprise_id(std::string_view codigo) const override;
  std::string center_departamento() const override { return departamento_; }
  NumberFormat number_format() const override { return number_format_; }
  Date today() const override { return today_; }

 private:
  std::unordered_map<std::string, std::int64_t> users_;
  std::unordered_map<std::string, std::int64_t> enterprises_;
  mutable std::unordered_map<std::string, std::int64_t> by_key_;  // codigo_key → id, built on a miss
  std::string departamento_;
  NumberFormat number_format_;
  Date today_;
};

}  // namespace cdmype::exchange
