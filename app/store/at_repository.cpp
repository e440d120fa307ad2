// SQL for AT records; each insert/update carries its audit row in the same transaction.
#include "store/at_repository.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/record_codigo.hpp"
#include "store/at_record_json.hpp"
#include "store/at_row.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

// ?1..?32 the fields, ?33 uuid / id, ?34 timestamp, ?35 user, ?36 version.
std::string insert_sql() {
  std::string values;
  for (int i = 1; i <= kAtFieldCount + 1; ++i) values += "?" + std::to_string(i) + ", ";
  return std::string("INSERT INTO technical_assistance (") + kAtFieldColumns +
         ", uuid, created_at, updated_at, created_by, updated_by, version) VALUES (" + values +
         "?34, ?34, ?35, ?35, 1)";
}

constexpr const char* kUpdate =
    "UPDATE technical_assistance SET codigo = ?1, enterprise_id = ?2, drafted_by = ?3, "
    "requested_by = ?4, descripcion = ?5, especialidad = ?6, provider_id = ?7, "
    "costo_total_centavos = ?8, estado = ?9, fecha_solicitud = ?10, fecha_aprobacion = ?11, "
    "fecha_contratacion = ?12, fecha_inicio = ?13, fecha_finalizacion = ?14, "
    "fecha_liquidacion = ?15, fecha_cancelacion = ?16, approved_by = ?17, motivo_rechazo = ?18, "
    "motivo_cancelacion = ?19, policy_version_id = ?20, policy_kind = ?21, center_bp = ?22, "
    "subsidio_centavos = ?23, copago_centavos = ?24, subsidio_motivos = ?25, "
    "subsidio_regla = ?26, subsidio_tope = ?27, calificacion = ?28, "
    "aporte_recibido_centavos = ?29, fecha_aporte = ?30, pago_proveedor_centavos = ?31, "
    "fecha_pago_proveedor = ?32, updated_at = ?34, updated_by = ?35, version = version + 1 "
    "WHERE id = ?33 AND version = ?36";

std::string stale_message(int stored_version) {
  return "Otra persona modificó esta asistencia técnica (versión " +
         std::to_string(stored_version) +
         ") desde que usted la abrió; vuelva a abrirla para ver los cambios.";
}

[[noreturn]] void rethrow_constraint(const SQLite::Exception& e, const TechnicalAssistance& at) {
  const int code = e.getExtendedErrorCode();
  if (code == SQLITE_CONSTRAINT_UNIQUE)
    throw UserError("Ya existe una asistencia técnica con el código «" + at.codigo + "».");
  if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
    throw UserError(
        "La asistencia «" + at.codigo +
        "» hace referencia a una empresa, proveedor, usuario o política que no existe.");
  if (code == SQLITE_CONSTRAINT_CHECK)
    throw UserError("La asistencia «" + at.codigo +
                    "» no cumple las reglas de la base de datos (estado, montos o calificación).");
  throw e;
}

void bind_author(SQLite::Statement& st, const Author& who) {
  st.bind(34, who.at);
  bind_id_or_null(st, 35, who.user_id);
}

}  // namespace

std::string year_start_iso(int year) {
  return to_iso(Date(static_cast<unsigned short>(year), 1, 1));
}
std::string year_end_iso(int year) {
  return to_iso(Date(static_cast<unsigned short>(year), 12, 31));
}

void AtRepository::insert(const Author& who, TechnicalAssistance& at) {
  require_transaction(db_);
  if (at.meta.uuid.empty()) at.meta.uuid = new_uuid();
  if (!insert_) insert_.emplace(db_, insert_sql());
  auto& st = *insert_;
  bind_at_fields(st, at);
  st.bind(33, at.meta.uuid);
  bind_author(st, who);
  try {
    st.exec();
    st.reset();
  } catch (const SQLite::Exception& e) {
    st.tryReset();
    rethrow_constraint(e, at);
  }
  at.meta.id = db_.getLastInsertRowid();
  at.meta.version = 1;
  at.meta.created_at = at.meta.updated_at = who.at;
  at.meta.created_by = at.meta.updated_by = who.user_id;
  audit_.append(who, AuditOp::Insert, kAuditAt, at.meta.id, std::nullopt, at_json(at));
}

