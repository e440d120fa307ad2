// write_file_atomically: temporary sibling file, flush, rename (devices and pipes directly);
// read_input_file: a bounded whole-file read.
#include "report/file_output.hpp"

#include <cerrno>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

#include "core/errors.hpp"
#include "store/file_mode.hpp"

namespace cdmype::report {

void write_file_atomically(const std::filesystem::path& shown, std::string_view bytes) {
  namespace fs = std::filesystem;
  // A symlink is followed (the link stays); a device or pipe such as
  // /dev/stdout is written directly, since a rename would replace it.
  fs::path path = shown;
  std::error_code probe;
  const auto status = fs::status(shown, probe);
  const bool exists = !probe && fs::exists(status);
  if (exists && !fs::is_regular_file(status)) {
    std::ofstream out(shown, std::ios::binary | std::ios::trunc);
    if (!out) {
      const int error = errno;
      throw UserError("No se pudo escribir «" + shown.string() + "»: " + file_error_text(error) +
                      ".");
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) throw UserError("No se pudo escribir «" + shown.string() + "» completo.");
    return;
  }
  if (exists) {
    auto real = fs::canonical(shown, probe);
    if (!probe) path = real;
  }
  const fs::path tmp = path.string() + ".tmp";
  const auto fail = [&](const std::string& why) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw UserError("No se pudo escribir el archivo «" + shown.string() + "»: " + why +
                    ". Revise que la carpeta exista y tenga permiso de escritura.");
  };
  // Owner-only before the first byte: reports carry personal data.
  if (const int error = store::recreate_private_file(tmp)) fail(file_error_text(error));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail(file_error_text(errno));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) fail("error al escribir (¿disco lleno?)");
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) fail(file_error_text(ec.value()));
}

void write_file_atomically(const std::filesystem::path& path,
                           const std::vector<unsigned char>& bytes) {
  write_file_atomically(
      path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::string read_input_file(const std::filesystem::path& path, std::string_view what) {
  constexpr std::uintmax_t kMaxBytes = 64u * 1024 * 1024;
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw UserError("No se pudo leer " + std::string(what) + " «" + path.string() + "».");
  if (size > kMaxBytes)
    throw UserError(std::string(what) + " «" + path.string() + "» pesa más de 64 MB; no es un "
                    "archivo del programa.");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError("No se pudo leer " + std::string(what) + " «" + path.string() + "».");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace cdmype::report
