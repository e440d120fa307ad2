// `person export|forget|compact`: a person's rights of access, portability and to be forgotten.
#include <ostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "report/file_output.hpp"
#include "report/monthly_report.hpp"
#include "report/person_export.hpp"

namespace cdmype::cli {
namespace {

constexpr const char* kSubcommands = "export, forget, compact, retention, keep";

void print_compaction(CommandContext& c, const store::CompactionOutcome& o) {
  c.term.err << o.note << '\n';
}

int person_forget(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"dui", "reason"});
  c.args.max_positionals(1);
  const auto out = ws.persons().forget(actor, c.args.required_option("dui"),
                                       c.args.required_option("reason"));
  c.term.err << "Persona olvidada: " << out.empresas << " expediente(s), " << out.remisiones
             << " remisión(es), " << out.participaciones << " participación(es) en capacitaciones, "
             << out.sesiones << " texto(s) de sesiones, AT o resultados; " << out.claves
             << " clave(s) de la bitácora destruidas.\n";
  print_compaction(c, out.compactacion);
  c.term.err << services::copies_that_remain_notice() << '\n';
  return out.compactacion.complete ? 0 : 1;
}

int person_export(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"dui", "json", "pdf"});
  c.args.max_positionals(1);
  const auto json = c.args.option("json");
  const auto pdf = c.args.option("pdf");
  if (!json && !pdf) throw UsageError("person export: indique --json ARCHIVO, --pdf ARCHIVO o ambos");
  const std::string dui = c.args.required_option("dui");
  const PersonData data = ws.persons().gather(actor, dui);
  if (json) report::write_file_atomically(*json, report::person_data_json(data));
  if (pdf) {
    const auto bytes =
        report::person_data_pdf(data, report::paper_of(ws.center().settings().paper_size));
    report::write_file_atomically(*pdf, bytes);
  }
  c.term.err << "Datos de la persona con DUI " << data.dui << ": " << data.files.size()
             << " expediente(s), " << data.referrals.size() << " remisión(es), "
             << data.requests.size() << " solicitud(es) de derechos. La entrega quedó en la "
             << "bitácora.\n";
  return 0;
}

int person_compact(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  const auto out = ws.persons().compact(actor);
  print_compaction(c, out);
  return out.complete ? 0 : 1;
}

}  // namespace

// "CH-2020-0007\tcerrada\t14/03/2020\tDulces Peña": files to forget or keep.
int person_retention(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  const auto files = ws.persons().retention_review(actor);
  for (const auto& f : files)
    c.term.out << f.codigo << '\t' << f.estado << '\t' << to_display(f.last_activity) << '\t'
               << f.nombre << '\n';
  c.term.err << files.size() << " expediente(s) cerrados o graduados sin actividad en "
             << ws.center().settings().retention_years
             << " años: olvídelos (person forget) o consérvelos con su motivo (person keep).\n";
  return 0;
}

int person_keep(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"reason"});
  c.args.max_positionals(2);
  const std::string codigo = c.args.positional(1, "el código del expediente");
  ws.persons().keep_file(actor, codigo, c.args.required_option("reason"));
  c.term.err << "Expediente " << codigo << " conservado; vuelve a revisión tras "
             << ws.center().settings().retention_years << " años.\n";
  return 0;
}

int cmd_person(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando");
  if (sub != "export" && sub != "forget" && sub != "compact" && sub != "retention" &&
      sub != "keep")
    throw UsageError("subcomando desconocido «" + sub + "»; use " + std::string(kSubcommands));
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  if (sub == "export") return person_export(c, ws, actor);
  if (sub == "forget") return person_forget(c, ws, actor);
  if (sub == "retention") return person_retention(c, ws, actor);
  if (sub == "keep") return person_keep(c, ws, actor);
  return person_compact(c, ws, actor);
}

}  // namespace cdmype::cli
