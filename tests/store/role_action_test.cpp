// Role × action: every service call, tried by every role, is allowed or refused exactly as
// product.md §1 says (refused means PermissionDenied; any other outcome means the role got past
// the permission check). Referrals, trainings and results are covered by their own tests.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

#include "at_test_support.hpp"
#include "exchange/workspace_exchange.hpp"
#include "report/monthly_report.hpp"
#include "report/report_issue.hpp"
#include "services/at_estimate.hpp"

namespace cdmype::testing_support {
namespace {

using R = Role;

const std::set<R> kEveryone = {R::Asesor,     R::Director, R::Compras,
                               R::Ventanilla, R::Admin,    R::Consulta};
// Who reads case data: the center's staff and the CONAMYPE supervisor
// (ventanilla sees only its referrals; admin keeps the installation, not the cases).
const std::set<R> kCaseReaders = {R::Asesor, R::Director, R::Compras, R::Consulta};
const std::set<R> kAdvisors = {R::Asesor, R::Director};  // open files, log sessions, draft AT
const std::set<R> kDirector = {R::Director};
const std::set<R> kCompras = {R::Compras};
const std::set<R> kAdmin = {R::Admin};

struct Row {
  std::string call;
  std::set<R> allowed;
  std::function<void(const Actor&)> run;
};

class RoleActionTest : public AtTest {
 protected:
  void SetUp() override {
    AtTest::SetUp();
    ventanilla = actor_for(ws->users().add(
        admin, {"ventanilla1", "Ventanilla de La Palma", Role::Ventanilla, kPassword, false}));
  }
  static Actor actor_for(const User& u) { return Actor{u.meta.id, u.username, u.role}; }

