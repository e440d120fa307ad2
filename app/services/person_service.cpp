// Forgetting a person: the live records scrubbed, their audit keys destroyed, the database compacted.
#include "services/person_service.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/json_text.hpp"
#include "core/person_forgetting.hpp"
#include "core/text.hpp"
#include "store/consent_repository.hpp"
#include "store/at_repository.hpp"
#include "store/audit_repository.hpp"
#include "store/daily_backups.hpp"
#include "store/enterprise_repository.hpp"
#include "store/personal_keys.hpp"
#include "store/referral_repository.hpp"
#include "store/result_repository.hpp"
#include "store/rights_request_repository.hpp"
#include "store/session_repository.hpp"
#include "store/settings_repository.hpp"
#include "store/user_repository.hpp"
#include "store/training_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

namespace {

// Table names of clave_personal's owners (store/audit_seal.cpp).
constexpr std::string_view kEnterpriseOwner = "enterprise";
constexpr std::string_view kReferralOwner = "referral";
// Who a request of a forgotten person was made by, in the register.
constexpr std::string_view kForgottenRequester = "[persona olvidada]";
constexpr std::string_view kAttendeeOwner = "training_attendee";

store::AtFilter at_filter(std::int64_t enterprise_id) {
  store::AtFilter f;
  f.enterprise_id = enterprise_id;
  return f;
}

void scrub_file_records(store::Connection& db, const store::Author& who, std::int64_t enterprise_id,
                        const PersonIdentity& person, ForgetOutcome& out,
                        store::PersonalKeys& keys) {
  store::SessionRepository sessions(db);
  for (auto& s : sessions.by_enterprise(enterprise_id))
    if (scrub_session(s, person)) {
      sessions.update(who, s);
      ++out.sesiones;
    }
  store::AtRepository ats(db);
  for (auto& at : ats.list(at_filter(enterprise_id))) {
    std::string scrubbed = scrub_person(at.descripcion, person);
    if (scrubbed == at.descripcion) continue;
    at.descripcion = std::move(scrubbed);
    ats.update(who, at);
    ++out.sesiones;
  }
  store::ResultRepository results(db);
  for (auto& r : results.by_enterprise(enterprise_id)) {
    std::string scrubbed = scrub_person(r.detalle, person);
    if (scrubbed == r.detalle) continue;
    r.detalle = std::move(scrubbed);
    results.update(who, r);
    ++out.sesiones;
  }
  store::ConsentRepository(db).clear_reasons(titular_of(enterprise_id));
  store::TrainingRepository trainings(db);
  for (auto& a : trainings.attendees_of_enterprise(enterprise_id)) {
    if (!is_person_name(a.nombre, person)) continue;
    a.nombre = std::string(kForgottenPersonName);
    trainings.rename_attendee(who, a);
    if (keys.destroy(kAttendeeOwner, a.meta.id)) ++out.claves;
    ++out.participaciones;
  }
}

std::string forget_entry_json(const std::string& reason, const ForgetOutcome& o) {
  return "{\"derecho\":\"olvido\",\"motivo\":" + json_quote(reason) +
         ",\"empresas\":" + std::to_string(o.empresas) +
         ",\"remisiones\":" + std::to_string(o.remisiones) +
         ",\"participaciones\":" + std::to_string(o.participaciones) +
         ",\"textos\":" + std::to_string(o.sesiones) + ",\"claves\":" + std::to_string(o.claves) +
         "}";
}

}  // namespace

std::string copies_that_remain_notice() {
  return "Quedan copias hechas antes que aún contienen a la persona y que este programa no "
         "cambia: las copias de seguridad diarias de la carpeta «copias-de-seguridad» (se "
         "borran solas a los " + std::to_string(store::kDailyBackupsKept) +
         " días), la primera copia de cada mes (se conserva " +
         std::to_string(store::kMonthlyBackupsKept) +
         " meses), las copias que alguien guardó fuera del equipo y los archivos exportados "
         "(CSV, Excel, paquetes). Bórrelas o espere a que caduquen; si restaura una de ellas, "
         "vuelva a olvidar a la persona.";
}

ForgetOutcome PersonService::forget(const Actor& actor, const std::string& dui_text,
                                    const std::string& reason_text) {
  require(actor, Action::ForgetPerson);
  const auto dui = normalize_dui(dui_text);
  if (!dui) throw UserError("DUI: " + dui_problem(dui_text));
  const std::string reason = trim(reason_text);
  if (reason.empty())
    throw UserError("Escriba el motivo del olvido (por ejemplo, «solicitud de cancelación "
                    "recibida el 2 de diciembre»); queda en la bitácora de auditoría.");

  auto& db = ctx_.sql();
  const store::Author who = ctx_.author(actor);
  ForgetOutcome out;
  {
    store::WriteTransaction tx(ctx_.db);
    store::EnterpriseRepository enterprises(db);
    store::ReferralRepository referrals(db);
    auto files = enterprises.find_by_dui(*dui);
    auto referred = referrals.by_dui(*dui);
    if (files.empty() && referred.empty())
      throw UserError("Ningún expediente ni remisión tiene el DUI " + *dui + ".");

    PersonIdentity person;
    person.dui = *dui;
    for (const auto& e : files) person.add_name(e.titular.nombre);
    for (const auto& r : referred) {
      person.add_name(r.nombre);
      person.add_phone(r.telefono);
    }

    store::PersonalKeys keys(db);
    for (auto& e : files) {
      scrub_file_records(db, who, e.meta.id, person, out, keys);
      forget_titular(e, person);
      enterprises.update(who, e);
      if (keys.destroy(kEnterpriseOwner, e.meta.id)) ++out.claves;
      ++out.empresas;
    }
    for (auto& r : referred) {
      forget_referral_person(r, person);
      referrals.update(who, r);
      store::ConsentRepository(db).clear_reasons({ConsentPerson::Remitido, r.meta.id});
      if (keys.destroy(kReferralOwner, r.meta.id)) ++out.claves;
      ++out.remisiones;
    }
    // The register keeps that a request was made and answered, not who made it.
    store::RightsRequestRepository requests(db);
    for (const RightsRequest& before : requests.by_dui(*dui)) {
      RightsRequest after = before;
      after.persona_nombre = std::string(kForgottenRequester);
      after.persona_dui.clear();
      requests.update(who, before, after, std::nullopt);
      if (keys.destroy(store::kAuditRightsRequest, before.id)) ++out.claves;
    }
    store::AuditRepository(db).append(who, store::AuditOp::Delete, "persona", 0, std::nullopt,
                                      forget_entry_json(reason, out));
    tx.commit();
  }
  out.compactacion = store::compact_after_forgetting(db);
  return out;
}

