// The bulk write side of CSV imports: all rows in one transaction with audit, plus the lookups
// importers need.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/advisory_session.hpp"
#include "core/enterprise.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

// Called every few hundred rows while writing; return false to cancel (nothing is kept).
using ImportProgress = std::function<bool(std::size_t done, std::size_t total)>;

// Optional extras for an import call.
struct ImportOptions {
  // The file line of each record, so messages say "línea N: …" (else "registro N: …").
  std::vector<int> line_numbers;
  ImportProgress progress;
};

class ImportService {
 public:
  explicit ImportService(ServiceContext& ctx) : ctx_(ctx) {}

  // ImportData. All-or-nothing: every record is checked first (core
  // validate, distrito/asesor exist, código not repeated in the batch or the
  // database) and all problems are thrown together as ValidationFailed;
  // then one BEGIN IMMEDIATE transaction writes every row and its audit
  // entry, reusing prepared statements. Empty códigos get the next
  // PREFIX-YEAR-NNNN of their fecha_ingreso year. Returns the new ids in order.
  std::vector<std::int64_t> import_enterprises(const Actor& actor, std::vector<Enterprise> rows,
                                               const ImportOptions& options = {});
  // ImportData. Same contract; enterprise_id and asesor_id must be resolved
  // by the importer (see the lookups below).
  std::vector<std::int64_t> import_sessions(const Actor& actor, std::vector<AdvisorySession> rows,
                                            const ImportOptions& options = {});

  // Lookups for resolving names in files (ImportData or ExportData).
  std::optional<std::int64_t> user_id_by_username(const Actor& actor, std::string_view username);
  std::optional<std::int64_t> enterprise_id_by_codigo(const Actor& actor, std::string_view codigo);
  // Whole maps for large files (one query instead of one per row).
  std::unordered_map<std::string, std::int64_t> user_ids_by_username(const Actor& actor);
  std::unordered_map<std::string, std::int64_t> enterprise_ids_by_codigo(const Actor& actor);
  // The center's departamento setting, to resolve ambiguous distrito names.
  std::string departamento(const Actor& actor);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
