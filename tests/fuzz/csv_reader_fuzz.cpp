// libFuzzer: the CSV reader on arbitrary bytes. A refusal (UserError) is fine; anything else is a
// bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/errors.hpp"
#include "exchange/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    cdmype::exchange::read_csv(bytes);
  } catch (const cdmype::UserError&) {
  }
  return 0;
}
