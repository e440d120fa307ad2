// Consent use cases: require(), validate against the state in force, one write transaction.
#include "services/consent_service.hpp"

#include "core/errors.hpp"
#include "core/sensitive_data.hpp"
#include "core/text.hpp"
#include "store/enterprise_repository.hpp"
#include "store/referral_repository.hpp"
#include "store/settings_repository.hpp"
#include "store/training_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

Enterprise require_file(store::EnterpriseRepository& files, const std::string& codigo) {
  auto e = files.by_codigo(codigo);
  if (!e) throw UserError("No existe el expediente «" + codigo + "».");
  return *e;
}

// Who keeps each kind of person's record, and so records their grants and withdrawals.
Action keeper_of(ConsentPerson person) {
  switch (person) {
    case ConsentPerson::Titular:
      return Action::ViewEnterprises;
    case ConsentPerson::Remitido:
      return Action::ManageReferrals;
    case ConsentPerson::Participante:
      return Action::ManageTrainings;
  }
  return Action::ManageDataProtection;
}

bool is_restriction(ConsentAction a) {
  return a == ConsentAction::Oposicion || a == ConsentAction::Limitacion ||
         a == ConsentAction::Levanta;
}

}  // namespace

std::optional<ConsentRecord> checked_intake_consent(ServiceContext& ctx, ConsentPerson person,
                                                    std::optional<ConsentRecord> consent) {
  if (!consent) return consent;
  if (consent->accion != ConsentAction::Otorga)
    throw UserError("Una persona nueva se registra con el consentimiento otorgado.");
  consent->subject = {person, 0};
  stamp_current_text(*consent);
  if (auto problems = consent_problems(ConsentState{}, *consent, ctx.today()); !problems.empty())
    throw ValidationFailed(problems);
  return consent;
}

void store_intake_consent(ServiceContext& ctx, const Actor& actor, std::int64_t record_id,
                          std::optional<ConsentRecord> consent) {
  if (!consent) return;
  consent->subject.id = record_id;
  store::ConsentRepository(ctx.sql()).insert(ctx.author(actor), *consent);
}

