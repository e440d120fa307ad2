// libFuzzer: the empresas importer (see fuzz_importer.hpp).
#include "exchange/empresas_importer.hpp"
#include "fuzz_importer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return cdmype::fuzzing::fuzz_importer(data, size, cdmype::exchange::import_empresas);
}
