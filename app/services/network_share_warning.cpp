// Words for the network-share warning, shared by the desktop app and the CLI.
#include "services/network_share_warning.hpp"

#include "store/network_share.hpp"

namespace cdmype::services {

std::optional<std::string> network_share_warning(const std::filesystem::path& db_path) {
  const auto kind = store::network_filesystem_of(db_path);
  if (!kind) return std::nullopt;
  return "La base de datos «" + db_path.filename().string() + "» está en una carpeta de red (" + *kind +
         "). Sobre una red, SQLite no puede bloquear el archivo con seguridad y los datos pueden dañarse. "
         "Guarde la base en una carpeta de este equipo (haga una copia de seguridad y restáurela allí). "
         "El uso por varias personas a la vez llegará con una base de datos en servidor.";
}

}  // namespace cdmype::services
