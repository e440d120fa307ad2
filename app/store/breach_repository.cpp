// SQL for the breach log.
#include "store/breach_repository.hpp"

#include <stdexcept>

#include "core/identity.hpp"
#include "store/clock.hpp"
#include "store/json_object.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kSelect =
    "SELECT id, detectada, descripcion, datos, personas, medidas, notificada_ace, "
    "notificada_fiscalia, notificadas_personas FROM data_breach";

Moment moment(const std::string& iso) {
  const auto t = parse_iso_utc(iso);
  if (!t) throw std::runtime_error("fecha y hora no válida en data_breach");
  return *t;
}

std::optional<Moment> optional_moment(Statement& q, std::string_view column) {
  if (q.is_null(column)) return std::nullopt;
  return moment(column_text(q, column));
}

DataBreach read_breach(Statement& q) {
  DataBreach b;
  b.id = q.int64("id");
  b.detectada = moment(column_text(q, "detectada"));
  b.descripcion = column_text(q, "descripcion");
  b.datos = column_text(q, "datos");
  b.personas = q.int64("personas");
  b.medidas = column_text(q, "medidas");
  b.notificada_ace = optional_moment(q, "notificada_ace");
  b.notificada_fiscalia = optional_moment(q, "notificada_fiscalia");
  b.notificadas_personas = optional_moment(q, "notificadas_personas");
  return b;
}

std::string column_of(BreachRecipient to) {
  return to == BreachRecipient::Ace        ? "notificada_ace"
         : to == BreachRecipient::Fiscalia ? "notificada_fiscalia"
                                           : "notificadas_personas";
}

}  // namespace

void BreachRepository::insert(const Author& who, DataBreach& b) {
  require_transaction(db_);
  Statement st(db_,
               "INSERT INTO data_breach (uuid, detectada, descripcion, datos, personas, medidas, "
               "created_at, created_by) VALUES (:uuid, :detectada, :descripcion, :datos, "
               ":personas, :medidas, :at, :user) RETURNING id");
  st.bind("uuid", new_uuid());
  st.bind("detectada", iso_utc(b.detectada));
  st.bind("descripcion", b.descripcion);
  st.bind("datos", b.datos);
  st.bind("personas", b.personas);
  st.bind("medidas", b.medidas);
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
  st.step();
  b.id = st.int64("id");
  st.reset();
  AuditRepository(db_).append(who, AuditOp::Insert, kAuditBreach, b.id, std::nullopt,
                              JsonObject()
                                  .text("detectada", iso_utc(b.detectada))
                                  .text("descripcion", b.descripcion)
                                  .text("datos", b.datos)
                                  .integer("personas", b.personas)
                                  .text("medidas", b.medidas)
                                  .str());
}

void BreachRepository::set_notice(const Author& who, std::int64_t id, BreachRecipient to,
                                  Moment when) {
  require_transaction(db_);
  const std::string column = column_of(to);
  Statement st(db_, "UPDATE data_breach SET " + column + " = :when WHERE id = :id");
  st.bind("when", iso_utc(when));
  st.bind("id", id);
  st.step();
  AuditRepository(db_).append(who, AuditOp::Update, kAuditBreach, id, std::nullopt,
                              JsonObject().text(column, iso_utc(when)).str());
}

std::optional<DataBreach> BreachRepository::find(std::int64_t id) {
  Statement q(db_, std::string(kSelect) + " WHERE id = :id");
  q.bind("id", id);
  if (!q.step()) return std::nullopt;
  return read_breach(q);
}

std::vector<DataBreach> BreachRepository::all() {
  Statement q(db_, std::string(kSelect) + " ORDER BY detectada DESC, id DESC");
  std::vector<DataBreach> out;
  while (q.step()) out.push_back(read_breach(q));
  return out;
}

}  // namespace cdmype::store
