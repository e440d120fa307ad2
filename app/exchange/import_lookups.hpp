// What importers and exporters need to know about the database, as small interfaces the store
// implements.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/dates.hpp"
#include "core/money.hpp"

namespace cdmype::exchange {

// Name → id lookups for importing. Implemented over the store by the
// services layer; tests use a fake. Keeping exchange behind this interface
// lets every row be checked before anything is written.
class ImportLookups {
 public:
  virtual ~ImportLookups() = default;

  // The user with that username (lowercase), if any. The implementation
  // decides whether inactive users count.
  virtual std::optional<std::int64_t> user_id(std::string_view username) const = 0;
  // The enterprise file with that código ("CH-2026-0042"), if any.
  virtual std::optional<std::int64_t> enterprise_id(std::string_view codigo) const = 0;
  // Whether a código is already taken (by default: an enterprise has it).
  virtual bool codigo_exists(std::string_view codigo) const {
    return enterprise_id(codigo).has_value();
  }
  // The center's departamento ("Chalatenango"): an ambiguous distrito name
  // such as "San Fernando" resolves to the one there.
  virtual std::string center_departamento() const = 0;
  // The center's «formato de números», which reads an ambiguous "2,000".
  virtual NumberFormat number_format() const { return NumberFormat::ElSalvador; }
  // Today for the center, from the workspace clock (a session cannot be
  // dated after it). The default is the system's local date.
  virtual Date today() const;
};

// Id → name lookups for exporting. Distrito names come from the territory
// catalog in core and need no lookup.
class ExportLookups {
 public:
  virtual ~ExportLookups() = default;
  // "" when unknown (the cell is left empty rather than failing the export).
  virtual std::string username(std::int64_t user_id) const = 0;
  virtual std::string enterprise_codigo(std::int64_t enterprise_id) const = 0;
};

}  // namespace cdmype::exchange
