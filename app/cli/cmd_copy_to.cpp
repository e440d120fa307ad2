// `copy-to DESTINO`: the center moved between a file and the server, verified before it says so.
#include <ostream>
#include <set>
#include <string>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "store/data_source.hpp"

namespace cdmype::cli {

namespace {

// Every month of the last two years and of the issued reports, computed again on both sides.
// The figures are read with the supervisor's read-only role: the move was
// already allowed (MoveCenter), and an administration account does not see
// reports itself.
int compare_reports(CommandContext& c, services::Workspace& from, services::Workspace& to,
                    const Actor& mover) {
  const Actor actor{mover.user_id, mover.username, Role::Consulta};
  std::set<std::string> months;
  for (const auto& issued : from.issued_reports().list(actor)) months.insert(issued.periodo);
  const Date today = from.context().today();
  for (int back = 0; back < 24; ++back) {
    const int index = today.year() * 12 + (today.month() - 1) - back;
    months.insert(YearMonth{index / 12, index % 12 + 1}.to_string());
  }
  const auto generated = report::generated_now();
  int done = 0;
  for (const auto& text : months) {
    const auto month = parse_year_month(text);
    if (!month) continue;
    const auto a = report::monthly_json(report::compute_monthly_figures(from, actor, *month, generated));
    const auto b = report::monthly_json(report::compute_monthly_figures(to, actor, *month, generated));
    if (a != b)
      throw UserError("El informe de " + text +
                      " no da las mismas cifras en el destino; la copia no se dio por terminada.");
    c.progress("Comparando informes mensuales", static_cast<double>(++done) / months.size());
  }
  return done;
}

}  // namespace

int cmd_copy_to(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  const auto target =
      store::DataSource::parse(c.args.positional(0, "el destino (un archivo nuevo o postgresql://…)"));
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto check = ws.center_moves().copy_to(actor, target, [&](const std::string& step, double f) {
    c.progress(step, f);
  });
  services::Workspace copy = services::Workspace::open(target);
  const int months = compare_reports(c, ws, copy, actor);
  c.term.end_progress();
  std::int64_t rows = 0;
  for (const auto& t : check.tables) rows += t.target_rows;
  const bool to_server = !target.is_file() && ws.database().source().is_file();
  if (to_server) ws.center_moves().mark_moved(actor, target);
  c.term.err << "Copia verificada en " << target.display() << ": " << check.tables.size()
             << " tablas, " << rows << " filas iguales, bitácora íntegra, " << months
             << " informes mensuales con las mismas cifras.\n";
  if (to_server)
    c.term.err << "Este archivo quedó de solo lectura; el centro trabaja ahora en el servidor.\n";
  return 0;
}

}  // namespace cdmype::cli
