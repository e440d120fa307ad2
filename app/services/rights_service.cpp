// Data-protection requests: permission, validation, deadlines on the center's calendar, audited.
#include "services/rights_service.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/text.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

BusinessCalendar RightsService::calendar() {
  return BusinessCalendar(store::RightsRequestRepository(ctx_.sql()).holiday_dates());
}

RightsRequest RightsService::record(const Actor& actor, const std::string& nombre,
                                    const std::string& dui, DataRight derecho,
                                    const Date& recibida) {
  require(actor, Action::ManageDataProtection);
  RightsRequest r;
  r.persona_nombre = trim(nombre);
  if (r.persona_nombre.empty())
    throw UserError("Escriba el nombre de la persona que hace la solicitud.");
  if (!trim(dui).empty()) {
    const auto normalized = normalize_dui(trim(dui));
    if (!normalized)
      throw UserError("El DUI «" + trim(dui) + "» no es válido (8 dígitos, guion y verificador).");
    r.persona_dui = *normalized;
  }
  if (recibida > ctx_.today())
    throw UserError("La fecha de recepción no puede ser posterior a hoy.");
  r.derecho = derecho;
  r.recibida = recibida;
  store::WriteTransaction tx(ctx_.db);
  r.vence = request_due_date(calendar(), recibida);
  store::RightsRequestRepository(ctx_.sql()).insert(ctx_.author(actor), r);
  tx.commit();
  return r;
}

RightsRequest RightsService::open_request(std::int64_t id) {
  auto r = store::RightsRequestRepository(ctx_.sql()).find(id);
  if (!r) throw UserError("No hay una solicitud de derechos n.º " + std::to_string(id) + ".");
  if (r->estado != RequestState::Abierta)
    throw UserError("La solicitud n.º " + std::to_string(id) + " ya fue respondida.");
  return *r;
}

RightsRequest RightsService::extend(const Actor& actor, std::int64_t id,
                                    const std::string& reason) {
  require(actor, Action::ManageDataProtection);
  const std::string why = trim(reason);
  if (why.empty()) throw UserError("La prórroga necesita su motivo, que se comunica a la persona.");
  store::WriteTransaction tx(ctx_.db);
  const RightsRequest before = open_request(id);
  if (before.extended())
    throw UserError("La solicitud n.º " + std::to_string(id) +
                    " ya se prorrogó una vez; la ley permite una sola prórroga.");
  if (before.vence < ctx_.today())
    throw UserError("La solicitud n.º " + std::to_string(id) + " venció el " +
                    to_display(before.vence) + ": una prórroga se pide antes del vencimiento.");
  RightsRequest after = before;
  after.prorroga_motivo = why;
  after.vence = extended_due_date(calendar(), before.vence);
  store::RightsRequestRepository(ctx_.sql())
      .update(ctx_.author(actor), before, after, std::nullopt);
  tx.commit();
  return after;
}

RightsRequest RightsService::answer(const Actor& actor, std::int64_t id,
                                    const std::string& respuesta) {
  require(actor, Action::ManageDataProtection);
  const std::string text = trim(respuesta);
  if (text.empty()) throw UserError("Escriba la respuesta que se dio a la persona.");
  store::WriteTransaction tx(ctx_.db);
  const RightsRequest before = open_request(id);
  RightsRequest after = before;
  after.estado = RequestState::Respondida;
  after.respuesta = text;
  after.respondida = ctx_.today();
  store::RightsRequestRepository(ctx_.sql())
      .update(ctx_.author(actor), before, after, actor.user_id);
  tx.commit();
  after.atendida_por = actor.username;
  return after;
}

std::vector<RightsRequest> RightsService::all(const Actor& actor) {
  require(actor, Action::ManageDataProtection);
  return store::RightsRequestRepository(ctx_.sql()).all();
}

std::vector<RightsRequest> RightsService::overdue(const Actor& actor) {
  std::vector<RightsRequest> out;
  const Date today = ctx_.today();
  for (auto& r : all(actor))
    if (is_overdue(r, today)) out.push_back(std::move(r));
  return out;
}

std::vector<RightsRequest> RightsService::due_soon(const Actor& actor) {
  std::vector<RightsRequest> out;
  const Date today = ctx_.today();
  const BusinessCalendar cal = calendar();
  for (auto& r : all(actor))
    if (is_due_soon(cal, r, today)) out.push_back(std::move(r));
  return out;
}

std::vector<RightsRequest> RightsService::of_person(const Actor& actor, const std::string& dui) {
  require(actor, Action::ExportPersonData);
  return store::RightsRequestRepository(ctx_.sql()).by_dui(dui);
}

void RightsService::add_holiday(const Actor& actor, const Date& fecha, const std::string& nombre) {
  require(actor, Action::ManageDataProtection);
  const std::string name = trim(nombre);
  if (name.empty())
    throw UserError("Escriba el nombre del asueto (por ejemplo, la fiesta patronal).");
  if (!national_holiday_name(fecha).empty())
    throw UserError("El " + to_display(fecha) + " ya es asueto nacional (" +
                    national_holiday_name(fecha) + ").");
  store::WriteTransaction tx(ctx_.db);
  store::RightsRequestRepository(ctx_.sql()).add_holiday(ctx_.author(actor), {fecha, name});
  tx.commit();
}

std::vector<store::ExtraHoliday> RightsService::holidays(const Actor&) {
  return store::RightsRequestRepository(ctx_.sql()).holidays();
}

}  // namespace cdmype::services
