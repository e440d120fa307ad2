// `backup`, `restore`, `check` and `demo`: the database as a whole.
#include <optional>
#include <ostream>
#include <string>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "demo/demo_loader.hpp"
#include "store/clock.hpp"

namespace cdmype::cli {

namespace {

constexpr const char* kBackupPassphraseVar = "CDMYPE_BACKUP_PASSPHRASE";

// The passphrase of an encrypted copy: CDMYPE_BACKUP_PASSPHRASE, else asked (twice when a new
// copy is written, so a typo does not lock the copy for good).
std::string backup_passphrase(const CommandContext& c, bool new_copy) {
  const auto phrase = c.term.password(kBackupPassphraseVar, "Frase de paso de la copia: ");
  if (!phrase)
    throw UserError(std::string("Falta la frase de paso: defina ") + kBackupPassphraseVar +
                    " o escríbala al pedirla.");
  const auto from_environment = c.term.env(kBackupPassphraseVar);
  if (new_copy && !(from_environment && !from_environment->empty())) {
    const auto again = c.term.password("", "Repita la frase de paso: ");
    if (!again || *again != *phrase)
      throw UserError("Las dos frases de paso no coinciden; no se hizo la copia.");
  }
  return *phrase;
}

}  // namespace

int cmd_backup(CommandContext& c) {
  c.args.allow_only({"cifrar"});
  c.args.max_positionals(1);
  std::filesystem::path dest = c.args.positional(0, "el archivo de destino de la copia");
  const bool encrypt = c.args.flag("cifrar");
  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  const auto progress = [&](std::int64_t done, std::int64_t total) {
    c.progress("Copia de seguridad",
               total ? static_cast<double>(done) / static_cast<double>(total) : 1.0);
    return true;
  };
  const auto result =
      encrypt ? ws.maintenance().encrypted_backup(actor, dest, backup_passphrase(c, true), progress)
              : ws.maintenance().backup(actor, dest, progress);
  c.term.end_progress();
  c.term.err << (encrypt ? "Copia cifrada y verificada en " : "Copia verificada en ")
             << result.path.string() << " (" << result.bytes << " bytes).\n";
  if (encrypt)
    c.term.err << "Sin la frase de paso nadie puede restaurarla, tampoco el centro: guárdela "
                  "aparte de la copia.\n";
  return 0;
}

namespace {

std::optional<std::string> restore_passphrase(const CommandContext& c,
                                              const std::filesystem::path& source) {
  if (!services::MaintenanceService::is_encrypted_backup(source)) return std::nullopt;
  return backup_passphrase(c, false);
}

// The current database cannot be opened, so nobody can sign in to it: the
// person proves to be an administrator of the backup instead.
int restore_damaged(CommandContext& c, const std::filesystem::path& source,
                    const std::string& why) {
  if (!c.user) throw UsageError("falta --user NOMBRE (una cuenta de administración de la copia)");
  c.term.err << why << "\nSe restaurará desde la copia; la cuenta «" << *c.user
             << "» debe ser de administración en esa copia.\n";
  const auto password = c.term.password("CDMYPE_PASSWORD", "Contraseña de " + *c.user + ": ");
  if (!password)
    throw UserError("Falta la contraseña: defina CDMYPE_PASSWORD o escríbala al pedirla.");
  const auto phrase = restore_passphrase(c, source);
  const auto result = services::MaintenanceService::restore_damaged(
      c.db.file(), source, *c.user, *password, store::system_clock(),
      phrase ? std::optional<std::string_view>(*phrase) : std::nullopt);
  c.term.err << "Base de datos restaurada desde " << source.string()
             << ".\nLa base dañada quedó guardada en " << result.kept_aside.string() << ".\n";
  return 0;
}

}  // namespace

int cmd_restore(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  std::filesystem::path source = c.args.positional(0, "la copia de seguridad a restaurar");
  std::optional<services::Workspace> ws;
  try {
    ws.emplace(c.open_workspace());
  } catch (const UserError& why) {
    if (!c.db.is_file() || !services::MaintenanceService::database_too_damaged_to_open(c.db.file()))
      throw;
    return restore_damaged(c, source, why.what());
  }
  Actor actor = c.sign_in(*ws);
  const auto phrase = restore_passphrase(c, source);
  const auto result = ws->maintenance().restore(
      actor, source, phrase ? std::optional<std::string_view>(*phrase) : std::nullopt);
  c.term.err << "Base de datos restaurada desde " << source.string()
             << ".\nLa base anterior quedó guardada en " << result.kept_aside.string() << ".\n";
  return 0;
}

int cmd_check(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(0);
  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  auto findings = ws.maintenance().check(actor);
  if (findings.empty()) {
    c.term.out << "OK: base de datos correcta (integridad, esquema y auditoría verificados).\n";
    return 0;
  }
  for (const auto& f : findings) c.term.err << f << '\n';
  return 1;
}

int cmd_demo(CommandContext& c) {
  c.args.allow_only({"scale"});
  c.args.max_positionals(0);
  const std::string scale_text = c.args.option("scale").value_or("small");
  demo::Scale scale;
  if (scale_text == "small")
    scale = demo::Scale::Small;
  else if (scale_text == "national")
    scale = demo::Scale::National;
  else
    throw UsageError("escala desconocida «" + scale_text + "»; use small o national");
  demo::create_demo_database(c.db, scale, [&](const std::string& step, double fraction) {
    c.progress(step, fraction);
    return true;
  });
  c.term.end_progress();
  c.term.err << "Base de demostración creada en " << c.db.display()
             << ".\nCuentas: directora, asesor1, asesor2, asesor3, compras, ventanilla, admin, "
                "consulta; contraseña: "
             << demo::kDemoPassword << "\n";
  return 0;
}

}  // namespace cdmype::cli
