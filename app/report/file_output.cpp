// write_file_atomically: temporary sibling file, flush, rename.
#include "report/file_output.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "core/errors.hpp"

namespace cdmype::report {

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  const fs::path tmp = path.string() + ".tmp";
  const auto fail = [&](const std::string& why) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw UserError("No se pudo escribir el archivo «" + path.string() + "»: " + why +
                    ". Revise que la carpeta exista y tenga permiso de escritura.");
  };
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail(std::strerror(errno));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) fail("error al escribir (¿disco lleno?)");
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) fail(ec.message());
}

}  // namespace cdmype::report
