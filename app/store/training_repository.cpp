// SQL for trainings and their attendance; each write carries its audit row.
#include "store/training_repository.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/record_stamps.hpp"
#include "store/referral_json.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kTrainingColumns =
    "t.id, t.uuid, t.version, t.created_at, t.updated_at, t.created_by, t.updated_by, t.titulo, "
    "t.tema, t.institucion, t.fecha, t.minutos, t.lugar";
constexpr const char* kAttendeeColumns =
    "a.id, a.uuid, a.version, a.created_at, a.updated_at, a.created_by, a.updated_by, "
    "a.training_id, a.enterprise_id, a.nombre, a.sexo";

void read_meta(SQLite::Statement& q, RecordMeta& m) {
  m.id = q.getColumn(0).getInt64();
  m.uuid = q.getColumn(1).getString();
  m.version = q.getColumn(2).getInt();
  m.created_at = q.getColumn(3).getString();
  m.updated_at = q.getColumn(4).getString();
  m.created_by = column_id(q.getColumn(5));
  m.updated_by = column_id(q.getColumn(6));
}

Training read_training(SQLite::Statement& q) {
  Training t;
  read_meta(q, t.meta);
  t.titulo = q.getColumn(7).getString();
  t.tema = q.getColumn(8).getString();
  t.institucion = q.getColumn(9).getString();
  t.fecha = column_date(q.getColumn(10));
  t.minutos = q.getColumn(11).getInt();
  t.lugar = q.getColumn(12).getString();
  return t;
}

TrainingAttendee read_attendee(SQLite::Statement& q) {
  TrainingAttendee a;
  read_meta(q, a.meta);
  a.training_id = q.getColumn(7).getInt64();
  a.enterprise_id = column_id(q.getColumn(8));
  a.nombre = q.getColumn(9).getString();
  a.sexo = column_code<Sexo>(q.getColumn(10));
  return a;
}

// ?1..?6 fields, ?7 uuid / id, ?8 timestamp, ?9 user, ?10 version.
void bind_training(SQLite::Statement& st, const Training& t, const Author& who) {
  st.bindNoCopy(1, t.titulo);
  st.bindNoCopy(2, t.tema);
  st.bindNoCopy(3, t.institucion);
  bind_date(st, 4, t.fecha);
  st.bind(5, t.minutos);
  st.bindNoCopy(6, t.lugar);
  st.bindNoCopy(8, who.at);
  bind_id_or_null(st, 9, who.user_id);
}

}  // namespace

void TrainingRepository::insert(const Author& who, Training& t) {
  require_transaction(db_);
  if (t.meta.uuid.empty()) t.meta.uuid = new_uuid();
  SQLite::Statement st(db_,
                       "INSERT INTO training (titulo, tema, institucion, fecha, minutos, lugar, "
                       "uuid, created_at, updated_at, created_by, updated_by, version) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?9, 1)");
  bind_training(st, t, who);
  st.bindNoCopy(7, t.meta.uuid);
  st.exec();
  stamp_inserted(t.meta, db_.getLastInsertRowid(), who);
  audit_.append(who, AuditOp::Insert, kAuditTraining, t.meta.id, std::nullopt, training_json(t));
}

void TrainingRepository::update(const Author& who, Training& t) {
  require_transaction(db_);
  const auto before = get(t.meta.id);
  if (!before) throw UserError("La capacitación ya no existe.");
  SQLite::Statement st(db_,
                       "UPDATE training SET titulo = ?1, tema = ?2, institucion = ?3, fecha = ?4, "
                       "minutos = ?5, lugar = ?6, updated_at = ?8, updated_by = ?9, "
                       "version = version + 1 WHERE id = ?7 AND version = ?10");
  bind_training(st, t, who);
  st.bind(7, static_cast<int64_t>(t.meta.id));
  st.bind(10, t.meta.version);
  if (st.exec() != 1)
    throw StaleRecord("Otra persona modificó esta capacitación (versión " +
                      std::to_string(before->meta.version) + "); vuelva a abrirla.");
  stamp_updated(t.meta, before->meta, who);
  audit_.append(who, AuditOp::Update, kAuditTraining, t.meta.id, training_json(*before),
                training_json(t));
}

