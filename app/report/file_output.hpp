// Writing a report output file whole or not at all (temporary file + rename).
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cdmype::report {

// Writes `bytes` to `path` through a sibling temporary file renamed into
// place, so a full disk or a crash never leaves a half-written report. On
// failure throws UserError with a Spanish message naming the file. A
// symlink is followed; a device or pipe (/dev/stdout) is written directly.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);
// The same for a generated PDF's bytes.
void write_file_atomically(const std::filesystem::path& path,
                           const std::vector<unsigned char>& bytes);

// A whole file the report layer reads (a center's package, the key list), at most 64 MB;
// UserError naming `what` and the file when it cannot be read or is larger.
std::string read_input_file(const std::filesystem::path& path, std::string_view what);

}  // namespace cdmype::report
