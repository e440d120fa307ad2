// Permission check in front of the store's streaming export readers.
#include "services/export_service.hpp"

namespace cdmype::services {

void ExportService::enterprises(const Actor& actor,
                                const std::function<bool(const store::EnterpriseExportRow&)>& row) {
  require(actor, Action::ExportData);
  store::for_each_enterprise(ctx_.sql(), row);
}

void ExportService::sessions(const Actor& actor,
                             const std::function<bool(const store::SessionExportRow&)>& row) {
  require(actor, Action::ExportData);
  store::for_each_session(ctx_.sql(), row);
}

}  // namespace cdmype::services
