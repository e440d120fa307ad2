// A file compiled into the binary (migrations, catalogs): name and contents.
#pragma once
#include <string_view>
#include <vector>

namespace cdmype {
struct EmbeddedFile {
  std::string_view name;
  std::string_view contents;
};
}  // namespace cdmype
