// SQL for trainings and their attendance; each write carries its audit row.
#include "store/training_repository.hpp"

#include "core/errors.hpp"
#include "store/stale_record.hpp"
#include "core/identity.hpp"
#include "store/record_stamps.hpp"
#include "store/referral_json.hpp"
#include "store/sql/db_error.hpp"
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

Training read_training(Statement& q) {
  Training t;
  t.meta = read_record_meta(q);
  t.titulo = q.text("titulo");
  t.tema = q.text("tema");
  t.institucion = q.text("institucion");
  t.fecha = column_date(q, "fecha");
  t.minutos = q.int32("minutos");
  t.lugar = q.text("lugar");
  return t;
}

TrainingAttendee read_attendee(Statement& q) {
  TrainingAttendee a;
  a.meta = read_record_meta(q);
  a.training_id = q.int64("training_id");
  a.enterprise_id = column_id(q, "enterprise_id");
  a.nombre = q.text("nombre");
  a.sexo = column_code<Sexo>(q, "sexo");
  return a;
}

// The fields by their column names, then the author's timestamp and user.
void bind_training(Statement& st, const Training& t, const Author& who) {
  st.bind("titulo", t.titulo);
  st.bind("tema", t.tema);
  st.bind("institucion", t.institucion);
  bind_date(st, "fecha", t.fecha);
  st.bind("minutos", t.minutos);
  st.bind("lugar", t.lugar);
  st.bind("at", who.at);
  bind_id_or_null(st, "user_id", who.user_id);
}

}  // namespace

void TrainingRepository::insert(const Author& who, Training& t) {
  require_transaction(db_);
  if (t.meta.uuid.empty()) t.meta.uuid = new_uuid();
  Statement st(db_,
               "INSERT INTO training (titulo, tema, institucion, fecha, minutos, lugar, "
               "uuid, created_at, updated_at, created_by, updated_by, version) "
               "VALUES (:titulo, :tema, :institucion, :fecha, :minutos, :lugar, :uuid, :at, :at, "
               ":user_id, :user_id, 1) RETURNING id");
  bind_training(st, t, who);
  st.bind("uuid", t.meta.uuid);
  st.step();
  const std::int64_t id = st.int64("id");
  st.reset();
  stamp_inserted(t.meta, id, who);
  audit_.append(who, AuditOp::Insert, kAuditTraining, t.meta.id, std::nullopt, training_json(t));
}

void TrainingRepository::update(const Author& who, Training& t) {
  require_transaction(db_);
  const auto before = get(t.meta.id);
  if (!before) throw UserError("La capacitación ya no existe.");
  Statement st(
      db_,
      "UPDATE training SET titulo = :titulo, tema = :tema, institucion = :institucion, "
      "fecha = :fecha, minutos = :minutos, lugar = :lugar, updated_at = :at, "
      "updated_by = :user_id, version = version + 1 WHERE id = :id AND version = :version");
  bind_training(st, t, who);
  st.bind("id", t.meta.id);
  st.bind("version", t.meta.version);
  if (st.execute() != 1)
    throw StaleRecord(stale_record_message(db_, {"esta capacitación", "la"}, before->meta));
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
                             "VALUES (:training_id, :enterprise_id, :nombre, :sexo, :uuid, :at, "
                             ":at, :user_id, :user_id, 1) RETURNING id");
  auto& st = *insert_attendee_;
  st.bind("training_id", a.training_id);
  bind_id_or_null(st, "enterprise_id", a.enterprise_id);
  st.bind("nombre", a.nombre);
  bind_code(st, "sexo", a.sexo);
  st.bind("uuid", a.meta.uuid);
  st.bind("at", who.at);
  bind_id_or_null(st, "user_id", who.user_id);
  std::int64_t id = 0;
  try {
    st.step();
    id = st.int64("id");
    st.reset();
  } catch (const DbError& e) {
    st.reset();
    if (e.kind() == DbErrorKind::ForeignKey)
      throw UserError("La asistencia hace referencia a una capacitación o empresa que no existe.");
    throw;
  }
  stamp_inserted(a.meta, id, who);
  audit_.append(who, AuditOp::Insert, kAuditAttendee, a.meta.id, std::nullopt, attendee_json(a));
}

void TrainingRepository::remove(const Author& who, std::int64_t id) {
  require_transaction(db_);
  const auto before = get(id);
  if (!before) throw UserError("La capacitación ya no existe.");
  Statement st(db_, "DELETE FROM training WHERE id = :id");
  st.bind("id", id);
  st.execute();
  audit_.append(who, AuditOp::Delete, kAuditTraining, id, training_json(*before), std::nullopt);
}

