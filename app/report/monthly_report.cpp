// Fills MonthlyFigures from the store's aggregates: names qualified, codes as in §4.
#include "report/monthly_report.hpp"

#include <chrono>
#include <ctime>

#include "core/enterprise_size.hpp"
#include "core/territory.hpp"
#include "report/monthly_assistances.hpp"
#include "report/monthly_goals.hpp"
#include "report/monthly_outcomes.hpp"
#include "report/report_format.hpp"
#include "store/monthly_queries.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::report {
namespace {

// From `from` to the month's last day.
store::MonthRange range_of(const YearMonth& month, const Date& from) {
  using boost::gregorian::years;
  store::MonthRange r;
  r.from = from;
  r.to = month.last_day();
  // joven: aged 15–29 on the last day of the month.
  r.born_on_or_before = r.to - years(15);
  r.born_after = r.to - years(30);
  return r;
}

// "San Fernando" exists in two departamentos: the report names it with its
// departamento so the two never merge into one row.
std::string distrito_label(const store::DistritoCount& d) {
  if (Territory::el_salvador().by_name(d.distrito).size() > 1)
    return d.distrito + " (" + d.departamento + ")";
  return d.distrito;
}

// One aggregate over the attended enterprises, summed here by breakdown.
void fill_attended(store::MonthlyQueries& q, const store::MonthRange& r, EmpresasAtendidas& out) {
  for (const auto& g : q.attended_groups(r)) {
    const auto& t = g.totals;
    out.total += t.total;
    out.mujer += t.mujer;
    out.rural += t.rural;
    out.asociativa += t.asociativa;
    out.joven += t.joven;
    out.por_sector[g.sector] += t.total;
    out.por_distrito[distrito_label({g.distrito, g.municipio, g.departamento, 0})] += t.total;
    out.por_municipio[g.municipio] += t.total;
  }
  out.hombre = out.total - out.mujer;
  out.urbana = out.total - out.rural;
}

// Sizes on the month's last day: the law and the minimum wage in force then.
// The rules are read once per report, never per enterprise.
void fill_sizes(store::MonthlyQueries& q, const store::MonthRange& r, const SizeRules& rules,
                EmpresasAtendidas& out) {
  for (const auto& code : tamano_codes()) out.por_tamano[code] = 0;
  const SizeLaw* law = size_law_in_force(r.to, rules.laws);
  if (law && !law->categorias.empty()) {
    out.por_tamano_micro.emplace();
    for (const auto& code : categoria_micro_codes()) (*out.por_tamano_micro)[code] = 0;
  }
  for (const auto& g : q.attended_sizes(r, size_limits_on(r.to, rules))) {
    const SizeClass size = size_on(Money::from_cents(g.ventas_centavos), g.trabajadores, r.to, rules);
    out.por_tamano[std::string(tamano_code(size.tamano))] += g.count;
    if (size.categoria && out.por_tamano_micro)
      (*out.por_tamano_micro)[std::string(code_of(*size.categoria))] += g.count;
  }
}

// The figures from `from` to the month's end; the goals only for the month's own report.
MonthlyFigures compute_figures(services::Workspace& ws, const Actor& actor, const YearMonth& month,
                               const Date& from, const GeneratedAt& generated, bool with_goals) {
  require(actor, Action::ViewReports);
  // Every figure below — sections, budget, goals — from one state of the
  // data, even while other seats write: a snapshot for all the report's
  // queries (REPEATABLE READ READ ONLY on PostgreSQL, one WAL read
  // transaction on SQLite). Inside a caller's transaction, that transaction
  // is the snapshot.
  store::ReadSnapshot snapshot(ws.database().connection());
  auto settings = ws.center().settings();
  MonthlyFigures f;
  f.header.centro = settings.center_name;
  f.header.operador = settings.operator_name;
  f.header.papel = paper_of(settings.paper_size);
  f.header.generado = generated;
  f.periodo = month;

  store::MonthlyQueries q(ws.database().connection());
  const store::MonthRange r = range_of(month, from);
  fill_attended(q, r, f.empresas_atendidas);
  fill_sizes(q, r, ws.minimum_wages().rules(actor), f.empresas_atendidas);
  f.empresas_nuevas = q.new_enterprises(r);
  store::SessionTotals s = q.sessions(r);
  f.sesiones.total = s.count;
  f.sesiones.minutos = s.minutes;
  f.sesiones.por_area = q.sessions_by_area(r);
  for (const auto& [name, t] : q.sessions_by_asesor(r))
    f.sesiones.por_asesor[name] = SesionesAsesor{t.count, t.minutes};
  f.asistencias_tecnicas = compute_assistance_figures(ws, month, from);
  fill_outcome_figures(ws, month, from, f);  // referrals, trainings, results (issue 7)
  if (with_goals) f.metas = compute_goal_rows(ws, actor, f);
  return f;
}

}  // namespace

PaperSize paper_of(const std::string& setting) {
  return setting == "A4" ? PaperSize::A4 : PaperSize::Letter;
}

MonthlyFigures compute_monthly_figures(services::Workspace& ws, const Actor& actor,
                                       const YearMonth& month, const GeneratedAt& generated) {
  return compute_figures(ws, actor, month, month.first_day(), generated, true);
}

MonthlyFigures compute_year_to_date_figures(services::Workspace& ws, const Actor& actor,
                                            const YearMonth& month, const GeneratedAt& generated) {
  return compute_figures(ws, actor, month, Date(month.year, 1, 1), generated, false);
}

GeneratedAt generated_now() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  return GeneratedAt{Date(static_cast<unsigned short>(local.tm_year + 1900),
                          static_cast<unsigned short>(local.tm_mon + 1),
                          static_cast<unsigned short>(local.tm_mday)),
                     local.tm_hour, local.tm_min};
}

}  // namespace cdmype::report
