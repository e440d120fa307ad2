// Consent use cases: require(), validate against the state in force, one write transaction.
#include "services/consent_service.hpp"

#include "core/errors.hpp"
#include "core/sensitive_data.hpp"
#include "store/enterprise_repository.hpp"
#include "store/settings_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

Enterprise require_file(store::EnterpriseRepository& files, const std::string& codigo) {
  auto e = files.by_codigo(codigo);
  if (!e) throw UserError("No existe el expediente «" + codigo + "».");
  return *e;
}

bool is_restriction(ConsentAction a) {
  return a == ConsentAction::Oposicion || a == ConsentAction::Limitacion ||
         a == ConsentAction::Levanta;
}

}  // namespace

ConsentState ConsentService::record(const Actor& actor, const std::string& codigo,
                                    ConsentRecord next) {
  require(actor,
          is_restriction(next.accion) ? Action::ManageDataProtection : Action::EditEnterprise);
  store::WriteTransaction tx(ctx_.db);
  store::EnterpriseRepository files(ctx_.sql());
  Enterprise file = require_file(files, codigo);
  store::ConsentRepository consents(ctx_.sql());
  auto records = consents.of_enterprise(file.meta.id);
  const ConsentState before = consent_state(records);
  next.enterprise_id = file.meta.id;
  stamp_current_text(next);
  if (auto problems = consent_problems(before, next, ctx_.today()); !problems.empty())
    throw ValidationFailed(problems);
  consents.insert(ctx_.author(actor), next);
  records.push_back(next);
  const ConsentState after = consent_state(records);
  // Sensitive data is kept only while its consent lasts: a withdrawal (or a new grant without
  // it) erases what the file holds.
  if (!after.may_record_sensitive() && (file.titular.discapacidad || file.titular.retornado) &&
      after.registered) {
    hide_sensitive(file);
    files.update(ctx_.author(actor), file);
  }
  tx.commit();
  return after;
}

std::vector<ConsentRecord> ConsentService::history(const Actor& actor, std::int64_t enterprise_id) {
  require(actor, Action::ViewEnterprises);
  return store::ConsentRepository(ctx_.sql()).of_enterprise(enterprise_id);
}

ConsentState ConsentService::state(const Actor& actor, std::int64_t enterprise_id) {
  return consent_state(history(actor, enterprise_id));
}

ConsentForm ConsentService::form(const Actor& actor, const std::string& codigo) {
  require(actor, Action::ViewEnterprises);
  store::EnterpriseRepository files(ctx_.sql());
  return form_for_draft(actor, require_file(files, codigo));
}

ConsentForm ConsentService::form_for_draft(const Actor& actor, const Enterprise& draft) {
  require(actor, Action::ViewEnterprises);
  const store::CenterSettings center = store::SettingsRepository(ctx_.sql()).center();
  ConsentForm f;
  f.centro = center.center_name;
  f.operador = center.operator_name;
  f.delegado = center.delegado();
  f.codigo = draft.codigo;
  f.empresa = draft.nombre;
  f.titular = draft.titular.nombre;
  f.dui = draft.titular.dui;
  f.fecha = ctx_.today();
  return f;
}

std::vector<store::ConsentFileRow> ConsentService::unregistered(const Actor& actor, int limit) {
  require(actor, Action::ViewEnterprises);
  return store::ConsentRepository(ctx_.sql()).unregistered(limit);
}

std::int64_t ConsentService::unregistered_count(const Actor& actor) {
  require(actor, Action::ViewEnterprises);
  return store::ConsentRepository(ctx_.sql()).unregistered_count();
}

std::unordered_set<std::int64_t> ConsentService::withheld_from_sharing(const Actor& actor) {
  require(actor, Action::ExportData);
  std::unordered_set<std::int64_t> out;
  for (const auto& [id, state] : store::ConsentRepository(ctx_.sql()).states())
    if (!state.may_share_identified()) out.insert(id);
  return out;
}

std::vector<store::ConsentFileRow> ConsentService::contactable(const Actor& actor,
                                                               ConsentScope purpose) {
  require(actor, Action::ExportData);
  if (purpose != ConsentScope::Seguimiento && purpose != ConsentScope::Comunicaciones)
    throw UserError("Solo se contacta para seguimiento y encuestas o para comunicaciones.");
  store::ConsentRepository consents(ctx_.sql());
  store::ReadSnapshot snapshot(ctx_.sql());  // the states and the rows as of one moment
  const auto states = consents.states();
  std::vector<store::ConsentFileRow> out;
  for (auto& row : consents.files_with_records()) {
    const ConsentState& state = states.at(row.enterprise_id);
    if (purpose == ConsentScope::Seguimiento ? state.may_follow_up() : state.may_communicate())
      out.push_back(std::move(row));
  }
  return out;
}

}  // namespace cdmype::services
