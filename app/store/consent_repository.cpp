// SQL for the consent records.
#include "store/consent_repository.hpp"

#include <stdexcept>

#include "core/identity.hpp"
#include "store/json_object.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

// The column that names the record's person.
std::string subject_column(ConsentPerson p) {
  switch (p) {
    case ConsentPerson::Titular:
      return "enterprise_id";
    case ConsentPerson::Remitido:
      return "referral_id";
    case ConsentPerson::Participante:
      return "attendee_id";
  }
  throw std::logic_error("persona de consentimiento desconocida");
}

constexpr const char* kSelect =
    "SELECT c.id, c.enterprise_id, c.referral_id, c.attendee_id, c.accion, c.alcances, c.fecha, c.texto_version, c.motivo, "
    "c.created_at, COALESCE(u.username, '') AS registrado_por FROM consent_record c "
    "LEFT JOIN app_user u ON u.id = c.created_by";

ConsentRecord read_record(Statement& q) {
  ConsentRecord r;
  r.id = q.int64("id");
  for (auto p : {ConsentPerson::Titular, ConsentPerson::Remitido, ConsentPerson::Participante})
    if (!q.is_null(subject_column(p))) r.subject = {p, q.int64(subject_column(p))};
  const auto accion = parse_consent_action(column_text(q, "accion"));
  const auto scopes = ConsentScopes::parse(column_text(q, "alcances"));
  if (!accion || !scopes) throw std::runtime_error("registro de consentimiento no válido");
  r.accion = *accion;
  r.scopes = *scopes;
  r.fecha = column_date(q, "fecha");
  r.texto_version = column_text(q, "texto_version");
  r.motivo = column_text(q, "motivo");
  r.created_at = column_text(q, "created_at");
  r.registrado_por = column_text(q, "registrado_por");
  return r;
}

constexpr const char* kFileRowSelect =
    "SELECT e.id, e.codigo, e.nombre, e.titular_nombre, COALESCE(u.username, '') AS asesor, "
    "COALESCE(e.asesor_id, 0) AS asesor_id, CASE WHEN e.titular_discapacidad = 1 OR "
    "e.titular_retornado = 1 THEN 1 ELSE 0 END AS sensibles "
    "FROM enterprise e LEFT JOIN app_user u ON u.id = e.asesor_id";

std::vector<ConsentFileRow> read_file_rows(Statement& q) {
  std::vector<ConsentFileRow> out;
  while (q.step())
    out.push_back({q.int64("id"), column_text(q, "codigo"), column_text(q, "nombre"),
                   column_text(q, "titular_nombre"), column_text(q, "asesor"),
                   q.int64("asesor_id"), q.int64("sensibles") != 0});
  return out;
}

}  // namespace

void ConsentRepository::insert(const Author& who, ConsentRecord& r) {
  require_transaction(db_);
  const std::string column = subject_column(r.subject.person);
  Statement st(db_, "INSERT INTO consent_record (uuid, " + column +
                        ", accion, alcances, fecha, texto_version, motivo, created_at, "
                        "created_by) VALUES (:uuid, :person, :accion, :alcances, :fecha, "
                        ":version, :motivo, :at, :user) RETURNING id");
  st.bind("uuid", new_uuid());
  st.bind("person", r.subject.id);
  st.bind("accion", std::string(consent_action_code(r.accion)));
  st.bind("alcances", r.scopes.codes());
  bind_date(st, "fecha", r.fecha);
  st.bind("version", r.texto_version);
  st.bind("motivo", r.motivo);
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
  st.step();
  r.id = st.int64("id");
  st.reset();
  r.created_at = who.at;
  r.registrado_por = who.username;
  AuditRepository(db_).append(who, AuditOp::Insert, kAuditConsent, r.id, std::nullopt,
                              JsonObject()
                                  .integer(column, r.subject.id)
                                  .text("accion", consent_action_code(r.accion))
                                  .text("alcances", r.scopes.codes())
                                  .text("fecha", to_iso(r.fecha))
                                  .text("texto_version", r.texto_version)
                                  .text("motivo", r.motivo)
                                  .str());
}