  Actor ventanilla;
};

TEST_F(RoleActionTest, EveryServiceCallIsAllowedOrRefusedAsTheSpecSays) {
  // Records the calls act on, made by the roles that own them.
  const auto empresa = mujer_urbana();
  const auto sesion = ws->sessions().log(asesor1, session_for(empresa.meta.id, asesor1));
  set_budget(2026, "50000.00");
  const auto pedida = request(empresa, "1000.00");  // solicitada, by asesor1
  auto aprobada = request(empresa, "1000.00");
  aprobada = ws->assistances().approve(directora, aprobada.codigo);
  auto contratada = ws->assistances().approve(directora, request(empresa, "800.00").codigo);
  contratada = step(compras, contratada, AtAction::Contract);
  auto en_ejecucion = step(compras, contratada, AtAction::Start);
  auto para_cancelar = ws->assistances().approve(directora, request(empresa, "500.00").codigo);
  Provider prov;
  prov.nombre = "Diseños Citalá";
  prov = ws->providers().create(compras, prov);
  const auto csv = dir / "empresas.csv";
  exchange::export_file(*ws, directora, "empresas", csv);
  const YearMonth septiembre{2026, 9};
  const std::map<R, Actor> actors = {{R::Asesor, asesor1},  {R::Director, directora},
                                     {R::Compras, compras}, {R::Ventanilla, ventanilla},
                                     {R::Admin, admin},     {R::Consulta, consulta}};
  int n = 0;  // fresh names for calls that create something
  auto fresh = [&] { return std::to_string(++n); };

  const std::vector<Row> rows = {
      // Users and settings: IT's work.
      {"users.add", kAdmin,
       [&](const Actor& a) {
         ws->users().add(a, {"nuevo" + fresh(), "Nueva Peña", R::Asesor, kPassword, false});
       }},
      {"users.list", kAdmin, [&](const Actor& a) { ws->users().list(a); }},
      {"users.find", kAdmin, [&](const Actor& a) { ws->users().find(a, "asesor2"); }},
      {"users.disable", kAdmin, [&](const Actor& a) { ws->users().disable(a, "asesor2"); }},
      {"users.enable", kAdmin, [&](const Actor& a) { ws->users().enable(a, "asesor2"); }},
      {"users.change_role", kAdmin,
       [&](const Actor& a) { ws->users().change_role(a, "asesor2", R::Asesor); }},
      {"users.reset_password", kAdmin,
       [&](const Actor& a) { ws->users().reset_password(a, "asesor2", "otra-clave-segura-1"); }},
      {"users.advisors", kCaseReaders, [&](const Actor& a) { ws->users().advisors(a); }},
      {"center.update_settings", kAdmin,
       [&](const Actor& a) { ws->center().update_settings(a, ws->center().settings()); }},
      {"auth.must_change_password", kEveryone,
       [&](const Actor& a) { ws->auth().must_change_password(a); }},
      // Enterprise files.
      {"enterprises.create", kAdvisors,
       [&](const Actor& a) {
         ws->enterprises().create(a, enterprise("Café " + fresh(), "Ana Niño"));
       }},
      {"enterprises.update", kAdvisors,
       [&](const Actor& a) {
         ws->enterprises().update(a, *ws->enterprises().get(directora, empresa.meta.id));
       }},
      {"enterprises.get", kCaseReaders,
       [&](const Actor& a) { ws->enterprises().get(a, empresa.meta.id); }},
      {"enterprises.by_codigo", kCaseReaders,
       [&](const Actor& a) { ws->enterprises().by_codigo(a, empresa.codigo); }},
      {"enterprises.search", kCaseReaders,
       [&](const Actor& a) { ws->enterprises().search(a, "peña"); }},
      {"enterprises.page", kCaseReaders,
       [&](const Actor& a) { ws->enterprises().page(a, {}, {}, 50, 0); }},
      {"enterprises.count", kCaseReaders, [&](const Actor& a) { ws->enterprises().count(a, {}); }},
      {"enterprises.ordered_ids", kCaseReaders,
       [&](const Actor& a) { ws->enterprises().ordered_ids(a, {}, {}); }},
      {"enterprises.rows", kCaseReaders,
       [&](const Actor& a) { ws->enterprises().rows(a, std::vector<std::int64_t>{1}); }},
      {"enterprises.find_by_dui", kCaseReaders,
       [&](const Actor& a) { ws->enterprises().find_by_dui(a, make_dui(7)); }},
      {"enterprises.find_by_nit", kCaseReaders,
       [&](const Actor& a) { ws->enterprises().find_by_nit(a, "06141501901013"); }},
      {"enterprises.next_codigo", kCaseReaders,
       [&](const Actor& a) { ws->enterprises().next_codigo(a, 2026); }},
      // Advisory sessions.
      {"sessions.log", kAdvisors,
       [&](const Actor& a) { ws->sessions().log(a, session_for(empresa.meta.id, asesor1)); }},
      {"sessions.update", kAdvisors,
       [&](const Actor& a) {
         ws->sessions().update(a, *ws->sessions().get(directora, sesion.meta.id));
       }},
      {"sessions.get",
       {R::Asesor, R::Director, R::Consulta},
       [&](const Actor& a) { ws->sessions().get(a, sesion.meta.id); }},
      {"sessions.by_enterprise",
       {R::Asesor, R::Director, R::Consulta},
       [&](const Actor& a) { ws->sessions().by_enterprise(a, empresa.meta.id); }},
      {"sessions.by_asesor_month",
       {R::Asesor, R::Director, R::Consulta},
       [&](const Actor& a) { ws->sessions().by_asesor_month(a, asesor1.user_id, septiembre); }},
      {"sessions.count_by_enterprise",
       {R::Asesor, R::Director, R::Consulta},
       [&](const Actor& a) { ws->sessions().count_by_enterprise(a, empresa.meta.id); }},
      // Imports write case data; exports read it.
      {"imports.import_enterprises", kAdvisors,
       [&](const Actor& a) { ws->imports().import_enterprises(a, {}, {}); }},
      {"imports.import_sessions", kAdvisors,
       [&](const Actor& a) { ws->imports().import_sessions(a, {}, {}); }},
      {"assistance_imports.import_assistances", kAdvisors,
       [&](const Actor& a) { ws->assistance_imports().import_assistances(a, {}, {}); }},
      {"exchange.import_file", kAdvisors,
       [&](const Actor& a) { exchange::import_file(*ws, a, "empresas", csv); }},
      {"imports.user_ids_by_username", kCaseReaders,
       [&](const Actor& a) { ws->imports().user_ids_by_username(a); }},
      {"imports.enterprise_ids_by_codigo", kCaseReaders,
       [&](const Actor& a) { ws->imports().enterprise_ids_by_codigo(a); }},
      {"exports.enterprises", kCaseReaders,
       [&](const Actor& a) { ws->exports().enterprises(a, [](const auto&) { return true; }); }},
      {"exports.sessions", kCaseReaders,
       [&](const Actor& a) { ws->exports().sessions(a, [](const auto&) { return true; }); }},
      {"assistances.for_each_export", kCaseReaders,
       [&](const Actor& a) {
         ws->assistances().for_each_export(a, [](const auto&) { return true; });
       }},
      {"exchange.export_file", kCaseReaders,
       [&](const Actor& a) {
         exchange::export_file(*ws, a, "sesiones", dir / ("s" + fresh() + ".csv"));
       }},
      // Technical assistance.
      {"assistances.draft", kAdvisors,
       [&](const Actor& a) { ws->assistances().draft(a, draft_for(empresa, "100.00")); }},
      {"assistances.request_new", kAdvisors,
       [&](const Actor& a) { ws->assistances().request_new(a, draft_for(empresa, "100.00")); }},
      {"assistances.approve", kDirector,
       [&](const Actor& a) { ws->assistances().approve(a, pedida.codigo); }},
      {"assistances.reject", kDirector,
       [&](const Actor& a) { step(a, pedida, AtAction::Reject, with_motivo("Sin fondos")); }},
      {"assistances.contract", kCompras,
       [&](const Actor& a) { step(a, aprobada, AtAction::Contract); }},
      {"assistances.start", kCompras,
       [&](const Actor& a) { step(a, contratada, AtAction::Start); }},
      {"assistances.finish", kCompras,
       [&](const Actor& a) { step(a, en_ejecucion, AtAction::Finish, with_rating(5)); }},
      {"assistances.receive_copayment", kCompras,
       [&](const Actor& a) {
         ws->assistances().receive_copayment(a, en_ejecucion.codigo, Money::from_cents(100));
       }},
      {"assistances.pay_provider", kCompras,
       [&](const Actor& a) {
         ws->assistances().pay_provider(a, en_ejecucion.codigo, Money::from_cents(100));
       }},
      {"assistances.settle", kCompras,
       [&](const Actor& a) { step(a, en_ejecucion, AtAction::Settle); }},
      // The drafting asesor may withdraw only before the decision; this one is approved.
      {"assistances.cancel",
       {R::Director, R::Compras},
       [&](const Actor& a) {
         step(a, para_cancelar, AtAction::Cancel, with_motivo("La empresa desistió"));
       }},
      {"assistances.preview", kCaseReaders,
       [&](const Actor& a) { ws->assistances().preview(a, pedida.codigo); }},
      {"assistances.detail", kCaseReaders,
       [&](const Actor& a) { ws->assistances().detail(a, pedida.codigo); }},
      {"assistances.list", kCaseReaders, [&](const Actor& a) { ws->assistances().list(a); }},
      {"assistances.list_entries", kCaseReaders,
       [&](const Actor& a) { ws->assistances().list_entries(a); }},
      {"assistances.queue", kCaseReaders, [&](const Actor& a) { ws->assistances().queue(a); }},
      {"estimate_new_at", kCaseReaders,
       [&](const Actor& a) {
         services::estimate_new_at(ws->context(), a, empresa.meta.id, Money::from_cents(10000));
       }},
      // Budget, subsidy policy, providers, goals.
      {"budgets.set", kDirector,
       [&](const Actor& a) {
         ws->budgets().set(a, AtBudget{2027, Money::from_cents(100), kDefaultConamypeBp});
       }},
      {"budgets.get", kCaseReaders, [&](const Actor& a) { ws->budgets().get(a, 2026); }},
      {"budgets.all", kCaseReaders, [&](const Actor& a) { ws->budgets().all(a); }},
      {"budgets.figures", kCaseReaders, [&](const Actor& a) { ws->budgets().figures(a, 2026); }},
      {"policies.versions", kCaseReaders, [&](const Actor& a) { ws->policies().versions(a); }},
      {"policies.in_force", kCaseReaders,
       [&](const Actor& a) { ws->policies().in_force(a, *parse_iso_date("2026-10-01")); }},
      {"policies.add", kDirector,
       [&](const Actor& a) {
         auto v = ws->policies().in_force(directora, *parse_iso_date("2026-10-01"));
         v.effective_from = *parse_iso_date("2027-01-01");
         ws->policies().add(a, v);
       }},
      {"policies.weights", kCaseReaders, [&](const Actor& a) { ws->policies().weights(a); }},
      {"policies.set_weights", kDirector,
       [&](const Actor& a) { ws->policies().set_weights(a, ws->policies().weights(directora)); }},
      // Compras keeps the registry; the director, who answers for the center, may too.
      {"providers.create",
       {R::Compras, R::Director},
       [&](const Actor& a) {
         Provider p;
         p.nombre = "Consultores Peña " + fresh();
         ws->providers().create(a, p);
       }},
      {"providers.update",
       {R::Compras, R::Director},
       [&](const Actor& a) { ws->providers().update(a, prov); }},
      {"providers.set_active",
       {R::Compras, R::Director},
       [&](const Actor& a) { ws->providers().set_active(a, prov.nombre, true); }},
      {"providers.by_name", kCaseReaders,
       [&](const Actor& a) { ws->providers().by_name(a, prov.nombre); }},
      {"providers.list", kCaseReaders, [&](const Actor& a) { ws->providers().list(a); }},
      {"goals.set", kDirector,
       [&](const Actor& a) { ws->goals().set(a, 2026, "empresas_atendidas", 120); }},
      {"goals.show", kCaseReaders, [&](const Actor& a) { ws->goals().show(a, 2026); }},
      // The monthly report: read by staff and supervisor, issued by the director.
      {"report.compute_monthly_figures", kCaseReaders,
       [&](const Actor& a) {
         report::compute_monthly_figures(*ws, a, septiembre, report::generated_now());
       }},
      {"report.issue_monthly_report", kDirector,
       [&](const Actor& a) { report::issue_monthly_report(*ws, a, septiembre, true); }},
      {"issued_reports.get", kCaseReaders,
       [&](const Actor& a) { ws->issued_reports().get(a, septiembre); }},
      {"issued_reports.list", kCaseReaders, [&](const Actor& a) { ws->issued_reports().list(a); }},
      // The database as a whole.
      {"maintenance.backup", kAdmin,
       [&](const Actor& a) { ws->maintenance().backup(a, dir / ("copia-" + fresh() + ".db")); }},
      {"maintenance.check", kAdmin, [&](const Actor& a) { ws->maintenance().check(a); }},
      {"maintenance.restore", kAdmin,
       [&](const Actor& a) { ws->maintenance().restore(a, dir / "no-existe.db"); }},
      {"maintenance.history",
       {R::Director, R::Admin},
       [&](const Actor& a) {
         ws->maintenance().history(a, store::kAuditEnterprise, empresa.meta.id);
       }},
      {"maintenance.latest_audit",
       {R::Director, R::Admin},
       [&](const Actor& a) { ws->maintenance().latest_audit(a); }},
  };

  for (const auto& row : rows) {
    for (const auto& [role, actor] : actors) {
      bool refused = false;
      std::string other;
      try {
        row.run(actor);
      } catch (const PermissionDenied&) {
        refused = true;
      } catch (const std::exception& e) {
        other = e.what();  // past the permission check: validation, state, missing file…
      }
      EXPECT_EQ(refused, !row.allowed.contains(role))
          << row.call << " como «" << code_of(role) << "»"
          << (other.empty() ? "" : " (otro error: " + other + ")");
    }
  }
}

}  // namespace
}  // namespace cdmype::testing_support
