// Whole-file read for imports (the CSV parser works on the bytes in memory).
#include "exchange/exchange_file.hpp"

#include <fstream>
#include <iterator>
#include <system_error>

#include "core/errors.hpp"

namespace cdmype::exchange {

std::string read_exchange_file(const std::filesystem::path& path, std::uintmax_t max_bytes) {
  const std::string shown = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw UserError("«" + shown + "» es una carpeta, no un archivo CSV.");
  const auto size = std::filesystem::file_size(path, ec);
  if (ec)
    throw UserError("No se puede abrir el archivo «" + shown +
                    "»: no existe o no se puede leer. Revise el nombre y la carpeta.");
  if (size > max_bytes)
    throw UserError("El archivo «" + shown + "» pesa " + std::to_string(size / (1024 * 1024)) +
                    " MB; no parece un archivo de intercambio CSV.");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError("No se puede abrir el archivo «" + shown + "».");
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(size));
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) throw UserError("Error al leer el archivo «" + shown + "».");
  return bytes;
}

}  // namespace cdmype::exchange
