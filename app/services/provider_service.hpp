// The provider registry (proveedores): add, edit, (de)activate, list with the average rating.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/permissions.hpp"
#include "core/provider.hpp"
#include "services/service_context.hpp"
#include "store/audit_repository.hpp"

namespace cdmype::services {

class ProviderService {
 public:
  explicit ProviderService(ServiceContext& ctx) : ctx_(ctx) {}

  // ManageProviders (compras, director). The NIT is canonicalized; invalid
  // fields are a ValidationFailed, a name already taken a UserError.
  Provider create(const Actor& actor, Provider p);
  // ManageProviders. Version-checked (StaleRecord), audited.
  Provider update(const Actor& actor, Provider p);
  // ManageProviders. Inactive providers stay on their AT but are not offered.
  Provider set_active(const Actor& actor, std::string_view nombre, bool activo);

  // ViewAt. By name, ignoring case and accents.
  std::optional<ProviderSummary> by_name(const Actor& actor, std::string_view nombre);
  std::vector<ProviderSummary> list(const Actor& actor);

 private:
  ServiceContext& ctx_;
};

// The id of the provider called `nombre` (ignoring case and accents),
// creating it when there is none (product.md §4: "created if new"). Must run
// inside the caller's write transaction; the new provider is audited there.
// `especialidad` seeds the new provider's specialties.
std::int64_t provider_id_for(store::Connection& db, const store::Author& who,
                             std::string_view nombre, std::string_view especialidad = {});

}  // namespace cdmype::services
