// SQL for the register of data-protection requests and the added holidays.
#include "store/rights_request_repository.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/json_object.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kColumns =
    "r.id, r.persona_nombre, r.persona_dui, r.derecho, r.recibida, r.vence, r.prorroga_motivo, "
    "r.estado, r.respuesta, r.respondida, COALESCE(u.username, '') AS atendida_por";
constexpr const char* kFrom =
    " FROM rights_request r LEFT JOIN app_user u ON u.id = r.atendida_por";

RightsRequest read_request(Statement& q) {
  RightsRequest r;
  r.id = q.int64("id");
  r.persona_nombre = column_text(q, "persona_nombre");
  r.persona_dui = column_text(q, "persona_dui");
  const auto right = parse_data_right(column_text(q, "derecho"));
  if (!right) throw std::runtime_error("derecho desconocido en rights_request");
  r.derecho = *right;
  r.recibida = column_date(q, "recibida");
  r.vence = column_date(q, "vence");
  r.prorroga_motivo = column_text(q, "prorroga_motivo");
  r.estado =
      column_text(q, "estado") == "respondida" ? RequestState::Respondida : RequestState::Abierta;
  r.respuesta = column_text(q, "respuesta");
  r.respondida = column_optional_date(q, "respondida");
  r.atendida_por = column_text(q, "atendida_por");
  return r;
}

std::string snapshot(const RightsRequest& r) {
  return JsonObject()
      .text("persona_nombre", r.persona_nombre)
      .text("persona_dui", r.persona_dui)
      .text("derecho", data_right_code(r.derecho))
      .text("recibida", to_iso(r.recibida))
      .text("vence", to_iso(r.vence))
      .text("prorroga_motivo", r.prorroga_motivo)
      .text("estado", request_state_code(r.estado))
      .text("respuesta", r.respuesta)
      .text("respondida", r.respondida ? to_iso(*r.respondida) : "")
      .str();
}

std::vector<RightsRequest> read_all(Statement& q) {
  std::vector<RightsRequest> out;
  while (q.step()) out.push_back(read_request(q));
  return out;
}

}  // namespace

void RightsRequestRepository::insert(const Author& who, RightsRequest& r) {
  require_transaction(db_);
  Statement st(db_,
               "INSERT INTO rights_request (uuid, persona_nombre, persona_dui, derecho, recibida, "
               "vence, created_at, created_by) VALUES (:uuid, :nombre, :dui, :derecho, "
               ":recibida, :vence, :at, :user) RETURNING id");
  st.bind("uuid", new_uuid());
  st.bind("nombre", r.persona_nombre);
  st.bind("dui", r.persona_dui);
  st.bind("derecho", std::string(data_right_code(r.derecho)));
  bind_date(st, "recibida", r.recibida);
  bind_date(st, "vence", r.vence);
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
  st.step();
  r.id = st.int64("id");
  st.reset();
  AuditRepository(db_).append(who, AuditOp::Insert, kAuditRightsRequest, r.id, std::nullopt,
                              snapshot(r));
}

void RightsRequestRepository::update(const Author& who, const RightsRequest& before,
                                     const RightsRequest& after,
                                     std::optional<std::int64_t> answered_by) {
  require_transaction(db_);
  Statement st(db_,
               "UPDATE rights_request SET persona_nombre = :nombre, persona_dui = :dui, "
               "vence = :vence, prorroga_motivo = :motivo, estado = :estado, "
               "respuesta = :respuesta, respondida = :respondida, "
               "atendida_por = COALESCE(:by, atendida_por) WHERE id = :id");
  st.bind("nombre", after.persona_nombre);
  st.bind("dui", after.persona_dui);
  bind_date(st, "vence", after.vence);
  st.bind("motivo", after.prorroga_motivo);
  st.bind("estado", std::string(request_state_code(after.estado)));
  st.bind("respuesta", after.respuesta);
  bind_optional_date(st, "respondida", after.respondida);
  bind_id_or_null(st, "by", answered_by.value_or(0));
  st.bind("id", after.id);
  st.step();
  AuditRepository(db_).append(who, AuditOp::Update, kAuditRightsRequest, after.id, snapshot(before),
                              snapshot(after));
}

std::optional<RightsRequest> RightsRequestRepository::find(std::int64_t id) {
  Statement q(db_, std::string("SELECT ") + kColumns + kFrom + " WHERE r.id = :id");
  q.bind("id", id);
  if (!q.step()) return std::nullopt;
  return read_request(q);
}

std::vector<RightsRequest> RightsRequestRepository::all() {
  Statement q(db_, std::string("SELECT ") + kColumns + kFrom +
                       " ORDER BY CASE WHEN r.estado = 'abierta' THEN 0 ELSE 1 END, "
                       "CASE WHEN r.estado = 'abierta' THEN r.vence END, r.id DESC");
  return read_all(q);
}

std::vector<RightsRequest> RightsRequestRepository::by_dui(std::string_view dui) {
  Statement q(
      db_, std::string("SELECT ") + kColumns + kFrom + " WHERE r.persona_dui = :dui ORDER BY r.id");
  q.bind("dui", dui);
  return read_all(q);
}

void RightsRequestRepository::add_holiday(const Author& who, const ExtraHoliday& h) {
  require_transaction(db_);
  Statement st(db_,
               "INSERT INTO holiday_extra (fecha, nombre, created_at, created_by) "
               "VALUES (:fecha, :nombre, :at, :user) RETURNING id");
  bind_date(st, "fecha", h.fecha);
  st.bind("nombre", h.nombre);
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
  try {
    st.step();
  } catch (const DbError& e) {
    if (e.kind() == DbErrorKind::Unique)
      throw UserError("El " + to_display(h.fecha) + " ya está en el calendario de asuetos.");
    rethrow_friendly(e);
  }
  const std::int64_t id = st.int64("id");
  st.reset();
  AuditRepository(db_).append(
      who, AuditOp::Insert, kAuditHoliday, id, std::nullopt,
      JsonObject().text("fecha", to_iso(h.fecha)).text("nombre", h.nombre).str());
}

std::vector<ExtraHoliday> RightsRequestRepository::holidays() {
  Statement q(db_, "SELECT fecha, nombre FROM holiday_extra ORDER BY fecha");
  std::vector<ExtraHoliday> out;
  while (q.step()) out.push_back({column_date(q, "fecha"), column_text(q, "nombre")});
  return out;
}

std::set<Date> RightsRequestRepository::holiday_dates() {
  std::set<Date> out;
  for (const auto& h : holidays()) out.insert(h.fecha);
  return out;
}

}  // namespace cdmype::store
