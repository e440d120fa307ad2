// Reading an exchange file from disk whole, with a size limit and a Spanish message on failure.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

namespace cdmype::exchange {

// Real center files are a few megabytes; anything far larger is a mistake
// (a database or video picked by accident) and is refused before reading.
inline constexpr std::uintmax_t kMaxExchangeFileBytes = 256ull * 1024 * 1024;

// The file's bytes. Throws UserError naming the file when it cannot be read
// or is larger than `max_bytes`.
std::string read_exchange_file(const std::filesystem::path& path,
                               std::uintmax_t max_bytes = kMaxExchangeFileBytes);

}  // namespace cdmype::exchange