void AtRepository::update(const Author& who, TechnicalAssistance& at) {
  require_transaction(db_);
  const auto before = get(at.meta.id);
  if (!before) throw UserError("La asistencia técnica «" + at.codigo + "» ya no existe.");
  if (before->meta.version != at.meta.version)
    throw StaleRecord(stale_message(before->meta.version));
  SQLite::Statement st(db_, kUpdate);
  bind_at_fields(st, at);
  st.bind(33, static_cast<int64_t>(at.meta.id));
  bind_author(st, who);
  st.bind(36, at.meta.version);
  try {
    if (st.exec() != 1) throw StaleRecord(stale_message(before->meta.version));
  } catch (const SQLite::Exception& e) {
    rethrow_constraint(e, at);
  }
  at.meta.uuid = before->meta.uuid;
  at.meta.created_at = before->meta.created_at;
  at.meta.created_by = before->meta.created_by;
  at.meta.version = before->meta.version + 1;
  at.meta.updated_at = who.at;
  at.meta.updated_by = who.user_id;
  audit_.append(who, AuditOp::Update, kAuditAt, at.meta.id, at_json(*before), at_json(at));
}

std::vector<TechnicalAssistance> AtRepository::select(const std::string& where_order,
                                                      const std::vector<std::int64_t>& params) {
  SQLite::Statement q(db_, std::string("SELECT ") + kAtSelectColumns +
                               " FROM technical_assistance a " + where_order);
  for (size_t i = 0; i < params.size(); ++i)
    q.bind(static_cast<int>(i) + 1, static_cast<int64_t>(params[i]));
  std::vector<TechnicalAssistance> out;
  while (q.executeStep()) out.push_back(read_at(q));
  return out;
}

