// `import KIND FILE` and `export KIND FILE`: the CSV exchange files of product.md §4.
#include <ostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "exchange/import_errors.hpp"
#include "exchange/workspace_exchange.hpp"

namespace cdmype::cli {
namespace {

std::string kind_argument(CommandContext& c) {
  std::string list;
  for (auto k : exchange::exchange_kinds()) list += (list.empty() ? "" : ", ") + std::string(k);
  const std::string what = "el tipo de archivo (" + list + ")";
  std::string kind = c.args.positional(0, what.c_str());
  if (!exchange::is_exchange_kind(kind))
    throw UsageError("tipo de archivo desconocido «" + kind + "»; use " + list);
  return kind;
}

// "1 registro", "6 registros".
std::string records(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " registro" : " registros");
}

}  // namespace

int cmd_import(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(2);
  const std::string kind = kind_argument(c);
  const std::string file = c.args.positional(1, "el archivo CSV");
  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  try {
    auto summary = exchange::import_file(ws, actor, kind, file, [&](double f) {
      c.progress("Importación", f);
      return true;
    });
    c.term.end_progress();
    for (const auto& w : summary.warnings) c.term.err << "Aviso: " << w << '\n';
    c.term.err << (summary.records == 1 ? "Importado " : "Importados ")
               << records(summary.records) << " de " << kind << " desde " << file
               << (summary.detail.empty() ? "" : " (" + summary.detail + ")") << ".\n";
  } catch (const exchange::ImportFailed& e) {
    c.term.end_progress();
    for (const auto& w : e.warnings()) c.term.err << "Aviso: " << w << '\n';
    c.term.err << "No se importó nada de " << file << ":\n";
    throw;
  }
  return 0;
}

int cmd_export(CommandContext& c) {
  c.args.allow_only({"seudonimo", "incluir-sensibles"});
  exchange::ExportPrivacy privacy;
  privacy.pseudonymous = c.args.flag("seudonimo");
  privacy.include_sensitive = c.args.flag("incluir-sensibles");
  c.args.max_positionals(2);
  const std::string kind = kind_argument(c);
  const std::string file = c.args.positional(1, "el archivo CSV de salida");
  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  std::size_t n = exchange::export_file(ws, actor, kind, file, [&](double f) {
    c.progress("Exportación", f);
    return true;
  }, privacy);
  c.term.end_progress();
  c.term.err << (n == 1 ? "Exportado " : "Exportados ") << records(n) << " de " << kind << " a "
             << file << ".\n";
  return 0;
}

}  // namespace cdmype::cli
