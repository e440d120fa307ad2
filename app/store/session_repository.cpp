// SQL for advisory sessions; each insert/update carries its audit row in the same transaction.
#include "store/session_repository.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/record_json.hpp"
#include "store/session_row.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

// ?1..?11 the fields in this order, ?12 uuid / id, ?13 timestamp, ?14 user, ?15 version.
constexpr const char* kInsert =
    "INSERT INTO advisory_session (enterprise_id, asesor_id, fecha, duracion_min, modalidad, "
    "area, tema, diagnostico, acuerdos, proximo_paso, fecha_proximo_paso, uuid, created_at, "
    "updated_at, created_by, updated_by, version) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?14, 1)";

constexpr const char* kUpdate =
    "UPDATE advisory_session SET enterprise_id = ?1, asesor_id = ?2, fecha = ?3, "
    "duracion_min = ?4, modalidad = ?5, area = ?6, tema = ?7, diagnostico = ?8, acuerdos = ?9, "
    "proximo_paso = ?10, fecha_proximo_paso = ?11, updated_at = ?13, updated_by = ?14, "
    "version = version + 1 WHERE id = ?12 AND version = ?15";

void bind_fields(SQLite::Statement& st, const AdvisorySession& s, const Author& who) {
  st.bind(1, static_cast<int64_t>(s.enterprise_id));
  st.bind(2, static_cast<int64_t>(s.asesor_id));
  bind_date(st, 3, s.fecha);
  st.bind(4, s.duracion_min);
  bind_code(st, 5, s.modalidad);
  bind_code(st, 6, s.area);
  st.bindNoCopy(7, s.tema);
  st.bindNoCopy(8, s.diagnostico);
  st.bindNoCopy(9, s.acuerdos);
  st.bindNoCopy(10, s.proximo_paso);
  bind_optional_date(st, 11, s.fecha_proximo_paso);
  st.bindNoCopy(13, who.at);
  bind_id_or_null(st, 14, who.user_id);
}

[[noreturn]] void rethrow_constraint(const SQLite::Exception& e) {
  if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY)
    throw UserError("La sesión hace referencia a un expediente o asesor que no existe.");
  throw e;
}

std::string stale_message(int stored_version) {
  return "Otra persona modificó esta sesión (versión " + std::to_string(stored_version) +
         ") desde que usted la abrió; vuelva a abrirla para ver los cambios.";
}

}  // namespace

void SessionRepository::insert(const Author& who, AdvisorySession& s) {
  require_transaction(db_);
  if (s.meta.uuid.empty()) s.meta.uuid = new_uuid();
  if (!insert_) insert_.emplace(db_, kInsert);
  auto& st = *insert_;
  bind_fields(st, s, who);
  st.bindNoCopy(12, s.meta.uuid);
  try {
    st.exec();
    st.reset();
  } catch (const SQLite::Exception& e) {
    st.tryReset();
    rethrow_constraint(e);
  }
  s.meta.id = db_.getLastInsertRowid();
  s.meta.version = 1;
  s.meta.created_at = s.meta.updated_at = who.at;
  s.meta.created_by = s.meta.updated_by = who.user_id;
  audit_.append(who, AuditOp::Insert, kAuditSession, s.meta.id, std::nullopt, session_json(s));
}

void SessionRepository::update(const Author& who, AdvisorySession& s) {
  require_transaction(db_);
  const auto before = get(s.meta.id);
  if (!before) throw UserError("La sesión ya no existe.");
  if (before->meta.version != s.meta.version)
    throw StaleRecord(stale_message(before->meta.version));
  SQLite::Statement st(db_, kUpdate);
  bind_fields(st, s, who);
  st.bind(12, static_cast<int64_t>(s.meta.id));
  st.bind(15, s.meta.version);
  try {
    if (st.exec() != 1) throw StaleRecord(stale_message(before->meta.version));
  } catch (const SQLite::Exception& e) {
    rethrow_constraint(e);
  }
  s.meta.uuid = before->meta.uuid;
  s.meta.created_at = before->meta.created_at;
  s.meta.created_by = before->meta.created_by;
  s.meta.version = before->meta.version + 1;
  s.meta.updated_at = who.at;
  s.meta.updated_by = who.user_id;
  audit_.append(who, AuditOp::Update, kAuditSession, s.meta.id, session_json(*before),
                session_json(s));
}

std::vector<AdvisorySession> SessionRepository::select(const std::string& where_order,
                                                       const std::vector<std::string>& text_params,
                                                       std::int64_t id_param) {
  SQLite::Statement q(db_, std::string("SELECT ") + kSessionSelectColumns +
                               " FROM advisory_session s " + where_order);
  q.bind(1, static_cast<int64_t>(id_param));
  for (size_t i = 0; i < text_params.size(); ++i) q.bind(static_cast<int>(i) + 2, text_params[i]);
  std::vector<AdvisorySession> out;
  while (q.executeStep()) out.push_back(read_session(q));
  return out;
}

std::optional<AdvisorySession> SessionRepository::get(std::int64_t id) {
  auto found = select("WHERE s.id = ?1", {}, id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<AdvisorySession> SessionRepository::by_enterprise(std::int64_t enterprise_id) {
  return select("WHERE s.enterprise_id = ?1 ORDER BY s.fecha DESC, s.id DESC", {}, enterprise_id);
}

std::vector<AdvisorySession> SessionRepository::by_asesor_month(std::int64_t asesor_id,
                                                                const YearMonth& month) {
  return select("WHERE s.asesor_id = ?1 AND s.fecha BETWEEN ?2 AND ?3 ORDER BY s.fecha, s.id",
                {to_iso(month.first_day()), to_iso(month.last_day())}, asesor_id);
}

std::int64_t SessionRepository::count_by_enterprise(std::int64_t enterprise_id) {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM advisory_session WHERE enterprise_id = ?1");
  q.bind(1, static_cast<int64_t>(enterprise_id));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::int64_t SessionRepository::count_in_month(const YearMonth& month) {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM advisory_session WHERE fecha BETWEEN ?1 AND ?2");
  q.bind(1, to_iso(month.first_day()));
  q.bind(2, to_iso(month.last_day()));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::int64_t SessionRepository::count_all() {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM advisory_session");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace cdmype::store
