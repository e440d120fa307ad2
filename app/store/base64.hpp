// Base64 (the standard alphabet, with padding) over libsodium, for keys, signatures and sealed
// audit values kept as text.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace cdmype::store {

std::string to_base64(std::string_view bytes);
// nullopt when `text` is not base64.
std::optional<std::string> from_base64(std::string_view text);

}  // namespace cdmype::store
