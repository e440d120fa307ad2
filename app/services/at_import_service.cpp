// Checks every imported AT (permissions, director, dates, subsidy, budget) before writing any.
#include "services/at_import_service.hpp"

#include <map>
#include <set>
#include <unordered_map>

#include "core/record_codigo.hpp"
#include "core/budget.hpp"
#include "core/errors.hpp"
#include "core/provider.hpp"
#include "services/enterprise_service.hpp"
#include "services/provider_service.hpp"
#include "services/reference_checks.hpp"
#include "services/subsidy_calculator.hpp"
#include "store/at_repository.hpp"
#include "store/budget_repository.hpp"
#include "store/enterprise_repository.hpp"
#include "store/user_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

constexpr std::size_t kProgressEvery = 500;
constexpr std::size_t kMaxListedProblems = 200;

void throw_if_any(std::vector<std::string>& problems) {
  if (problems.empty()) return;
  if (problems.size() > kMaxListedProblems) {
    const auto more = problems.size() - kMaxListedProblems;
    problems.resize(kMaxListedProblems);
    problems.push_back("… y " + std::to_string(more) + " problemas más.");
  }
  throw ValidationFailed(problems);
}

// The first date of the row that is after today, with its column name.
std::optional<std::string> future_date(const TechnicalAssistance& at, const Date& today) {
  const std::pair<const char*, const std::optional<Date>*> dates[] = {
      {"fecha_solicitud", &at.fecha_solicitud},
      {"fecha_aprobacion", &at.fecha_aprobacion},
      {"fecha_finalizacion", &at.fecha_finalizacion},
  };
  for (const auto& [name, d] : dates)
    if (*d && **d > today)
      return std::string(name) + ": " + to_display(**d) + " es posterior a hoy (" +
             to_display(today) + ").";
  return std::nullopt;
}

// Budget and per-enterprise sums so far: the database's, read once (nothing
// is written until every row is checked), plus the file's rows before.
struct Running {
  struct Year {
    std::optional<AtBudget> budget;
    Money committed;
  };
  std::map<int, Year> years;
  std::map<std::pair<std::int64_t, int>, Money> per_enterprise;  // (enterprise, year) → subsidies

  Year& year(store::BudgetRepository& budgets, int y) {
    auto [it, fresh] = years.try_emplace(y);
    if (fresh) it->second = {budgets.get(y), budgets.committed(y)};
    return it->second;
  }
  Money& of_enterprise(store::AtRepository& repo, std::int64_t enterprise_id, int y) {
    auto [it, fresh] = per_enterprise.try_emplace({enterprise_id, y});
    if (fresh) it->second = repo.approved_subsidy(enterprise_id, y);
    return it->second;
  }
};

}  // namespace

bool records_decision(const TechnicalAssistance& at) {
  return at_commits_budget(at.estado) || at.estado == AtEstado::Rechazada ||
         (at.estado == AtEstado::Cancelada && at.fecha_aprobacion.has_value());
}