std::optional<TechnicalAssistance> AtRepository::get(std::int64_t id) {
  auto found = select("WHERE a.id = ?1", {id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<TechnicalAssistance> AtRepository::by_codigo(std::string_view codigo) {
  SQLite::Statement q(db_, std::string("SELECT ") + kAtSelectColumns +
                               " FROM technical_assistance a WHERE a.codigo = ?1");
  q.bind(1, std::string(codigo));
  if (q.executeStep()) return read_at(q);
  // Codes are kept as written; one typed in another case is the same code.
  SQLite::Statement k(db_, std::string("SELECT ") + kAtSelectColumns +
                               " FROM technical_assistance a WHERE UPPER(a.codigo) = ?1");
  k.bind(1, codigo_key(codigo));
  if (!k.executeStep()) return std::nullopt;
  return read_at(k);
}

bool AtRepository::codigo_exists(std::string_view codigo) {
  SQLite::Statement q(db_, "SELECT 1 FROM technical_assistance WHERE UPPER(codigo) = ?1");
  q.bind(1, codigo_key(codigo));
  return q.executeStep();
}

std::set<std::string> AtRepository::all_codigos() {
  SQLite::Statement q(db_, "SELECT codigo FROM technical_assistance");
  std::set<std::string> out;
  while (q.executeStep()) out.insert(q.getColumn(0).getString());
  return out;
}

int AtRepository::next_sequence(std::string_view prefix, int year) {
  // A range over the unique index on codigo, as for enterprise codes.
  const std::string head = std::string(prefix) + "-AT-" + std::to_string(year);
  SQLite::Statement q(db_,
                      "SELECT codigo FROM technical_assistance WHERE codigo >= ?1 AND codigo < ?2 "
                      "ORDER BY LENGTH(codigo) DESC, codigo DESC");
  q.bind(1, head + "-");
  q.bind(2, head + ".");
  while (q.executeStep()) {
    const auto c = parse_at_codigo(q.getColumn(0).getText());
    if (c && c->prefix == prefix && c->year == year) return c->sequence + 1;
  }
  return 1;
}

namespace {

// Each filter is "?N IS NULL OR column = ?N" so one prepared text serves all combinations.
constexpr const char* kAtFilterWhere =
    " WHERE (?1 IS NULL OR a.estado = ?1) AND (?2 IS NULL OR a.enterprise_id = ?2) "
    "AND (?3 IS NULL OR a.provider_id = ?3) ORDER BY a.codigo";

void bind_filter(SQLite::Statement& q, const AtFilter& f) {
  if (f.estado) bind_code(q, 1, *f.estado);
  if (f.enterprise_id) q.bind(2, static_cast<int64_t>(*f.enterprise_id));
  if (f.provider_id) q.bind(3, static_cast<int64_t>(*f.provider_id));
}

}  // namespace

std::vector<TechnicalAssistance> AtRepository::list(const AtFilter& f) {
  SQLite::Statement q(db_, std::string("SELECT ") + kAtSelectColumns +
                               " FROM technical_assistance a" + kAtFilterWhere);
  bind_filter(q, f);
  std::vector<TechnicalAssistance> out;
  while (q.executeStep()) out.push_back(read_at(q));
  return out;
}

std::vector<AtListEntry> AtRepository::list_with_enterprise(const AtFilter& f) {
  SQLite::Statement q(db_, std::string("SELECT ") + kAtSelectColumns +
                               ", e.codigo, e.nombre FROM technical_assistance a"
                               " JOIN enterprise e ON e.id = a.enterprise_id" +
                               kAtFilterWhere);
  bind_filter(q, f);
  std::vector<AtListEntry> out;
  while (q.executeStep()) {
    AtListEntry entry;
    entry.at = read_at(q);
    entry.empresa_codigo = q.getColumn(kAtSelectCount).getString();
    entry.empresa_nombre = q.getColumn(kAtSelectCount + 1).getString();
    out.push_back(std::move(entry));
  }
  return out;
}

std::vector<TechnicalAssistance> AtRepository::pending() {
  return select("WHERE a.estado = 'solicitada' ORDER BY a.fecha_solicitud, a.codigo", {});
}

Money AtRepository::approved_subsidy(std::int64_t enterprise_id, int year, std::int64_t except_id) {
  SQLite::Statement q(db_, std::string("SELECT COALESCE(SUM(subsidio_centavos), 0) FROM "
                                       "technical_assistance WHERE enterprise_id = ?1 AND id <> ?2 "
                                       "AND fecha_aprobacion BETWEEN ?3 AND ?4 AND ") +
                               kAtCommitsBudgetSql);
  q.bind(1, static_cast<int64_t>(enterprise_id));
  q.bind(2, static_cast<int64_t>(except_id));
  q.bind(3, year_start_iso(year));
  q.bind(4, year_end_iso(year));
  q.executeStep();
  return Money::from_cents(q.getColumn(0).getInt64());
}

std::set<std::int64_t> AtRepository::enterprises_approved_in(int year) {
  SQLite::Statement q(db_, std::string("SELECT DISTINCT enterprise_id FROM technical_assistance "
                                       "WHERE fecha_aprobacion BETWEEN ?1 AND ?2 AND ") +
                               kAtCommitsBudgetSql);
  q.bind(1, year_start_iso(year));
  q.bind(2, year_end_iso(year));
  std::set<std::int64_t> out;
  while (q.executeStep()) out.insert(q.getColumn(0).getInt64());
  return out;
}

std::optional<Date> AtRepository::latest_decision_date() {
  SQLite::Statement q(db_,
                      "SELECT MAX(fecha_aprobacion) FROM technical_assistance "
                      "WHERE center_bp IS NOT NULL");
  q.executeStep();
  return column_optional_date(q.getColumn(0));
}

std::int64_t AtRepository::count_all() {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM technical_assistance");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace cdmype::store
