// Permission check in front of the store's streaming export readers.
#include "services/export_service.hpp"

#include "core/errors.hpp"
#include "core/json_text.hpp"
#include "store/audit_repository.hpp"
#include "store/settings_repository.hpp"
#include "store/write_transaction.hpp"

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

void ExportService::record_sensitive_export(const Actor& actor, std::string_view kind) {
  require(actor, Action::ExportSensitiveData);
  store::WriteTransaction tx(ctx_.db);
  store::AuditRepository(ctx_.sql())
      .append(ctx_.author(actor), store::AuditOp::Insert, "exportacion_sensible", 0, std::nullopt,
              "{\"tipo\":" + json_quote(kind) + ",\"datos\":\"discapacidad, retornado\"}");
  tx.commit();
}

std::string ExportService::national_key(const Actor& actor) {
  require(actor, Action::ExportData);
  const auto key = store::SettingsRepository(ctx_.sql()).get(store::setting_key::kNationalKey);
  if (!key || key->empty())
    throw UserError("Falta la clave nacional que CONAMYPE da a cada centro para los archivos "
                    "seudónimos. La dirección o IT la guarda con «cdmype-cli settings set "
                    "clave_nacional CLAVE» (en la aplicación: Configuración).");
  return *key;
}

}  // namespace cdmype::services
