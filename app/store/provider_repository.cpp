// SQL for providers; the rating is the average over finished (and settled) AT that carry one.
#include "store/provider_repository.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/at_record_json.hpp"
#include "store/sort_keys.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kColumns =
    "p.id, p.uuid, p.version, p.created_at, p.updated_at, p.created_by, p.updated_by, "
    "p.nombre, p.nit, p.especialidades, p.contacto, p.distrito_id, p.activo";

Provider read_provider(SQLite::Statement& q) {
  Provider p;
  p.meta.id = q.getColumn(0).getInt64();
  p.meta.uuid = q.getColumn(1).getString();
  p.meta.version = q.getColumn(2).getInt();
  p.meta.created_at = q.getColumn(3).getString();
  p.meta.updated_at = q.getColumn(4).getString();
  p.meta.created_by = column_id(q.getColumn(5));
  p.meta.updated_by = column_id(q.getColumn(6));
  p.nombre = q.getColumn(7).getString();
  p.nit = column_text(q.getColumn(8));
  p.especialidades = q.getColumn(9).getString();
  p.contacto = q.getColumn(10).getString();
  if (!q.getColumn(11).isNull()) p.distrito_id = q.getColumn(11).getInt();
  p.activo = column_bool(q.getColumn(12));
  return p;
}

// ?1..?7 the fields, ?8 uuid / id, ?9 timestamp, ?10 user, ?11 version,
// ?12 the Spanish sort key of the name.
void bind_fields(SQLite::Statement& st, const Provider& p, const Author& who) {
  st.bind(1, p.nombre);
  st.bind(2, provider_name_key(p.nombre));
  bind_text_or_null(st, 3, p.nit);
  st.bind(4, p.especialidades);
  st.bind(5, p.contacto);
  if (p.distrito_id)
    st.bind(6, *p.distrito_id);
  else
    st.bind(6);
  bind_bool(st, 7, p.activo);
  st.bind(9, who.at);
  bind_id_or_null(st, 10, who.user_id);
  bind_sort_key(st, 12, p.nombre);
}

[[noreturn]] void rethrow_constraint(const SQLite::Exception& e, const Provider& p) {
  if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
    throw UserError("Ya existe un proveedor llamado «" + p.nombre + "».");
  if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY)
    throw UserError("El proveedor «" + p.nombre + "» hace referencia a un distrito que no existe.");
  throw e;
}

std::string stale_message(int stored_version) {
  return "Otra persona modificó este proveedor (versión " + std::to_string(stored_version) +
         ") desde que usted lo abrió; vuelva a abrirlo para ver los cambios.";
}

}  // namespace

void ProviderRepository::insert(const Author& who, Provider& p) {
  require_transaction(db_);
  if (p.meta.uuid.empty()) p.meta.uuid = new_uuid();
  SQLite::Statement st(db_,
                       "INSERT INTO provider (nombre, nombre_clave, nit, especialidades, contacto, "
                       "distrito_id, activo, uuid, created_at, updated_at, created_by, updated_by, "
                       "version, nombre_orden) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?10, 1, ?12)");
  bind_fields(st, p, who);
  st.bind(8, p.meta.uuid);
  try {
    st.exec();
  } catch (const SQLite::Exception& e) {
    rethrow_constraint(e, p);
  }
  p.meta.id = db_.getLastInsertRowid();
  p.meta.version = 1;
  p.meta.created_at = p.meta.updated_at = who.at;
  p.meta.created_by = p.meta.updated_by = who.user_id;
  audit_.append(who, AuditOp::Insert, kAuditProvider, p.meta.id, std::nullopt, provider_json(p));
}

void ProviderRepository::update(const Author& who, Provider& p) {
  require_transaction(db_);
  const auto before = get(p.meta.id);
  if (!before) throw UserError("El proveedor «" + p.nombre + "» ya no existe.");
  if (before->meta.version != p.meta.version)
    throw StaleRecord(stale_message(before->meta.version));
  SQLite::Statement st(
      db_,
      "UPDATE provider SET nombre = ?1, nombre_clave = ?2, nit = ?3, "
      "especialidades = ?4, contacto = ?5, distrito_id = ?6, activo = ?7, "
      "updated_at = ?9, updated_by = ?10, version = version + 1, nombre_orden = ?12 "
      "WHERE id = ?8 AND version = ?11");
  bind_fields(st, p, who);
  st.bind(8, static_cast<int64_t>(p.meta.id));
  st.bind(11, p.meta.version);
  try {
    if (st.exec() != 1) throw StaleRecord(stale_message(before->meta.version));
  } catch (const SQLite::Exception& e) {
    rethrow_constraint(e, p);
  }
  p.meta.uuid = before->meta.uuid;
  p.meta.created_at = before->meta.created_at;
  p.meta.created_by = before->meta.created_by;
  p.meta.version = before->meta.version + 1;
  p.meta.updated_at = who.at;
  p.meta.updated_by = who.user_id;
  audit_.append(who, AuditOp::Update, kAuditProvider, p.meta.id, provider_json(*before),
                provider_json(p));
}

std::optional<Provider> ProviderRepository::get(std::int64_t id) {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns + " FROM provider p WHERE p.id = ?1");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) return std::nullopt;
  return read_provider(q);
}

std::optional<Provider> ProviderRepository::by_name(std::string_view nombre) {
  SQLite::Statement q(
      db_, std::string("SELECT ") + kColumns + " FROM provider p WHERE p.nombre_clave = ?1");
  q.bind(1, provider_name_key(nombre));
  if (!q.executeStep()) return std::nullopt;
  return read_provider(q);
}

std::vector<ProviderSummary> ProviderRepository::select_summaries(const char* where,
                                                                  std::int64_t id) {
  // Ratings are recorded when an AT is finished; a settled AT keeps its rating.
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns +
                               ", COUNT(a.id), COUNT(a.calificacion), AVG(a.calificacion) "
                               "FROM provider p LEFT JOIN technical_assistance a "
                               "ON a.provider_id = p.id " +
                               where + " GROUP BY p.id ORDER BY p.nombre_orden, p.id");
  if (id != 0) q.bind(1, static_cast<int64_t>(id));
  std::vector<ProviderSummary> out;
  while (q.executeStep()) {
    ProviderSummary s;
    s.provider = read_provider(q);
    s.asistencias = q.getColumn(13).getInt64();
    s.calificaciones = q.getColumn(14).getInt64();
    if (!q.getColumn(15).isNull()) s.calificacion_promedio = q.getColumn(15).getDouble();
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<ProviderSummary> ProviderRepository::summaries() { return select_summaries("", 0); }

std::optional<ProviderSummary> ProviderRepository::summary(std::int64_t id) {
  auto found = select_summaries("WHERE p.id = ?1", id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

}  // namespace cdmype::store
