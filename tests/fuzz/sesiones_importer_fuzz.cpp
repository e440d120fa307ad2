// libFuzzer: the sesiones importer (see fuzz_importer.hpp).
#include "exchange/sesiones_importer.hpp"
#include "fuzz_importer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return cdmype::fuzzing::fuzz_importer(data, size, cdmype::exchange::import_sesiones);
}
