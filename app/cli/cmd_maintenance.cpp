// `backup`, `restore`, `check` and `demo`: the database as a whole.
#include <optional>
#include <ostream>
#include <string>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "demo/demo_loader.hpp"

namespace cdmype::cli {

int cmd_backup(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  std::filesystem::path dest = c.args.positional(0, "el archivo de destino de la copia");
  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  auto result = ws.maintenance().backup(actor, dest, [&](std::int64_t done, std::int64_t total) {
    c.progress("Copia de seguridad", total ? static_cast<double>(done) / static_cast<double>(total) : 1.0);
    return true;
  });
  c.term.end_progress();
  c.term.err << "Copia verificada en " << result.path.string() << " (" << result.bytes
             << " bytes).\n";
  return 0;
}

namespace {

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
  const auto result =
      services::MaintenanceService::restore_damaged(c.db.file(), source, *c.user, *password);
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
  const auto result = ws->maintenance().restore(actor, source);
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
  if (scale_text == "small") scale = demo::Scale::Small;
  else if (scale_text == "national") scale = demo::Scale::National;
  else throw UsageError("escala desconocida «" + scale_text + "»; use small o national");
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