void TrainingRepository::insert_attendee(const Author& who, TrainingAttendee& a) {
  require_transaction(db_);
  if (a.meta.uuid.empty()) a.meta.uuid = new_uuid();
  if (!insert_attendee_)
    insert_attendee_.emplace(db_,
                             "INSERT INTO training_attendee (training_id, enterprise_id, nombre, "
                             "sexo, uuid, created_at, updated_at, created_by, updated_by, version) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?7, 1)");
  auto& st = *insert_attendee_;
  st.bind(1, static_cast<int64_t>(a.training_id));
  bind_id_or_null(st, 2, a.enterprise_id);
  st.bindNoCopy(3, a.nombre);
  bind_code(st, 4, a.sexo);
  st.bindNoCopy(5, a.meta.uuid);
  st.bindNoCopy(6, who.at);
  bind_id_or_null(st, 7, who.user_id);
  try {
    st.exec();
    st.reset();
  } catch (const SQLite::Exception& e) {
    st.tryReset();
    if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY)
      throw UserError("La asistencia hace referencia a una capacitación o empresa que no existe.");
    throw;
  }
  stamp_inserted(a.meta, db_.getLastInsertRowid(), who);
  audit_.append(who, AuditOp::Insert, kAuditAttendee, a.meta.id, std::nullopt, attendee_json(a));
}

void TrainingRepository::remove(const Author& who, std::int64_t id) {
  require_transaction(db_);
  const auto before = get(id);
  if (!before) throw UserError("La capacitación ya no existe.");
  SQLite::Statement st(db_, "DELETE FROM training WHERE id = ?1");
  st.bind(1, static_cast<int64_t>(id));
  st.exec();
  audit_.append(who, AuditOp::Delete, kAuditTraining, id, training_json(*before), std::nullopt);
}

std::size_t TrainingRepository::attendee_count(std::int64_t training_id) {
  SQLite::Statement q(db_, "SELECT count(*) FROM training_attendee WHERE training_id = ?1");
  q.bind(1, static_cast<int64_t>(training_id));
  q.executeStep();
  return static_cast<std::size_t>(q.getColumn(0).getInt64());
}

void TrainingRepository::remove_attendee(const Author& who, const TrainingAttendee& a) {
  require_transaction(db_);
  SQLite::Statement st(db_, "DELETE FROM training_attendee WHERE id = ?1");
  st.bind(1, static_cast<int64_t>(a.meta.id));
  if (st.exec() != 1) throw UserError("La persona ya no está anotada en la capacitación.");
  audit_.append(who, AuditOp::Delete, kAuditAttendee, a.meta.id, attendee_json(a), std::nullopt);
}

std::optional<TrainingAttendee> TrainingRepository::get_attendee(std::int64_t id) {
  SQLite::Statement q(
      db_, std::string("SELECT ") + kAttendeeColumns + " FROM training_attendee a WHERE a.id = ?1");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) return std::nullopt;
  return read_attendee(q);
}

std::optional<Training> TrainingRepository::get(std::int64_t id) {
  SQLite::Statement q(
      db_, std::string("SELECT ") + kTrainingColumns + " FROM training t WHERE t.id = ?1");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) return std::nullopt;
  return read_training(q);
}

std::vector<Training> TrainingRepository::all() {
  SQLite::Statement q(
      db_, std::string("SELECT ") + kTrainingColumns + " FROM training t ORDER BY t.fecha, t.id");
  std::vector<Training> out;
  while (q.executeStep()) out.push_back(read_training(q));
  return out;
}

std::vector<TrainingAttendee> TrainingRepository::attendees(std::int64_t training_id) {
  SQLite::Statement q(db_, std::string("SELECT ") + kAttendeeColumns +
                               " FROM training_attendee a WHERE a.training_id = ?1 ORDER BY a.id");
  q.bind(1, static_cast<int64_t>(training_id));
  std::vector<TrainingAttendee> out;
  while (q.executeStep()) out.push_back(read_attendee(q));
  return out;
}

void TrainingRepository::for_each_attendee(
    const std::function<bool(const TrainingAttendee&)>& visit) {
  SQLite::Statement q(db_, std::string("SELECT ") + kAttendeeColumns +
                               " FROM training_attendee a JOIN training t ON t.id = a.training_id "
                               "ORDER BY t.fecha, t.id, a.id");
  while (q.executeStep())
    if (!visit(read_attendee(q))) break;
}

std::vector<std::string> TrainingRepository::institutions() {
  SQLite::Statement q(db_,
                      "SELECT DISTINCT institucion FROM training WHERE institucion <> '' "
                      "ORDER BY institucion");
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

}  // namespace cdmype::store
