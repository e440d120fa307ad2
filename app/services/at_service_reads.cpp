// AT reads: the detail with names, filtered lists and the approval queue ranked by priority.
#include <map>

#include "core/errors.hpp"
#include "core/subsidy_facts.hpp"
#include "core/text.hpp"
#include "services/at_service.hpp"
#include "services/policy_service.hpp"
#include "store/enterprise_repository.hpp"
#include "store/policy_repository.hpp"
#include "store/provider_repository.hpp"
#include "store/size_law_repository.hpp"
#include "store/user_repository.hpp"

namespace cdmype::services {
namespace {

// "José Niño Cortez (asesor1)"; "" for no user.
std::string person(store::UserRepository& users, std::int64_t id) {
  if (id == 0) return {};
  const auto u = users.get(id);
  if (!u) return "usuario " + std::to_string(id);
  return u->full_name + " (" + u->username + ")";
}

}  // namespace

std::optional<AtDetail> AtService::detail(const Actor& actor, std::string_view codigo) {
  require(actor, Action::ViewAt);
  const auto at = store::AtRepository(ctx_.sql()).by_codigo(trim(codigo));
  if (!at) return std::nullopt;
  AtDetail d;
  d.at = *at;
  if (const auto e = store::EnterpriseRepository(ctx_.sql()).get(at->enterprise_id)) {
    d.empresa_codigo = e->codigo;
    d.empresa_nombre = e->nombre;
  }
  if (at->provider_id)
    if (const auto p = store::ProviderRepository(ctx_.sql()).get(*at->provider_id))
      d.proveedor = p->nombre;
  store::UserRepository users(ctx_.sql());
  d.redactada_por = person(users, at->drafted_by);
  d.solicitada_por = person(users, at->requested_by);
  d.decidida_por = person(users, at->approved_by.value_or(0));
  if (at->subsidio && at->subsidio->policy_version_id != 0)
    d.politica = store::PolicyRepository(ctx_.sql()).get(at->subsidio->policy_version_id);
  return d;
}

std::vector<TechnicalAssistance> AtService::list(const Actor& actor,
                                                 const store::AtFilter& filter) {
  require(actor, Action::ViewAt);
  return store::AtRepository(ctx_.sql()).list(filter);
}

std::vector<store::AtListEntry> AtService::list_entries(const Actor& actor,
                                                       const store::AtFilter& filter) {
  require(actor, Action::ViewAt);
  return store::AtRepository(ctx_.sql()).list_with_enterprise(filter);
}

std::vector<AtQueueRow> AtService::queue(const Actor& actor) {
  require(actor, Action::ViewAt);
  const Date today = ctx_.today();
  const PriorityWeights weights = load_priority_weights(ctx_.sql());
  const SizeRules size_rules = store::load_size_rules(ctx_.sql());
  store::AtRepository repo(ctx_.sql());
  store::EnterpriseRepository enterprises(ctx_.sql());
  const auto approved_this_year = repo.enterprises_approved_in(today.year());

  std::map<std::int64_t, AtQueueRow> rows;  // by AT id
  std::map<std::int64_t, Enterprise> cache;
  std::vector<PendingAt> pending;
  for (auto& at : repo.pending()) {
    auto it = cache.find(at.enterprise_id);
    if (it == cache.end()) {
      auto e = enterprises.get(at.enterprise_id);
      if (!e) continue;  // foreign keys make this impossible; skip rather than fail the queue
      it = cache.emplace(at.enterprise_id, std::move(*e)).first;
    }
    const Enterprise& e = it->second;
    PendingAt item;
    item.at_id = at.meta.id;
    item.codigo = at.codigo;
    item.facts = facts_of(e, today, size_rules);
    item.primera_at_del_anio = !approved_this_year.contains(e.meta.id);
    item.fecha_solicitud = at.fecha_solicitud.value_or(today);
    pending.push_back(item);
    AtQueueRow row;
    row.empresa_codigo = e.codigo;
    row.empresa_nombre = e.nombre;
    row.at = std::move(at);
    rows.emplace(item.at_id, std::move(row));
  }
  std::vector<AtQueueRow> out;
  out.reserve(pending.size());
  for (auto& scored : rank_queue(pending, weights, today)) {
    AtQueueRow& row = rows.at(scored.item.at_id);
    row.scored = std::move(scored);
    out.push_back(std::move(row));
  }
  return out;
}

void AtService::for_each_export(const Actor& actor,
                                const std::function<bool(const store::AtExportRow&)>& row) {
  require(actor, Action::ExportData);
  store::for_each_at(ctx_.sql(), row);
}

}  // namespace cdmype::services
