// `center key|national-key` (a center's side of the national roll-up), `report package` and
// `national consolidate` (CONAMYPE's side: packages and keys only, no database).
#include <ostream>

#include "cli/commands.hpp"
#include "cli/report_subcommands.hpp"
#include "core/errors.hpp"
#include "report/file_output.hpp"
#include "report/monthly_report.hpp"
#include "report/national_pdf.hpp"
#include "report/national_rollup.hpp"
#include "report/national_xlsx.hpp"
#include "report/report_package_build.hpp"

namespace cdmype::cli {
namespace {

int center_key(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  c.term.out << ws.report_packages().public_key(actor) << '\n';  // alone, for CLAVES.csv
  return 0;
}

int center_national_key(CommandContext& c) {
  c.args.allow_only({"set"});
  c.args.max_positionals(1);
  const std::string key = c.args.required_option("set");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  ws.center().set_national_key(actor, key);
  c.term.err << "Clave nacional guardada: los paquetes y los archivos seudónimos la usan.\n";
  return 0;
}

int consolidate(CommandContext& c) {
  c.args.allow_only({"month", "keys", "json", "pdf", "xlsx"});
  const YearMonth month = month_option(c);
  const std::string keys_path = c.args.required_option("keys");
  const std::string json = c.args.required_option("json");
  const std::string pdf = c.args.required_option("pdf");
  const auto xlsx = c.args.option("xlsx");
  std::vector<report::PackageFile> packages;
  for (std::size_t i = 1; i < c.args.positionals().size(); ++i) {
    const std::string& path = c.args.positionals()[i];
    packages.push_back({path, report::read_input_file(path, "el paquete")});
  }
  if (packages.empty()) throw UsageError("indique los paquetes que consolidar (PAQUETE…)");
  const auto keys =
      report::read_center_keys(report::read_input_file(keys_path, "la lista de claves"));
  const report::NationalRollUp rollup = report::consolidate(month, keys, packages);
  const report::GeneratedAt now = report::generated_now();
  report::write_file_atomically(json, report::national_json(rollup, now));
  report::write_file_atomically(pdf, report::national_pdf(rollup, now));
  if (xlsx) report::write_national_xlsx(rollup, *xlsx);
  c.term.err << "Consolidado nacional de " << month.to_string() << ": " << rollup.centros.size()
             << " centro(s), " << rollup.distintas_mes << " empresa(s) distintas";
  if (!rollup.faltan.empty()) {
    c.term.err << "; faltan";
    for (const auto& p : rollup.faltan) c.term.err << ' ' << p;
  }
  c.term.err << ".\n";
  return 0;
}

}  // namespace

int cmd_center(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (key, national-key)");
  if (sub == "key") return center_key(c);
  if (sub == "national-key") return center_national_key(c);
  throw UsageError("subcomando de center desconocido «" + sub + "»; use key o national-key");
}

int cmd_national(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (consolidate)");
  if (sub == "consolidate") return consolidate(c);
  throw UsageError("subcomando de national desconocido «" + sub + "»; use consolidate");
}

int report_package(CommandContext& c) {
  c.args.allow_only({"month", "out"});
  c.args.max_positionals(1);
  const YearMonth month = month_option(c);
  const std::string out = c.args.required_option("out");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  report::write_file_atomically(out, report::report_package_file(ws, actor, month));
  c.term.err << "Paquete firmado del informe de " << month.to_string() << " escrito en " << out
             << ".\n";
  return 0;
}

}  // namespace cdmype::cli