ConsentState ConsentService::record(const Actor& actor, const std::string& codigo,
                                    ConsentRecord next) {
  require(actor,
          is_restriction(next.accion) ? Action::ManageDataProtection : Action::EditEnterprise);
  store::WriteTransaction tx(ctx_.db);
  store::EnterpriseRepository files(ctx_.sql());
  Enterprise file = require_file(files, codigo);
  next.subject = titular_of(file.meta.id);
  const ConsentState after = append(actor, next);
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

ConsentState ConsentService::record(const Actor& actor, ConsentSubject subject,
                                    ConsentRecord next) {
  if (subject.person == ConsentPerson::Titular) {
    const auto file = store::EnterpriseRepository(ctx_.sql()).get(subject.id);
    if (!file) throw UserError("El expediente ya no existe.");
    return record(actor, file->codigo, std::move(next));
  }
  require(actor, is_restriction(next.accion) ? Action::ManageDataProtection
                                             : keeper_of(subject.person));
  store::WriteTransaction tx(ctx_.db);
  require_person_exists(subject);
  next.subject = subject;
  const ConsentState after = append(actor, next);
  tx.commit();
  return after;
}

ConsentState ConsentService::append(const Actor& actor, ConsentRecord& next) {
  store::ConsentRepository consents(ctx_.sql());
  auto records = consents.of(next.subject);
  stamp_current_text(next);
  if (auto problems = consent_problems(consent_state(records), next, ctx_.today());
      !problems.empty())
    throw ValidationFailed(problems);
  consents.insert(ctx_.author(actor), next);
  records.push_back(next);
  return consent_state(records);
}

void ConsentService::require_person_exists(const ConsentSubject& subject) {
  const bool exists = subject.person == ConsentPerson::Remitido
                          ? store::ReferralRepository(ctx_.sql()).get(subject.id).has_value()
                          : store::TrainingRepository(ctx_.sql()).get_attendee(subject.id).has_value();
  if (!exists)
    throw UserError("Ya no existe " + std::string(consent_person_record(subject.person)) + ".");
}

std::vector<ConsentRecord> ConsentService::history(const Actor& actor, ConsentSubject subject) {
  if (!allowed(actor, Action::ManageDataProtection)) require(actor, keeper_of(subject.person));
  return store::ConsentRepository(ctx_.sql()).of(subject);
}

ConsentState ConsentService::state(const Actor& actor, ConsentSubject subject) {
  return consent_state(history(actor, subject));
}

ConsentForm ConsentService::form(const Actor& actor, const std::string& codigo) {
  require(actor, Action::ViewEnterprises);
  store::EnterpriseRepository files(ctx_.sql());
  return form_for_draft(actor, require_file(files, codigo));
}

ConsentForm ConsentService::form_for_draft(const Actor& actor, const Enterprise& draft) {
  require(actor, Action::ViewEnterprises);
  ConsentForm f = blank_form();
  f.codigo = draft.codigo;
  f.empresa = draft.nombre;
  f.titular = draft.titular.nombre;
  f.dui = draft.titular.dui;
  return f;
}

ConsentForm ConsentService::form_for_person(const Actor& actor, ConsentPerson person,
                                            const std::string& nombre, const std::string& dui) {
  if (person == ConsentPerson::Remitido && !allowed(actor, Action::ManageReferrals))
    require(actor, Action::CreateReferral);
  else if (person != ConsentPerson::Remitido)
    require(actor, keeper_of(person));
  ConsentForm f = blank_form();
  f.person = person;
  f.titular = trim(nombre);
  f.dui = trim(dui);
  return f;
}

ConsentForm ConsentService::blank_form() {
  const store::CenterSettings center = store::SettingsRepository(ctx_.sql()).center();
  ConsentForm f;
  f.centro = center.center_name;
  f.operador = center.operator_name;
  f.delegado = center.delegado();
  f.fecha = ctx_.today();
  return f;
}

std::vector<store::ConsentFileRow> ConsentService::unregistered(const Actor& actor, int limit) {
  require(actor, Action::ViewEnterprises);
  auto rows = store::ConsentRepository(ctx_.sql()).unregistered(limit);
  for (auto& row : rows)
    if (!may_see_sensitive(actor, row.asesor_id)) row.datos_sensibles = false;
  return rows;
}

std::int64_t ConsentService::unregistered_count(const Actor& actor) {
  require(actor, Action::ViewEnterprises);
  return store::ConsentRepository(ctx_.sql()).unregistered_count();
}

WithheldPeople ConsentService::withheld_from_sharing(const Actor& actor) {
  require(actor, Action::ExportData);
  store::ConsentRepository consents(ctx_.sql());
  store::ReadSnapshot snapshot(ctx_.sql());
  auto withheld = [&](ConsentPerson person) {
    std::unordered_set<std::int64_t> out;
    for (const auto& [id, state] : consents.states(person))
      if (!state.may_share_identified()) out.insert(id);
    return out;
  };
  return {withheld(ConsentPerson::Titular), withheld(ConsentPerson::Remitido),
          withheld(ConsentPerson::Participante)};
}

std::vector<store::ConsentFileRow> ConsentService::contactable(const Actor& actor,
                                                               ConsentScope purpose) {
  require(actor, Action::ExportData);
  if (purpose != ConsentScope::Seguimiento && purpose != ConsentScope::Comunicaciones)
    throw UserError("Solo se contacta para seguimiento y encuestas o para comunicaciones.");
  store::ConsentRepository consents(ctx_.sql());
  store::ReadSnapshot snapshot(ctx_.sql());  // the states and the rows as of one moment
  const auto states = consents.states(ConsentPerson::Titular);
  std::vector<store::ConsentFileRow> out;
  for (auto& row : consents.files_with_records()) {
    const ConsentState& state = states.at(row.enterprise_id);
    if (purpose == ConsentScope::Seguimiento ? state.may_follow_up() : state.may_communicate())
      out.push_back(std::move(row));
  }
  return out;
}

}  // namespace cdmype::services
