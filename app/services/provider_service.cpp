// Provider use cases; the rating average comes from the AT that were finished with one.
#include "services/provider_service.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/text.hpp"
#include "store/provider_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

void prepare(Provider& p) {
  p.nombre = trim(p.nombre);
  p.especialidades = trim(p.especialidades);
  p.contacto = trim(p.contacto);
  if (const auto nit = normalize_nit(p.nit)) p.nit = *nit;
  if (auto problems = validate(p); !problems.empty()) throw ValidationFailed(problems);
}

std::string not_found(std::string_view nombre) {
  return "No hay un proveedor llamado «" + std::string(nombre) +
         "»; vea la lista con «cdmype-cli provider list».";
}

}  // namespace

Provider ProviderService::create(const Actor& actor, Provider p) {
  require(actor, Action::ManageProviders);
  prepare(p);
  store::WriteTransaction tx(ctx_.db);
  store::ProviderRepository(ctx_.sql()).insert(ctx_.author(actor), p);
  tx.commit();
  return p;
}

Provider ProviderService::update(const Actor& actor, Provider p) {
  require(actor, Action::ManageProviders);
  prepare(p);
  store::WriteTransaction tx(ctx_.db);
  store::ProviderRepository(ctx_.sql()).update(ctx_.author(actor), p);
  tx.commit();
  return p;
}

Provider ProviderService::set_active(const Actor& actor, std::string_view nombre, bool activo) {
  require(actor, Action::ManageProviders);
  store::WriteTransaction tx(ctx_.db);
  store::ProviderRepository repo(ctx_.sql());
  auto p = repo.by_name(nombre);
  if (!p) throw UserError(not_found(nombre));
  if (p->activo != activo) {
    p->activo = activo;
    repo.update(ctx_.author(actor), *p);
  }
  tx.commit();
  return *p;
}

std::optional<ProviderSummary> ProviderService::by_name(const Actor& actor,
                                                        std::string_view nombre) {
  require(actor, Action::ViewAt);
  store::ProviderRepository repo(ctx_.sql());
  const auto p = repo.by_name(nombre);
  if (!p) return std::nullopt;
  return repo.summary(p->meta.id);
}

std::vector<ProviderSummary> ProviderService::list(const Actor& actor) {
  require(actor, Action::ViewAt);
  return store::ProviderRepository(ctx_.sql()).summaries();
}

std::int64_t provider_id_for(store::Connection& db, const store::Author& who,
                             std::string_view nombre, std::string_view especialidad) {
  store::ProviderRepository repo(db);
  if (const auto p = repo.by_name(nombre)) return p->meta.id;
  Provider p;
  p.nombre = trim(nombre);
  p.especialidades = trim(especialidad);
  if (auto problems = validate(p); !problems.empty()) throw ValidationFailed(problems);
  repo.insert(who, p);
  return p.meta.id;
}

}  // namespace cdmype::services