PersonData PersonService::gather(const Actor& actor, const std::string& dui_text) {
  require(actor, Action::ExportPersonData);
  const auto dui = normalize_dui(dui_text);
  if (!dui) throw UserError("DUI: " + dui_problem(dui_text));
  auto& db = ctx_.sql();
  PersonData out;
  out.dui = *dui;
  out.generado = ctx_.now_iso();
  // A write transaction: its lock gives one consistent view of every table
  // and the delivery's audit entry commits with it.
  store::WriteTransaction tx(ctx_.db);
  const store::CenterSettings center = store::SettingsRepository(db).center();
  out.centro = center.center_name;
  out.delegado = center.delegado();
  out.requests = store::RightsRequestRepository(db).by_dui(*dui);
  store::EnterpriseRepository enterprises(db);
  store::SessionRepository sessions(db);
  store::AtRepository ats(db);
  store::ResultRepository results(db);
  store::TrainingRepository trainings(db);
  store::UserRepository users(db);
  PersonIdentity person;
  for (auto& e : enterprises.find_by_dui(*dui)) person.add_name(e.titular.nombre);
  out.referrals = store::ReferralRepository(db).by_dui(*dui);
  for (const auto& r : out.referrals) {
    person.add_name(r.nombre);
    auto consents = store::ConsentRepository(db).of({ConsentPerson::Remitido, r.meta.id});
    std::move(consents.begin(), consents.end(), std::back_inserter(out.referral_consents));
  }
  for (auto& e : enterprises.find_by_dui(*dui)) {
    PersonFile f;
    if (e.asesor_id != 0)
      if (const auto u = users.get(e.asesor_id)) f.asesor = u->full_name;
    f.sessions = sessions.by_enterprise(e.meta.id);
    f.assistances = ats.list(at_filter(e.meta.id));
    f.results = results.by_enterprise(e.meta.id);
    f.consents = store::ConsentRepository(db).of(titular_of(e.meta.id));
    for (auto& a : trainings.attendees_of_enterprise(e.meta.id))
      if (is_person_name(a.nombre, person))
        if (auto t = trainings.get(a.training_id)) f.trainings.push_back({std::move(*t), std::move(a)});
    out.nombre = e.titular.nombre;
    f.file = std::move(e);
    out.files.push_back(std::move(f));
  }
  if (out.files.empty() && out.referrals.empty() && out.requests.empty())
    throw UserError("Ningún expediente, remisión ni solicitud de derechos tiene el DUI " + *dui +
                    ".");
  if (out.nombre.empty())
    out.nombre = out.referrals.empty() ? out.requests.back().persona_nombre
                                       : out.referrals.back().nombre;
  store::AuditRepository(db).append(
      ctx_.author(actor), store::AuditOp::Insert, "entrega_de_datos", 0, std::nullopt,
      "{\"derecho\":\"acceso\",\"expedientes\":" + std::to_string(out.files.size()) +
          ",\"remisiones\":" + std::to_string(out.referrals.size()) + "}");
  tx.commit();
  return out;
}

std::vector<store::RetentionCandidate> PersonService::retention_review(const Actor& actor) {
  require(actor, Action::ManageDataProtection);
  const int years = store::SettingsRepository(ctx_.sql()).center().retention_years;
  const Date today = ctx_.today();
  return store::retention_candidates(ctx_.sql(), today - boost::gregorian::years(years));
}

void PersonService::keep_file(const Actor& actor, const std::string& codigo,
                              const std::string& reason_text) {
  require(actor, Action::ManageDataProtection);
  const std::string reason = trim(reason_text);
  if (reason.empty())
    throw UserError("Escriba por qué se conserva el expediente (por ejemplo, una auditoría de "
                    "CONAMYPE pendiente).");
  store::WriteTransaction tx(ctx_.db);
  const auto id = store::EnterpriseRepository(ctx_.sql()).id_by_codigo(trim(codigo));
  if (!id) throw UserError("No hay un expediente con el código «" + trim(codigo) + "».");
  store::keep_file(ctx_.sql(), ctx_.author(actor), *id, ctx_.today(), reason);
  tx.commit();
}

void PersonService::set_retention_years(const Actor& actor, int years) {
  require(actor, Action::ManageDataProtection);
  if (years < 1 || years > 100)
    throw UserError("retencion_anios: escriba un número de años entre 1 y 100.");
  store::WriteTransaction tx(ctx_.db);
  store::SettingsRepository(ctx_.sql())
      .set(ctx_.author(actor), store::setting_key::kRetentionYears, std::to_string(years));
  tx.commit();
}

store::CompactionOutcome PersonService::compact(const Actor& actor) {
  require(actor, Action::ForgetPerson);
  return store::compact_after_forgetting(ctx_.sql());
}

}  // namespace cdmype::services
