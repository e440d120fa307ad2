// Builds the one-text summary of a list of validation problems; Spanish wording of file errors.
#include "core/errors.hpp"

#include <cerrno>
#include <cstring>

namespace cdmype {
namespace {
std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) {
    if (!out.empty()) out += '\n';
    out += l;
  }
  return out;
}
}  // namespace

ValidationFailed::ValidationFailed(std::vector<std::string> problems)
    : UserError(join_lines(problems)), problems_(std::move(problems)) {}

std::string file_error_text(int errnum) {
  switch (errnum) {
    case ENOENT:
      return "la carpeta no existe";
    case ENOTDIR:
      return "parte de la ruta no es una carpeta";
    case EACCES:
    case EPERM:
      return "no hay permiso para escribir ahí";
    case EEXIST:
      return "ya existe un archivo con ese nombre";
    case EISDIR:
      return "es una carpeta, no un archivo";
    case EROFS:
      return "el disco es de solo lectura";
    case ENOSPC:
      return "no queda espacio en el disco";
    default:
      return std::strerror(errnum);
  }
}

}  // namespace cdmype
