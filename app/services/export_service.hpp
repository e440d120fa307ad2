// Streaming exports of enterprises and sessions for CSV writers (ExportData).
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/export_readers.hpp"

namespace cdmype::services {

class ExportService {
 public:
  explicit ExportService(ServiceContext& ctx) : ctx_(ctx) {}

  // One callback per row, ordered by código; return false to stop (cancel).
  void enterprises(const Actor& actor,
                   const std::function<bool(const store::EnterpriseExportRow&)>& row);
  // Ordered by fecha, enterprise id, id.
  void sessions(const Actor& actor, const std::function<bool(const store::SessionExportRow&)>& row);

  // ExportSensitiveData (director): records in the audit log that `kind`
  // was exported with disability and returnee status (`--incluir-sensibles`).
  void record_sensitive_export(const Actor& actor, std::string_view kind);
  // ExportData: the national key for pseudonymous files; UserError saying how
  // to set it when CONAMYPE's key was not stored yet.
  std::string national_key(const Actor& actor);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