std::vector<std::int64_t> AtImportService::import_assistances(const Actor& actor,
                                                              std::vector<AtImportRow> rows,
                                                              const ImportOptions& options) {
  require(actor, Action::ImportData);
  const std::string prefix = require_prefix(ctx_);
  const Date today = ctx_.today();
  store::WriteTransaction tx(ctx_.db);
  store::AtRepository repo(ctx_.sql());
  store::EnterpriseRepository enterprises(ctx_.sql());
  store::BudgetRepository budgets(ctx_.sql());
  const SubsidyCalculator calc(ctx_.sql());
  std::unordered_map<std::int64_t, User> users;
  for (auto& u : store::UserRepository(ctx_.sql()).list()) users.emplace(u.meta.id, u);
  // Codes compare by codigo_key: "atch-15" repeats "ATCH-15".
  std::set<std::string> codigos;
  for (const auto& c : repo.all_codigos()) codigos.insert(codigo_key(c));
  std::map<std::int64_t, std::optional<Enterprise>> cache;
  const bool may_decide = allowed(actor.role, Action::ApproveAt);

  Running running;
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    TechnicalAssistance& at = rows[i].at;
    const std::string label = row_label(options.line_numbers, i);
    auto fail = [&](const std::string& p) { problems.push_back(label + p); };
    if (records_decision(at) && !may_decide) {
      fail(at.estado == AtEstado::Rechazada
               ? "solo un director puede registrar asistencias rechazadas"
               : "solo un director puede registrar asistencias aprobadas");
      continue;
    }
    auto& e = cache[at.enterprise_id];
    if (!e) e = enterprises.get(at.enterprise_id);
    if (!e) {
      fail("empresa: el expediente ya no existe.");
      continue;
    }
    // §4: solicitada_por defaults to the enterprise's asesor (else whoever imports).
    // A borrador was written but not yet sent, so it has no requester.
    if (at.drafted_by == 0) at.drafted_by = e->asesor_id ? e->asesor_id : actor.user_id;
    at.requested_by = at.estado == AtEstado::Borrador ? 0 : at.drafted_by;
    if (!at.codigo.empty() && !codigos.insert(codigo_key(at.codigo)).second)
      fail("codigo: ya existe una asistencia técnica «" + at.codigo + "».");
    if (auto p = future_date(at, today)) fail(*p);
    if (records_decision(at)) {
      const auto u = at.approved_by ? users.find(*at.approved_by) : users.end();
      if (u == users.end())
        fail("aprobada_por: falta el director o la directora que decidió la solicitud.");
      else if (u->second.role != Role::Director)
        fail("aprobada_por: «" + u->second.username + "» no tiene el rol de director.");
      else if (*at.approved_by == at.requested_by)
        fail("aprobada_por: «" + u->second.username +
             "» solicitó esta asistencia y no puede decidirla también.");
    }
    // A decided row that was approved gets the subsidy of its approval date.
    if (at.fecha_aprobacion && at.estado != AtEstado::Rechazada && records_decision(at)) {
      const Date on = *at.fecha_aprobacion;
      const int year = on.year();
      Money& mine = running.of_enterprise(repo, at.enterprise_id, year);
      at.subsidio = calc.decide(*e, at.costo_total, on, mine);
      if (at_commits_budget(at.estado)) {
        auto& y = running.year(budgets, year);
        if (auto overdraw = check_approval(y.budget, y.committed, at.subsidio->subsidio))
          fail(*overdraw);
        y.committed += at.subsidio->subsidio;
        mine += at.subsidio->subsidio;
      }
    }
    // The provider is resolved (or created) only when writing; a named one counts as present.
    TechnicalAssistance check = at;
    if (!rows[i].proveedor.empty()) check.provider_id = -1;
    for (const auto& p : validate(check))
      if (!(at.codigo.empty() && p.rfind("codigo:", 0) == 0)) fail(p);
  }
  throw_if_any(problems);

  // Codes for rows without one continue each year's sequence (the request
  // year), skipping any code the center's history already has.
  std::map<int, int> next_seq;
  for (auto& row : rows) {
    if (!row.at.codigo.empty()) continue;
    const int year = row.at.fecha_solicitud.value_or(today).year();
    auto [it, fresh] = next_seq.try_emplace(year, 0);
    if (fresh) it->second = repo.next_sequence(prefix, year);
    do {
      row.at.codigo = format_at_codigo(prefix, year, it->second++);
    } while (codigos.contains(row.at.codigo));
    codigos.insert(row.at.codigo);
  }

  const store::Author who = ctx_.author(actor);
  std::map<std::string, std::int64_t> providers;  // folded name → id, created once
  std::vector<std::int64_t> ids;
  ids.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    AtImportRow& row = rows[i];
    try {
      if (!row.proveedor.empty()) {
        const std::string key = provider_name_key(row.proveedor);
        auto it = providers.find(key);
        if (it == providers.end())
          it = providers
                   .emplace(key,
                            provider_id_for(ctx_.sql(), who, row.proveedor, row.at.especialidad))
                   .first;
        row.at.provider_id = it->second;
      }
      repo.insert(who, row.at);
    } catch (const ValidationFailed& e) {
      std::vector<std::string> labelled;
      for (const auto& p : e.problems()) labelled.push_back(row_label(options.line_numbers, i) + p);
      throw ValidationFailed(labelled);
    } catch (const UserError& e) {
      throw UserError(row_label(options.line_numbers, i) + e.what());
    }
    ids.push_back(row.at.meta.id);
    if (options.progress && ((i + 1) % kProgressEvery == 0 || i + 1 == rows.size()) &&
        !options.progress(i + 1, rows.size()))
      throw UserError("Importación cancelada; no se guardó nada.");
  }
  tx.commit();
  return ids;
}

}  // namespace cdmype::services
