// `user add|list|disable|enable|passwd`: account management.
#include <iomanip>
#include <ostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"

namespace cdmype::cli {
namespace {

std::string new_password(const CommandContext& c, const std::string& username) {
  auto p = c.term.password("CDMYPE_NEW_PASSWORD", "Contraseña nueva para " + username + ": ");
  if (!p) throw UserError("Falta la contraseña nueva: defina CDMYPE_NEW_PASSWORD o escríbala al pedirla.");
  warn_weak_password(c, *p);
  return *p;
}

Role parse_role(const std::string& text) {
  auto role = parse_code<Role>(text);
  if (!role) throw UsageError("rol desconocido «" + text + "»; use uno de: " + list_codes<Role>());
  return *role;
}

int user_add(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"role", "full-name"});
  c.args.max_positionals(2);
  services::NewUser u;
  u.username = c.args.positional(1, "el nombre de la cuenta");
  u.role = parse_role(c.args.required_option("role"));
  u.full_name = c.args.option("full-name").value_or(u.username);
  u.password = new_password(c, u.username);
  u.must_change_password = true;  // chosen by someone else: asked to change at first sign-in
  ws.users().add(actor, u);
  c.term.err << "Cuenta «" << u.username << "» creada con el rol " << code_of(u.role) << ".\n";
  return 0;
}

int user_list(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  for (const User& u : ws.users().list(actor)) {
    c.term.out << u.username << '\t' << code_of(u.role) << '\t'
               << (u.active ? "activa" : "desactivada") << '\t' << u.full_name << '\n';
  }
  return 0;
}

int user_passwd(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(2);
  std::string target = c.args.positionals().size() > 1 ? c.args.positional(1, "") : actor.username;
  if (target == actor.username) {
    auto current = c.term.password("CDMYPE_PASSWORD", "Contraseña actual: ");
    ws.auth().change_own_password(actor, current.value_or(""), new_password(c, target));
  } else {
    ws.users().reset_password(actor, target, new_password(c, target));
  }
  c.term.err << "Contraseña de «" << target << "» cambiada.\n";
  return 0;
}

}  // namespace

int cmd_user(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (add, list, disable, enable, passwd)");
  if (sub != "add" && sub != "list" && sub != "disable" && sub != "enable" && sub != "passwd")
    throw UsageError("subcomando de user desconocido «" + sub + "»");
  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  if (sub == "add") return user_add(c, ws, actor);
  if (sub == "list") return user_list(c, ws, actor);
  if (sub == "passwd") return user_passwd(c, ws, actor);
  c.args.allow_only({});
  c.args.max_positionals(2);
  const std::string name = c.args.positional(1, "el nombre de la cuenta");
  if (sub == "disable") {
    ws.users().disable(actor, name);
    c.term.err << "Cuenta «" << name << "» desactivada.\n";
  } else {
    ws.users().enable(actor, name);
    c.term.err << "Cuenta «" << name << "» activada.\n";
  }
  return 0;
}

}  // namespace cdmype::cli