std::size_t TrainingRepository::attendee_count(std::int64_t training_id) {
  Statement q(db_, "SELECT COUNT(*) AS n FROM training_attendee WHERE training_id = :training_id");
  q.bind("training_id", training_id);
  q.step();
  return static_cast<std::size_t>(q.int64("n"));
}

void TrainingRepository::remove_attendee(const Author& who, const TrainingAttendee& a) {
  require_transaction(db_);
  Statement st(db_, "DELETE FROM training_attendee WHERE id = :id");
  st.bind("id", a.meta.id);
  if (st.execute() != 1) throw UserError("La persona ya no está anotada en la capacitación.");
  audit_.append(who, AuditOp::Delete, kAuditAttendee, a.meta.id, attendee_json(a), std::nullopt);
}

std::optional<TrainingAttendee> TrainingRepository::get_attendee(std::int64_t id) {
  Statement q(db_, std::string("SELECT ") + kAttendeeColumns +
                       " FROM training_attendee a WHERE a.id = :id");
  q.bind("id", id);
  if (!q.step()) return std::nullopt;
  return read_attendee(q);
}

std::optional<TrainingAttendee> TrainingRepository::attendee_by_uuid(const std::string& uuid) {
  Statement q(db_, std::string("SELECT ") + kAttendeeColumns +
                       " FROM training_attendee a WHERE a.uuid = :uuid");
  q.bind("uuid", uuid);
  if (!q.step()) return std::nullopt;
  return read_attendee(q);
}

std::optional<Training> TrainingRepository::get(std::int64_t id) {
  Statement q(db_, std::string("SELECT ") + kTrainingColumns + " FROM training t WHERE t.id = :id");
  q.bind("id", id);
  if (!q.step()) return std::nullopt;
  return read_training(q);
}

std::vector<Training> TrainingRepository::all() {
  Statement q(
      db_, std::string("SELECT ") + kTrainingColumns + " FROM training t ORDER BY t.fecha, t.id");
  std::vector<Training> out;
  while (q.step()) out.push_back(read_training(q));
  return out;
}

std::vector<TrainingAttendee> TrainingRepository::attendees(std::int64_t training_id) {
  Statement q(db_,
              std::string("SELECT ") + kAttendeeColumns +
                  " FROM training_attendee a WHERE a.training_id = :training_id ORDER BY a.id");
  q.bind("training_id", training_id);
  std::vector<TrainingAttendee> out;
  while (q.step()) out.push_back(read_attendee(q));
  return out;
}

std::vector<TrainingAttendee> TrainingRepository::attendees_of_enterprise(
    std::int64_t enterprise_id) {
  Statement q(db_,
              std::string("SELECT ") + kAttendeeColumns +
                  " FROM training_attendee a WHERE a.enterprise_id = :enterprise_id ORDER BY a.id");
  q.bind("enterprise_id", enterprise_id);
  std::vector<TrainingAttendee> out;
  while (q.step()) out.push_back(read_attendee(q));
  return out;
}

void TrainingRepository::rename_attendee(const Author& who, TrainingAttendee& a) {
  require_transaction(db_);
  const auto before = get_attendee(a.meta.id);
  if (!before) throw UserError("La persona ya no está anotada en la capacitación.");
  Statement st(db_,
               "UPDATE training_attendee SET nombre = :nombre, updated_at = :at, "
               "updated_by = :user_id, version = version + 1 WHERE id = :id");
  st.bind("nombre", a.nombre);
  st.bind("at", who.at);
  bind_id_or_null(st, "user_id", who.user_id);
  st.bind("id", a.meta.id);
  st.execute();
  stamp_updated(a.meta, before->meta, who);
  audit_.append(who, AuditOp::Update, kAuditAttendee, a.meta.id, attendee_json(*before),
                attendee_json(a));
}

void TrainingRepository::for_each_attendee(
    const std::function<bool(const TrainingAttendee&)>& visit) {
  Statement q(db_, std::string("SELECT ") + kAttendeeColumns +
                       " FROM training_attendee a JOIN training t ON t.id = a.training_id "
                       "ORDER BY t.fecha, t.id, a.id");
  while (q.step())
    if (!visit(read_attendee(q))) break;
}

std::vector<std::string> TrainingRepository::institutions() {
  // Byte order on both engines (PostgreSQL databases are created with the
  // C.UTF-8 collation, as SQLite's BINARY).
  Statement q(db_,
              "SELECT DISTINCT institucion FROM training WHERE institucion <> '' "
              "ORDER BY institucion");
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.text("institucion"));
  return out;
}

}  // namespace cdmype::store
