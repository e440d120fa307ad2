// `init`: creates a new center database with its first (admin) account.
#include <ostream>
#include <system_error>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/territory.hpp"
#include "core/text.hpp"

namespace cdmype::cli {
namespace {

// "CDMYPE Chalatenango" → "Chalatenango": the center's departamento settles
// distrito names that exist in several departamentos (San Fernando, …).
std::string departamento_in_name(const std::string& center_name) {
  const std::string folded = " " + fold_for_match(center_name) + " ";
  for (const auto& d : Territory::el_salvador().departamentos())
    if (folded.find(" " + fold_for_match(d) + " ") != std::string::npos) return d;
  return "";
}

}  // namespace

int cmd_init(CommandContext& c) {
  c.args.allow_only({"center", "prefix", "admin", "operator", "departamento", "full-name", "paper"});
  c.args.max_positionals(0);
  services::CenterInit init;
  init.center_name = c.args.required_option("center");
  init.prefix = c.args.required_option("prefix");
  init.username = c.args.required_option("admin");
  init.operator_name = c.args.option("operator").value_or("");
  init.departamento = c.args.option("departamento").value_or(departamento_in_name(init.center_name));
  init.full_name = c.args.option("full-name").value_or("Administración");
  if (auto paper = c.args.option("paper")) init.paper_size = *paper;
  init.role = Role::Admin;
  auto password = c.term.password("CDMYPE_PASSWORD", "Contraseña para " + init.username + ": ");
  if (!password) throw UserError("Falta la contraseña de la cuenta de administración: defina CDMYPE_PASSWORD.");
  init.password = *password;
  warn_weak_password(c, init.password);

  if (c.db.is_file() && c.db.file().has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(c.db.file().parent_path(), ec);
    if (ec)
      throw UserError("No se pudo crear la carpeta «" + c.db.file().parent_path().string() + "»: " +
                      file_error_text(ec.value()) + ".");
  }
  services::Workspace ws = services::Workspace::create(c.db);
  ws.center().initialize(init);
  c.term.err << "Centro «" << init.center_name << "» creado en " << c.db.display()
             << " con la cuenta de administración «" << init.username << "».\n";
  return 0;
}

}  // namespace cdmype::cli
