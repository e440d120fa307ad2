// One libFuzzer body for every importer: arbitrary bytes against a fixed center; refusals are fine.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/errors.hpp"
#include "exchange/importer.hpp"
#include "fuzz_lookups.hpp"

namespace cdmype::fuzzing {

// `import` is one of exchange::import_empresas / import_sesiones / import_asistencias.
template <class Import>
int fuzz_importer(const std::uint8_t* data, std::size_t size, Import import) {
  static const FuzzLookups lookups;
  const exchange::ImportContext context{lookups, 1};
  try {
    import(std::string_view(reinterpret_cast<const char*>(data), size), context);
  } catch (const UserError&) {
  }
  return 0;
}

}  // namespace cdmype::fuzzing
