// SQL for providers; the rating is the average over finished (and settled) AT that carry one.
#include "store/provider_repository.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/spanish_collation.hpp"
#include "store/at_record_json.hpp"
#include "store/record_stamps.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/stale_record.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kColumns =
    "p.id, p.uuid, p.version, p.created_at, p.updated_at, p.created_by, p.updated_by, "
    "p.nombre, p.nit, p.especialidades, p.contacto, p.distrito_id, p.activo";

Provider read_provider(Statement& q) {
  Provider p;
  p.meta = read_record_meta(q);
  p.nombre = q.text("nombre");
  p.nit = column_text(q, "nit");
  p.especialidades = column_text(q, "especialidades");
  p.contacto = column_text(q, "contacto");
  if (const auto d = q.optional_int64("distrito_id")) p.distrito_id = static_cast<int>(*d);
  p.activo = column_bool(q, "activo");
  return p;
}

// The fields under their column names, the stamps as :at and :user.
void bind_fields(Statement& st, const Provider& p, const Author& who) {
  st.bind("nombre", p.nombre);
  st.bind("nombre_clave", provider_name_key(p.nombre));
  bind_text_or_null(st, "nit", p.nit);
  st.bind("especialidades", p.especialidades);
  st.bind("contacto", p.contacto);
  if (p.distrito_id)
    st.bind("distrito_id", *p.distrito_id);
  else
    st.bind_null("distrito_id", SqlType::Integer);
  bind_bool(st, "activo", p.activo);
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
  // The Spanish sort key as a BLOB (byte order whatever the engine's
  // collation), as store/sort_keys.hpp binds every sorted name.
  st.bind_blob("nombre_orden", spanish_sort_key(p.nombre));
}

[[noreturn]] void rethrow_constraint(const DbError& e, const Provider& p) {
  if (e.kind() == DbErrorKind::Unique)
    throw UserError("Ya existe un proveedor llamado «" + p.nombre + "».");
  if (e.kind() == DbErrorKind::ForeignKey)
    throw UserError("El proveedor «" + p.nombre + "» hace referencia a un distrito que no existe.");
  rethrow_friendly(e);
}

}  // namespace

void ProviderRepository::insert(const Author& who, Provider& p) {
  require_transaction(db_);
  if (p.meta.uuid.empty()) p.meta.uuid = new_uuid();
  Statement st(db_,
               "INSERT INTO provider (nombre, nombre_clave, nit, especialidades, contacto, "
               "distrito_id, activo, uuid, created_at, updated_at, created_by, updated_by, "
               "version, nombre_orden) "
               "VALUES (:nombre, :nombre_clave, :nit, :especialidades, :contacto, :distrito_id, "
               ":activo, :uuid, :at, :at, :user, :user, 1, :nombre_orden) RETURNING id");
  bind_fields(st, p, who);
  st.bind("uuid", p.meta.uuid);
  try {
    st.step();
  } catch (const DbError& e) {
    rethrow_constraint(e, p);
  }
  stamp_inserted(p.meta, st.int64("id"), who);
  st.reset();
  audit_.append(who, AuditOp::Insert, kAuditProvider, p.meta.id, std::nullopt, provider_json(p));
}

void ProviderRepository::update(const Author& who, Provider& p) {
  require_transaction(db_);
  const auto before = get(p.meta.id);
  if (!before) throw UserError("El proveedor «" + p.nombre + "» ya no existe.");
  if (before->meta.version != p.meta.version)
    throw StaleRecord(stale_record_message(db_, {"este proveedor", "lo"}, before->meta));
  Statement st(db_,
               "UPDATE provider SET nombre = :nombre, nombre_clave = :nombre_clave, nit = :nit, "
               "especialidades = :especialidades, contacto = :contacto, "
               "distrito_id = :distrito_id, activo = :activo, updated_at = :at, "
               "updated_by = :user, version = version + 1, nombre_orden = :nombre_orden "
               "WHERE id = :id AND version = :version");
  bind_fields(st, p, who);
  st.bind("id", p.meta.id);
  st.bind("version", p.meta.version);
  std::int64_t changed = 0;
  try {
    changed = st.execute();
  } catch (const DbError& e) {
    rethrow_constraint(e, p);
  }
  if (changed != 1) throw StaleRecord(stale_record_message(db_, {"este proveedor", "lo"}, before->meta));
  stamp_updated(p.meta, before->meta, who);
  audit_.append(who, AuditOp::Update, kAuditProvider, p.meta.id, provider_json(*before),
                provider_json(p));
}

std::optional<Provider> ProviderRepository::get(std::int64_t id) {
  Statement q(db_, std::string("SELECT ") + kColumns + " FROM provider p WHERE p.id = :id");
  q.bind("id", id);
  if (!q.step()) return std::nullopt;
  return read_provider(q);
}

std::optional<Provider> ProviderRepository::by_name(std::string_view nombre) {
  Statement q(db_,
              std::string("SELECT ") + kColumns + " FROM provider p WHERE p.nombre_clave = :clave");
  q.bind("clave", provider_name_key(nombre));
  if (!q.step()) return std::nullopt;
  return read_provider(q);
}

std::vector<ProviderSummary> ProviderRepository::select_summaries(std::optional<std::int64_t> id) {
  // Ratings are recorded when an AT is finished; a settled AT keeps its rating.
  // GROUP BY p.id: PostgreSQL accepts the other provider columns because
  // p.id is the table's primary key. A name without its sort key yet (written
  // by another tool) comes first on both engines, as SQLite orders NULLs.
  Statement q(db_, std::string("SELECT ") + kColumns +
                       ", COUNT(a.id) AS asistencias, COUNT(a.calificacion) AS calificaciones, "
                       "AVG(a.calificacion) AS promedio "
                       "FROM provider p LEFT JOIN technical_assistance a ON a.provider_id = p.id "
                       "WHERE (:id IS NULL OR p.id = :id) "
                       "GROUP BY p.id ORDER BY p.nombre_orden NULLS FIRST, p.id");
  q.bind("id", id);
  std::vector<ProviderSummary> out;
  while (q.step()) {
    ProviderSummary s;
    s.provider = read_provider(q);
    s.asistencias = q.int64("asistencias");
    s.calificaciones = q.int64("calificaciones");
    if (!q.is_null("promedio")) s.calificacion_promedio = q.real("promedio");
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<ProviderSummary> ProviderRepository::summaries() {
  return select_summaries(std::nullopt);
}

std::optional<ProviderSummary> ProviderRepository::summary(std::int64_t id) {
  auto found = select_summaries(id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

}  // namespace cdmype::store
