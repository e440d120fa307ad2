// Telling a file from a server URI, and keeping passwords out of URIs.
#include "store/data_source.hpp"

#include <libpq-fe.h>

#include "core/errors.hpp"

namespace cdmype::store {

bool is_server_uri(std::string_view text) {
  return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0;
}

DataSource::DataSource(const std::filesystem::path& file) : file_(file) {}

DataSource DataSource::parse(std::string_view text) {
  if (!is_server_uri(text)) return DataSource(std::filesystem::path(text));
  const std::string uri(text);
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
  if (!options) {
    std::string why = error ? error : "dirección no válida";
    PQfreemem(error);
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    throw UserError("La dirección del servidor no es válida (" + why +
                    "). Use postgresql://usuario@servidor/base.");
  }
  bool has_password = false;
  for (auto* o = options; o->keyword; ++o)
    if (std::string_view(o->keyword) == "password" && o->val && *o->val) has_password = true;
  PQconninfoFree(options);
  if (has_password)
    throw UserError(
        "La dirección del servidor no debe llevar la contraseña. Guárdela en ~/.pgpass "
        "(permisos 0600) o en la variable PGPASSWORD.");
  DataSource s;
  s.engine_ = Engine::PostgreSQL;
  s.uri_ = uri;
  return s;
}

std::string DataSource::display() const { return is_file() ? file_.string() : uri_; }

}  // namespace cdmype::store