std::vector<ConsentRecord> ConsentRepository::of(const ConsentSubject& subject) {
  Statement q(db_, std::string(kSelect) + " WHERE c." + subject_column(subject.person) +
                       " = :id ORDER BY c.id");
  q.bind("id", subject.id);
  std::vector<ConsentRecord> out;
  while (q.step()) out.push_back(read_record(q));
  return out;
}

std::unordered_map<std::int64_t, ConsentState> ConsentRepository::states(ConsentPerson person) {
  const std::string column = "c." + subject_column(person);
  Statement q(db_, std::string(kSelect) + " WHERE " + column + " IS NOT NULL ORDER BY " + column +
                       ", c.id");
  std::unordered_map<std::int64_t, ConsentState> out;
  std::vector<ConsentRecord> of_one;
  auto flush = [&] {
    if (!of_one.empty()) out[of_one.front().subject.id] = consent_state(of_one);
    of_one.clear();
  };
  while (q.step()) {
    ConsentRecord r = read_record(q);
    if (!of_one.empty() && of_one.front().subject.id != r.subject.id) flush();
    of_one.push_back(std::move(r));
  }
  flush();
  return out;
}

std::vector<ConsentFileRow> ConsentRepository::unregistered(int limit) {
  Statement q(db_, std::string(kFileRowSelect) +
                       " WHERE NOT EXISTS (SELECT 1 FROM consent_record c WHERE c.enterprise_id = "
                       "e.id AND c.accion = 'otorga') ORDER BY e.codigo LIMIT :limit");
  q.bind("limit", static_cast<std::int64_t>(limit < 0 ? INT32_MAX : limit));
  return read_file_rows(q);
}

std::vector<ConsentFileRow> ConsentRepository::files_with_records() {
  Statement q(db_,
              std::string(kFileRowSelect) +
                  " WHERE EXISTS (SELECT 1 FROM consent_record c WHERE c.enterprise_id = e.id) "
                  "ORDER BY e.codigo");
  return read_file_rows(q);
}

std::int64_t ConsentRepository::unregistered_count() {
  // The files minus those with a grant: one pass over the grants' index, not a probe per file
  // (Inicio asks on every reload; 100,000 files).
  Statement q(db_,
              "SELECT (SELECT count(*) FROM enterprise) - (SELECT count(DISTINCT enterprise_id) "
              "FROM consent_record WHERE accion = 'otorga') AS n");
  q.step();
  return q.int64("n");
}

void ConsentRepository::clear_reasons(const ConsentSubject& subject) {
  require_transaction(db_);
  Statement st(db_, "UPDATE consent_record SET motivo = '' WHERE " +
                        subject_column(subject.person) + " = :id");
  st.bind("id", subject.id);
  st.step();
}

void ConsentRepository::remove_of_attendee(const Author& who, std::int64_t attendee_id) {
  require_transaction(db_);
  for (const auto& r : of({ConsentPerson::Participante, attendee_id})) {
    Statement st(db_, "DELETE FROM consent_record WHERE id = :id");
    st.bind("id", r.id);
    st.execute();
    AuditRepository(db_).append(who, AuditOp::Delete, kAuditConsent, r.id,
                                JsonObject()
                                    .integer("attendee_id", attendee_id)
                                    .text("accion", consent_action_code(r.accion))
                                    .text("alcances", r.scopes.codes())
                                    .text("fecha", to_iso(r.fecha))
                                    .str(),
                                std::nullopt);
  }
}

std::int64_t ConsentRepository::registered_count(ConsentPerson person) {
  Statement q(db_, "SELECT count(DISTINCT " + subject_column(person) +
                       ") AS n FROM consent_record WHERE accion = 'otorga'");
  q.step();
  return q.int64("n");
}

}  // namespace cdmype::store
