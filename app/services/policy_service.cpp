// Policy versions are only added; the queue weights live in the settings table.
#include "services/policy_service.hpp"

#include <charconv>
#include <string>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/at_repository.hpp"
#include "store/policy_repository.hpp"
#include "store/settings_repository.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

// Settings keys of the queue weights (seeded by migration 0002).
struct WeightKey {
  std::string_view key;
  int PriorityWeights::*field;
};
constexpr WeightKey kWeightKeys[] = {
    {"prioridad_peso_mujer", &PriorityWeights::mujer},
    {"prioridad_peso_rural", &PriorityWeights::rural},
    {"prioridad_peso_asociativa", &PriorityWeights::asociativa},
    {"prioridad_peso_joven", &PriorityWeights::joven},
    {"prioridad_peso_retornado", &PriorityWeights::retornado},
    {"prioridad_peso_primera_at", &PriorityWeights::primera_at_del_anio},
    {"prioridad_peso_dia_espera", &PriorityWeights::por_dia_espera},
};
constexpr std::string_view kMaxDiasKey = "prioridad_max_dias_espera";

std::optional<int> as_int(const std::optional<std::string>& text) {
  // An empty value is how "no limit" is stored once a limit was set.
  if (!text || text->empty()) return std::nullopt;
  int value = 0;
  const auto* end = text->data() + text->size();
  const auto r = std::from_chars(text->data(), end, value);
  if (r.ec != std::errc{} || r.ptr != end) return std::nullopt;
  return value;
}

}  // namespace

PriorityWeights load_priority_weights(store::Connection& db) {
  store::SettingsRepository settings(db);
  PriorityWeights w;
  for (const auto& k : kWeightKeys)
    if (const auto v = as_int(settings.get(k.key))) w.*k.field = *v;
  w.max_dias_espera = as_int(settings.get(kMaxDiasKey));
  return w;
}

std::vector<PolicyVersion> PolicyService::versions(const Actor& actor) {
  require(actor, Action::ViewAt);
  return store::PolicyRepository(ctx_.sql()).all();
}

PolicyVersion PolicyService::in_force(const Actor& actor, const Date& on) {
  require(actor, Action::ViewAt);
  return policy_in_force(store::PolicyRepository(ctx_.sql()).all(), on);
}

PolicyVersion PolicyService::add(const Actor& actor, PolicyVersion v) {
  require(actor, Action::ManagePolicy);
  v.nota = trim(v.nota);
  for (auto& r : v.rules) {
    r.id = trim(r.id);
    if (trim(r.nombre).empty()) r.nombre = r.id;
  }
  store::WriteTransaction tx(ctx_.db);
  store::PolicyRepository repo(ctx_.sql());
  const auto existing = repo.all();
  auto problems = validate_new_version(v, existing);
  if (!v.effective_from.is_special()) {
    const auto last = store::AtRepository(ctx_.sql()).latest_decision_date();
    if (last && v.effective_from <= *last)
      problems.push_back("vigencia: ya hay asistencias aprobadas el " + to_display(*last) +
                         " con la política vigente entonces; la nueva versión debe regir desde "
                         "una fecha posterior.");
  }
  if (!problems.empty()) throw ValidationFailed(problems);
  repo.insert(ctx_.author(actor), v);
  tx.commit();
  return v;
}

PriorityWeights PolicyService::weights(const Actor& actor) {
  require(actor, Action::ViewAt);
  return load_priority_weights(ctx_.sql());
}

void PolicyService::set_weights(const Actor& actor, const PriorityWeights& w) {
  require(actor, Action::ManagePolicy);
  if (auto problems = validate(w); !problems.empty()) throw ValidationFailed(problems);
  store::WriteTransaction tx(ctx_.db);
  store::SettingsRepository settings(ctx_.sql());
  const PriorityWeights before = load_priority_weights(ctx_.sql());
  const store::Author who = ctx_.author(actor);
  for (const auto& k : kWeightKeys)
    if (before.*k.field != w.*k.field) settings.set(who, k.key, std::to_string(w.*k.field));
  if (before.max_dias_espera != w.max_dias_espera) {
    // No row means no limit; an explicit "0" would stop the waiting points at once.
    settings.set(who, kMaxDiasKey,
                 w.max_dias_espera ? std::to_string(*w.max_dias_espera) : std::string());
  }
  tx.commit();
}

}  // namespace cdmype::services
