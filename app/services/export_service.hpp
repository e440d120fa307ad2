// Streaming exports of enterprises and sessions for CSV writers (ExportData).
#pragma once
#include <functional>

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

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
