// Opening the database and signing in for CLI commands.
#include "cli/command_context.hpp"

#include <cstdlib>
#include <ostream>

#include "core/errors.hpp"
#include "core/user.hpp"
#include "services/network_share_warning.hpp"

namespace cdmype::cli {

services::Workspace CommandContext::open_workspace() const {
  if (db.is_file())
    if (auto warning = services::network_share_warning(db.file()))
      term.err << "Aviso: " << *warning << "\n";
  services::Workspace ws = services::Workspace::open(db);
  if (const auto moved = ws.center_moves().moved_to()) term.err << "Aviso: " << *moved << "\n";
  return ws;
}

Actor CommandContext::sign_in(services::Workspace& ws) const {
  if (!user) throw UsageError("falta --user NOMBRE (la persona que actúa)");
  auto password = term.password("CDMYPE_PASSWORD", "Contraseña de " + *user + ": ");
  if (!password) throw UserError("Falta la contraseña: defina CDMYPE_PASSWORD o escríbala al pedirla.");
  Actor actor = ws.auth().sign_in(*user, *password);
  if (ws.auth().must_change_password(actor))
    term.err << "Aviso: la cuenta «" << actor.username
             << "» debe cambiar su contraseña (cdmype-cli user passwd).\n";
  return actor;
}

void CommandContext::progress(const std::string& step, double fraction) const {
  term.progress(step, fraction);
}

void warn_weak_password(const CommandContext& c, const std::string& password) {
  if (auto problem = password_problem(password); !problem.empty())
    c.term.err << "Aviso: " << problem << " Cámbiela pronto (cdmype-cli user passwd).\n";
}

std::filesystem::path default_database_path() {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = std::filesystem::path(home) / ".local" / "share";
  } else {
    base = ".";
  }
  return base / "cdmype-desk" / "cdmype.db";
}

}  // namespace cdmype::cli
