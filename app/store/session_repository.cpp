// SQL for advisory sessions; each insert/update carries its audit row in the same transaction.
#include "store/session_repository.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/record_json.hpp"
#include "store/session_row.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/stale_record.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

// The fields bound by bind_fields, then :uuid (insert) or :id and :version
// (update, the expected version), :at and :user_id (author).
constexpr const char* kInsert =
    "INSERT INTO advisory_session (enterprise_id, asesor_id, fecha, duracion_min, modalidad, "
    "area, tema, diagnostico, acuerdos, proximo_paso, fecha_proximo_paso, uuid, created_at, "
    "updated_at, created_by, updated_by, version) "
    "VALUES (:enterprise_id, :asesor_id, :fecha, :duracion_min, :modalidad, :area, :tema, "
    ":diagnostico, :acuerdos, :proximo_paso, :fecha_proximo_paso, :uuid, :at, :at, :user_id, "
    ":user_id, 1) RETURNING id";

constexpr const char* kUpdate =
    "UPDATE advisory_session SET enterprise_id = :enterprise_id, asesor_id = :asesor_id, "
    "fecha = :fecha, duracion_min = :duracion_min, modalidad = :modalidad, area = :area, "
    "tema = :tema, diagnostico = :diagnostico, acuerdos = :acuerdos, "
    "proximo_paso = :proximo_paso, fecha_proximo_paso = :fecha_proximo_paso, "
    "updated_at = :at, updated_by = :user_id, version = version + 1 "
    "WHERE id = :id AND version = :version";

void bind_fields(Statement& st, const AdvisorySession& s, const Author& who) {
  st.bind("enterprise_id", s.enterprise_id);
  st.bind("asesor_id", s.asesor_id);
  bind_date(st, "fecha", s.fecha);
  st.bind("duracion_min", s.duracion_min);
  bind_code(st, "modalidad", s.modalidad);
  bind_code(st, "area", s.area);
  st.bind("tema", s.tema);
  st.bind("diagnostico", s.diagnostico);
  st.bind("acuerdos", s.acuerdos);
  st.bind("proximo_paso", s.proximo_paso);
  bind_optional_date(st, "fecha_proximo_paso", s.fecha_proximo_paso);
  st.bind("at", who.at);
  bind_id_or_null(st, "user_id", who.user_id);
}

[[noreturn]] void rethrow_constraint(const DbError& e) {
  if (e.kind() == DbErrorKind::ForeignKey)
    throw UserError("La sesión hace referencia a un expediente o asesor que no existe.");
  throw e;
}

}  // namespace

void SessionRepository::insert(const Author& who, AdvisorySession& s) {
  require_transaction(db_);
  if (s.meta.uuid.empty()) s.meta.uuid = new_uuid();
  if (!insert_) insert_.emplace(db_, kInsert);
  auto& st = *insert_;
  bind_fields(st, s, who);
  st.bind("uuid", s.meta.uuid);
  try {
    if (!st.step()) throw std::logic_error("INSERT … RETURNING id no devolvió el id");
    s.meta.id = st.int64("id");
    st.reset();
  } catch (const DbError& e) {
    st.reset();
    rethrow_constraint(e);
  }
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
    throw StaleRecord(stale_record_message(db_, {"esta sesión", "la"}, before->meta));
  Statement st(db_, kUpdate);
  bind_fields(st, s, who);
  st.bind("id", s.meta.id);
  st.bind("version", s.meta.version);
  std::int64_t changed = 0;
  try {
    changed = st.execute();
  } catch (const DbError& e) {
    rethrow_constraint(e);
  }
  if (changed != 1) throw StaleRecord(stale_record_message(db_, {"esta sesión", "la"}, before->meta));
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
                                                       std::int64_t id,
                                                       const std::optional<YearMonth>& month) {
  Statement q(db_, std::string("SELECT ") + kSessionSelectColumns + " FROM advisory_session s " +
                       where_order);
  q.bind("id", id);
  if (month) {
    q.bind("from", to_iso(month->first_day()));
    q.bind("to", to_iso(month->last_day()));
  }
  SessionReader reader;
  std::vector<AdvisorySession> out;
  while (q.step()) out.push_back(reader.read(q));
  return out;
}

std::optional<AdvisorySession> SessionRepository::get(std::int64_t id) {
  auto found = select("WHERE s.id = :id", id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<AdvisorySession> SessionRepository::by_enterprise(std::int64_t enterprise_id) {
  return select("WHERE s.enterprise_id = :id ORDER BY s.fecha DESC, s.id DESC", enterprise_id);
}

std::vector<AdvisorySession> SessionRepository::by_asesor_month(std::int64_t asesor_id,
                                                                const YearMonth& month) {
  return select("WHERE s.asesor_id = :id AND s.fecha BETWEEN :from AND :to ORDER BY s.fecha, s.id",
                asesor_id, month);
}

std::int64_t SessionRepository::count_by_enterprise(std::int64_t enterprise_id) {
  Statement q(db_, "SELECT COUNT(*) AS n FROM advisory_session WHERE enterprise_id = :id");
  q.bind("id", enterprise_id);
  q.step();
  return q.int64("n");
}

std::int64_t SessionRepository::count_in_month(const YearMonth& month) {
  Statement q(db_, "SELECT COUNT(*) AS n FROM advisory_session WHERE fecha BETWEEN :from AND :to");
  q.bind("from", to_iso(month.first_day()));
  q.bind("to", to_iso(month.last_day()));
  q.step();
  return q.int64("n");
}

std::int64_t SessionRepository::count_all() {
  return query_int64(db_, "SELECT COUNT(*) AS n FROM advisory_session").value_or(0);
}

}  // namespace cdmype::store
