// The move: permission, a fresh target, the store's copy and check, then the old home closed.
#include "services/center_move_service.hpp"

#include <filesystem>
#include <system_error>

#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/settings_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

namespace {

std::string first_difference(const store::CenterCopyResult& r) {
  for (const auto& t : r.tables)
    if (t.source_rows != t.target_rows)
      return "la tabla «" + t.table + "» tiene " + std::to_string(t.source_rows) +
             " filas en el origen y " + std::to_string(t.target_rows) + " en el destino";
    else if (!t.same_content)
      return "el contenido de la tabla «" + t.table + "» no coincide";
  if (!r.audit_chain_intact) return "la bitácora de auditoría del destino no está íntegra";
  return "diferencia desconocida";
}

}  // namespace

store::CenterCopyResult CenterMoveService::copy_to(const Actor& actor,
                                                   const store::DataSource& target,
                                                   const store::CopyProgress& progress) {
  require(actor, Action::MoveCenter);
  if (target.is_file() && ctx_.db.source().is_file()) {
    std::error_code ec;
    if (std::filesystem::equivalent(target.file(), ctx_.db.path(), ec))
      throw UserError("El destino es la misma base de datos que el origen.");
  }
  if (target.is_file() && std::filesystem::exists(target.file()))
    throw UserError("Ya existe «" + target.file().string() +
                    "». La copia se hace a un archivo nuevo: elija otro nombre.");
  const bool new_file = target.is_file();
  try {
    store::Database to(target, store::OpenMode::CreateIfMissing);
    store::copy_center(ctx_.sql(), to.connection(), progress);
    auto check = store::verify_center_copy(ctx_.sql(), to.connection(), progress);
    if (!check.ok())
      throw UserError("La copia no coincide con el original (" + first_difference(check) +
                      "); no se dio por terminada.");
    return check;
  } catch (...) {
    if (new_file) {
      std::error_code ec;
      for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(target.file().string() + suffix, ec);
    }
    throw;
  }
}

std::optional<std::string> CenterMoveService::moved_to() {
  store::SettingsRepository settings(ctx_.sql());
  const auto target = settings.get(store::setting_key::kMovedTo);
  if (!target) return std::nullopt;
  return store::moved_center_message(*target, settings.get(store::setting_key::kMovedAt).value_or(""));
}

void CenterMoveService::mark_moved(const Actor& actor, const store::DataSource& target) {
  require(actor, Action::MoveCenter);
  const std::string when = ctx_.now_iso();
  {
    store::WriteTransaction tx(ctx_.db);
    store::SettingsRepository settings(ctx_.sql());
    settings.set(ctx_.author(actor), store::setting_key::kMovedTo, target.display());
    settings.set(ctx_.author(actor), store::setting_key::kMovedAt, when);
    tx.commit();
  }
  ctx_.sql().refuse_writes(store::moved_center_message(target.display(), when));
}

}  // namespace cdmype::services
