// Loads the user and enterprise maps an import resolves names against.
#include "exchange/service_lookups.hpp"

#include "core/record_codigo.hpp"

namespace cdmype::exchange {

ServiceImportLookups::ServiceImportLookups(services::Workspace& ws, const Actor& actor)
    : users_(ws.imports().user_ids_by_username(actor)),
      enterprises_(ws.imports().enterprise_ids_by_codigo(actor)),
      departamento_(ws.imports().departamento(actor)),
      number_format_(ws.center().settings().number_format),
      today_(ws.context().today()) {}

std::optional<std::int64_t> ServiceImportLookups::user_id(std::string_view username) const {
  auto it = users_.find(std::string(username));
  if (it == users_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::int64_t> ServiceImportLookups::enterprise_id(std::string_view codigo) const {
  auto it = enterprises_.find(std::string(codigo));
  if (it != enterprises_.end()) return it->second;
  // Codes are kept as written; one typed in another case is the same code.
  if (by_key_.empty())
    for (const auto& [stored, id] : enterprises_) by_key_.emplace(codigo_key(stored), id);
  auto k = by_key_.find(codigo_key(codigo));
  if (k == by_key_.end()) return std::nullopt;
  return k->second;
}

}  // namespace cdmype::exchange
