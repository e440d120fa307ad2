// SHA-256 (libsodium) as lower-case hex: the fingerprint of an issued report's PDF.
#pragma once
#include <span>
#include <string>

namespace cdmype::store {

// 64 lower-case hex digits.
std::string sha256_hex(std::span<const unsigned char> bytes);

}  // namespace cdmype::store
