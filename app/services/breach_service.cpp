// Breach log: permission, validation and one audited transaction per change.
#include "services/breach_service.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/breach_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

// A minute of slack: "now" typed by a person is the minute that has begun.
constexpr std::chrono::minutes kClockSlack{1};

}  // namespace

DataBreach BreachService::record(const Actor& actor, DataBreach b) {
  require(actor, Action::ManageDataProtection);
  b.descripcion = trim(b.descripcion);
  b.datos = trim(b.datos);
  b.medidas = trim(b.medidas);
  if (b.descripcion.empty()) throw UserError("Describa qué pasó (la brecha de seguridad).");
  if (b.personas < 0) throw UserError("El número de personas afectadas no puede ser negativo.");
  if (b.detectada > ctx_.clock() + kClockSlack)
    throw UserError("La fecha y hora de detección no puede ser posterior a ahora.");
  b.notificada_ace.reset();
  b.notificada_fiscalia.reset();
  b.notificadas_personas.reset();
  store::WriteTransaction tx(ctx_.db);
  store::BreachRepository(ctx_.sql()).insert(ctx_.author(actor), b);
  tx.commit();
  return b;
}

DataBreach BreachService::notify(const Actor& actor, std::int64_t id, BreachRecipient to,
                                 Moment when) {
  require(actor, Action::ManageDataProtection);
  store::WriteTransaction tx(ctx_.db);
  store::BreachRepository repo(ctx_.sql());
  auto b = repo.find(id);
  if (!b) throw UserError("No hay una brecha n.º " + std::to_string(id) + " en el registro.");
  if (b->notice(to))
    throw UserError("La notificación a " + std::string(breach_recipient_label(to)) +
                    " ya está registrada (" + local_minute_text(*b->notice(to)) + ").");
  if (when < b->detectada)
    throw UserError("La notificación no puede ser anterior a la detección (" +
                    local_minute_text(b->detectada) + ").");
  if (when > ctx_.clock() + kClockSlack)
    throw UserError("La fecha y hora de la notificación no puede ser posterior a ahora.");
  repo.set_notice(ctx_.author(actor), id, to, when);
  tx.commit();
  b->notice(to) = when;
  return *b;
}

std::vector<DataBreach> BreachService::all(const Actor& actor) {
  require(actor, Action::ManageDataProtection);
  return store::BreachRepository(ctx_.sql()).all();
}

}  // namespace cdmype::services
