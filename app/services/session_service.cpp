// Session use cases; the 30-day edit rule itself lives in core (may_edit_session).
#include "services/session_service.hpp"

#include "core/errors.hpp"
#include "services/reference_checks.hpp"
#include "store/session_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

Date SessionService::created_on(const AdvisorySession& stored) const {
  if (const auto t = store::parse_iso_utc(stored.meta.created_at)) return store::local_date(*t);
  if (const auto d = store::date_of_timestamp(stored.meta.created_at)) return *d;
  return ctx_.today();
}

AdvisorySession SessionService::log(const Actor& actor, AdvisorySession s) {
  require(actor, Action::LogSession);
  if (s.asesor_id == 0) s.asesor_id = actor.user_id;
  if (s.asesor_id != actor.user_id && actor.role != Role::Director)
    throw PermissionDenied("Solo la dirección puede registrar sesiones a nombre de otra persona.");
  store::WriteTransaction tx(ctx_.db);
  if (auto problems = ReferenceChecks(ctx_.sql()).session_problems(s, ctx_.today());
      !problems.empty())
    throw ValidationFailed(problems);
  store::SessionRepository(ctx_.sql()).insert(ctx_.author(actor), s);
  tx.commit();
  return s;
}

bool SessionService::may_edit(const Actor& actor, const AdvisorySession& stored) {
  return allowed(actor.role, Action::LogSession) &&
         may_edit_session(actor, stored, created_on(stored), ctx_.today());
}

AdvisorySession SessionService::update(const Actor& actor, AdvisorySession s) {
  require(actor, Action::LogSession);
  store::WriteTransaction tx(ctx_.db);
  store::SessionRepository repo(ctx_.sql());
  const auto stored = repo.get(s.meta.id);
  if (!stored) throw UserError("La sesión ya no existe.");
  const Date logged = created_on(*stored);
  const Date today = ctx_.today();
  const bool locked = (today - logged).days() > kSessionEditDays;
  if (!may_edit_session(actor, *stored, logged, today)) {
    if (locked)
      throw PermissionDenied("La sesión se registró el " + to_display(logged) +
                             " y quedó cerrada a los " + std::to_string(kSessionEditDays) +
                             " días; solo la dirección puede modificarla.");
    throw PermissionDenied("Solo quien registró la sesión puede modificarla durante los primeros " +
                           std::to_string(kSessionEditDays) + " días.");
  }
  if (locked) require(actor, Action::AmendLockedSession);
  if (auto problems = ReferenceChecks(ctx_.sql()).session_problems(s, ctx_.today());
      !problems.empty())
    throw ValidationFailed(problems);
  repo.update(ctx_.author(actor), s);
  tx.commit();
  return s;
}

std::optional<AdvisorySession> SessionService::get(const Actor& actor, std::int64_t id) {
  require(actor, Action::ViewSessions);
  return store::SessionRepository(ctx_.sql()).get(id);
}

std::vector<AdvisorySession> SessionService::by_enterprise(const Actor& actor,
                                                           std::int64_t enterprise_id) {
  require(actor, Action::ViewSessions);
  return store::SessionRepository(ctx_.sql()).by_enterprise(enterprise_id);
}

std::vector<AdvisorySession> SessionService::by_asesor_month(const Actor& actor,
                                                             std::int64_t asesor_id,
                                                             const YearMonth& month) {
  require(actor, Action::ViewSessions);
  return store::SessionRepository(ctx_.sql()).by_asesor_month(asesor_id, month);
}

std::int64_t SessionService::count_by_enterprise(const Actor& actor, std::int64_t enterprise_id) {
  require(actor, Action::ViewSessions);
  return store::SessionRepository(ctx_.sql()).count_by_enterprise(enterprise_id);
}

}  // namespace cdmype::services
