// Enterprise use cases: require(), validate, then one BEGIN IMMEDIATE transaction with audit.
#include "services/enterprise_service.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/sensitive_data.hpp"
#include "services/consent_service.hpp"
#include "services/reference_checks.hpp"
#include "store/consent_repository.hpp"
#include "store/enterprise_codigo.hpp"
#include "store/enterprise_repository.hpp"
#include "store/settings_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

std::string require_prefix(ServiceContext& ctx) {
  const auto prefix = store::SettingsRepository(ctx.sql()).get(store::setting_key::kPrefix);
  if (!prefix || prefix->empty())
    throw UserError(
        "El centro no está configurado (falta el prefijo de los códigos); "
        "inicialice la base de datos primero.");
  return *prefix;
}

std::optional<ConsentRecord> checked_new_file_consent(ServiceContext& ctx, const Enterprise& file,
                                                     std::optional<ConsentRecord> consent) {
  consent = checked_intake_consent(ctx, ConsentPerson::Titular, std::move(consent));
  const ConsentState state = consent ? consent_state(std::span(&*consent, 1)) : ConsentState{};
  if (auto problem = sensitive_consent_problem(Titular{}, file.titular, state); !problem.empty())
    throw ValidationFailed({problem});
  return consent;
}

Enterprise EnterpriseService::create(const Actor& actor, Enterprise e,
                                     const std::optional<ConsentRecord>& consent) {
  require(actor, Action::EditEnterprise);
  canonicalize_ids(e);
  auto grant = checked_new_file_consent(ctx_, e, consent);
  const std::string prefix = require_prefix(ctx_);
  store::WriteTransaction tx(ctx_.db);
  store::EnterpriseRepository repo(ctx_.sql());
  // The sequence is read under the write lock, so two saves cannot take the same code.
  if (e.codigo.empty() && !e.fecha_ingreso.is_special()) {
    const int year = e.fecha_ingreso.year();
    // Skip a code the center's history already has (imported in another case).
    int sequence = repo.next_sequence(prefix, year);
    do {
      e.codigo = store::format_enterprise_codigo(prefix, year, sequence++);
    } while (repo.codigo_exists(e.codigo));
  }
  if (auto problems = ReferenceChecks(ctx_.sql()).enterprise_problems(e); !problems.empty())
    throw ValidationFailed(problems);
  if (repo.codigo_exists(e.codigo))
    throw UserError("Ya existe un expediente con el código «" + e.codigo + "».");
  repo.insert(ctx_.author(actor), e);
  store_intake_consent(ctx_, actor, e.meta.id, std::move(grant));
  tx.commit();
  return e;
}

Enterprise EnterpriseService::update(const Actor& actor, Enterprise e) {
  require(actor, Action::EditEnterprise);
  canonicalize_ids(e);
  if (auto problems = ReferenceChecks(ctx_.sql()).enterprise_problems(e); !problems.empty())
    throw ValidationFailed(problems);
  store::WriteTransaction tx(ctx_.db);
  store::EnterpriseRepository repo(ctx_.sql());
  // The version check in update() refuses a stale save; a missing row is its own message there.
  if (const auto stored = repo.get(e.meta.id)) {
    if (!may_see_sensitive(actor, *stored)) {
      keep_sensitive(e, *stored);
    } else {
      const auto records = store::ConsentRepository(ctx_.sql()).of(titular_of(e.meta.id));
      if (auto problem = sensitive_consent_problem(stored->titular, e.titular,
                                                   consent_state(records));
          !problem.empty())
        throw ValidationFailed({problem});
    }
  }
  repo.update(ctx_.author(actor), e);
  tx.commit();
  return e;
}

namespace {
std::optional<Enterprise> as_seen_by(const Actor& actor, std::optional<Enterprise> e) {
  if (e && !may_see_sensitive(actor, *e)) hide_sensitive(*e);
  return e;
}
std::vector<Enterprise> as_seen_by(const Actor& actor, std::vector<Enterprise> files) {
  for (auto& e : files)
    if (!may_see_sensitive(actor, e)) hide_sensitive(e);
  return files;
}
}  // namespace

std::optional<Enterprise> EnterpriseService::get(const Actor& actor, std::int64_t id) {
  require(actor, Action::ViewEnterprises);
  return as_seen_by(actor, store::EnterpriseRepository(ctx_.sql()).get(id));
}

std::optional<Enterprise> EnterpriseService::by_codigo(const Actor& actor,
                                                       std::string_view codigo) {
  require(actor, Action::ViewEnterprises);
  return as_seen_by(actor, store::EnterpriseRepository(ctx_.sql()).by_codigo(codigo));
}

std::vector<store::EnterpriseListRow> EnterpriseService::search(const Actor& actor,
                                                                std::string_view text, int limit) {
  require(actor, Action::ViewEnterprises);
  store::EnterpriseFilter f;
  f.texto = std::string(text);
  return store::EnterpriseQuery(ctx_.sql())
      .page(f, {store::EnterpriseSort::Relevancia, false}, limit, 0);
}

std::vector<store::EnterpriseListRow> EnterpriseService::page(const Actor& actor,
                                                              const store::EnterpriseFilter& filter,
                                                              store::EnterpriseOrder order,
                                                              int limit, std::int64_t offset,
                                                              std::optional<std::int64_t> matches) {
  require(actor, Action::ViewEnterprises);
  return store::EnterpriseQuery(ctx_.sql()).page(filter, order, limit, offset, matches);
}

std::int64_t EnterpriseService::count(const Actor& actor, const store::EnterpriseFilter& filter) {
  require(actor, Action::ViewEnterprises);
  return store::EnterpriseQuery(ctx_.sql()).count(filter);
}

std::vector<std::int64_t> EnterpriseService::ordered_ids(const Actor& actor,
                                                         const store::EnterpriseFilter& filter,
                                                         store::EnterpriseOrder order) {
  require(actor, Action::ViewEnterprises);
  return store::EnterpriseQuery(ctx_.sql()).ordered_ids(filter, order);
}

std::vector<store::EnterpriseListRow> EnterpriseService::rows(const Actor& actor,
                                                              std::span<const std::int64_t> ids) {
  require(actor, Action::ViewEnterprises);
  return store::EnterpriseQuery(ctx_.sql()).rows(ids);
}

std::vector<Enterprise> EnterpriseService::find_by_dui(const Actor& actor, std::string_view dui) {
  require(actor, Action::ViewEnterprises);
  const auto canonical = normalize_dui(dui);
  if (!canonical) return {};
  return as_seen_by(actor, store::EnterpriseRepository(ctx_.sql()).find_by_dui(*canonical));
}

std::vector<Enterprise> EnterpriseService::find_by_nit(const Actor& actor, std::string_view nit) {
  require(actor, Action::ViewEnterprises);
  const auto canonical = normalize_nit(nit);
  if (!canonical) return {};
  store::EnterpriseRepository files(ctx_.sql());
  // A NIT that is a DUI finds the person as titular too.
  if (dui_of_nit(*canonical)) return as_seen_by(actor, files.find_by_dui(*canonical));
  return as_seen_by(actor, files.find_by_nit(*canonical));
}

std::string EnterpriseService::next_codigo(const Actor& actor, int year) {
  require(actor, Action::ViewEnterprises);
  const std::string prefix = require_prefix(ctx_);
  return store::format_enterprise_codigo(
      prefix, year, store::EnterpriseRepository(ctx_.sql()).next_sequence(prefix, year));
}

}  // namespace cdmype::services
