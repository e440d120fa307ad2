// libFuzzer: a national roll-up fed arbitrary bytes as a package, as a key list and as JSON; every
// input is refused or consolidated with a message, never a crash.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "core/errors.hpp"
#include "report/json_value.hpp"
#include "report/national_rollup.hpp"
#include "report/report_package.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  using namespace cdmype;
  try {
    report::parse_json(text);
  } catch (const std::runtime_error&) {
  }
  try {
    report::read_center_keys(text);
  } catch (const UserError&) {
  }
  try {
    const report::ReportPackage p = report::read_package(text);
    report::package_problems(p, "GMXOf5cxlH6JKgYkFXR+4j6GG8ux5W+AE4dsHyBlVc4=");
  } catch (const std::runtime_error&) {
  }
  try {
    report::consolidate({2026, 10}, {{"CH", "GMXOf5cxlH6JKgYkFXR+4j6GG8ux5W+AE4dsHyBlVc4="}},
                        {{"paquete", text}});
  } catch (const UserError&) {
  }
  return 0;
}
