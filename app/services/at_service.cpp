// AT writes: each use case is one write transaction (the one-writer lock) with its audit rows.
#include "services/at_service.hpp"

#include <algorithm>
#include <cctype>

#include "core/budget.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "services/enterprise_service.hpp"
#include "services/provider_service.hpp"
#include "services/subsidy_calculator.hpp"
#include "store/budget_repository.hpp"
#include "store/enterprise_repository.hpp"
#include "store/provider_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

[[noreturn]] void refuse(const AtRefusal& r) {
  if (r.kind == RefusalKind::Permission) throw PermissionDenied(r.message);
  throw UserError(r.message);
}

// Role, state and self-approval first, so a person who may not take the
// step hears that before anything about its input.
void check_who_and_state(const Actor& actor, const TechnicalAssistance& at, AtAction action,
                         const AtStepInput& input, const Date& today) {
  if (auto r = check_transition(actor, at, action, input, today);
      r && r->kind != RefusalKind::Input)
    refuse(*r);
}

}  // namespace

TechnicalAssistance load_at(store::AtRepository& repo, std::string_view codigo) {
  auto at = repo.by_codigo(trim(codigo));
  if (!at)
    throw UserError("No existe la asistencia técnica «" + trim(codigo) +
                    "»; vea la lista con «cdmype-cli at list».");
  return *at;
}

TechnicalAssistance AtService::create_draft(const Actor& actor, const AtDraft& d) {
  require(actor, Action::RequestAt);
  const std::string prefix = require_prefix(ctx_);
  const auto empresa =
      store::EnterpriseRepository(ctx_.sql()).by_codigo(trim(d.empresa_codigo));
  if (!empresa)
    throw UserError("No existe la empresa con código «" + trim(d.empresa_codigo) + "».");
  if (empresa->estado == EstadoEmpresa::Cerrada)
    throw UserError("El expediente " + empresa->codigo +
                    " está cerrado; vuelva a abrirlo antes de pedir una asistencia técnica.");
  store::AtRepository repo(ctx_.sql());
  TechnicalAssistance at;
  at.enterprise_id = empresa->meta.id;
  at.drafted_by = actor.user_id;
  at.descripcion = trim(d.descripcion);
  at.especialidad = trim(d.especialidad);
  at.costo_total = d.costo_total;
  // The sequence is read under the write lock, so two requests cannot take the same code.
  const int year = ctx_.today().year();
  // An imported code of the center's history may equal the next one of the
  // program's form (or differ only in case): skip it rather than collide.
  int sequence = repo.next_sequence(prefix, year);
  do {
    at.codigo = format_at_codigo(prefix, year, sequence++);
  } while (repo.codigo_exists(at.codigo));
  if (auto problems = validate(at); !problems.empty()) throw ValidationFailed(problems);
  const store::Author who = ctx_.author(actor);
  if (!trim(d.proveedor).empty())
    at.provider_id = provider_id_for(ctx_.sql(), who, d.proveedor, at.especialidad);
  repo.insert(who, at);
  return at;
}

TechnicalAssistance AtService::draft(const Actor& actor, const AtDraft& d) {
  require(actor, Action::RequestAt);
  store::WriteTransaction tx(ctx_.db);
  TechnicalAssistance at = create_draft(actor, d);
  tx.commit();
  return at;
}

TechnicalAssistance AtService::request_new(const Actor& actor, const AtDraft& d) {
  require(actor, Action::RequestAt);
  store::WriteTransaction tx(ctx_.db);
  const TechnicalAssistance drafted = create_draft(actor, d);
  TechnicalAssistance at = apply_transition(actor, drafted, AtAction::Request, {}, ctx_.today());
  store::AtRepository(ctx_.sql()).update(ctx_.author(actor), at);
  tx.commit();
  return at;
}

TechnicalAssistance AtService::approve(const Actor& actor, std::string_view codigo,
                                       std::optional<Date> fecha) {
  store::WriteTransaction tx(ctx_.db);
  store::AtRepository repo(ctx_.sql());
  const TechnicalAssistance at = load_at(repo, codigo);
  const Date today = ctx_.today();
  AtStepInput input;
  input.fecha = fecha.value_or(today);
  check_who_and_state(actor, at, AtAction::Approve, input, today);

  const Date on = *input.fecha;
  const auto empresa = store::EnterpriseRepository(ctx_.sql()).get(at.enterprise_id);
  if (!empresa) throw UserError("La empresa de la asistencia " + at.codigo + " ya no existe.");
  const Money before = repo.approved_subsidy(at.enterprise_id, on.year(), at.meta.id);
  input.subsidio = SubsidyCalculator(ctx_.sql()).decide(*empresa, at.costo_total, on, before);
  if (auto r = check_transition(actor, at, AtAction::Approve, input, today)) refuse(*r);

  store::BudgetRepository budgets(ctx_.sql());
  if (auto overdraw = check_approval(budgets.get(on.year()), budgets.committed(on.year()),
                                     input.subsidio->subsidio))
    throw UserError(*overdraw);

  TechnicalAssistance approved = apply_transition(actor, at, AtAction::Approve, input, today);
  repo.update(ctx_.author(actor), approved);
  tx.commit();
  return approved;
}

TechnicalAssistance AtService::step(const Actor& actor, std::string_view codigo, AtAction action,
                                    const AtStepInput& input, std::string_view proveedor) {
  if (action == AtAction::Approve) return approve(actor, codigo, input.fecha);
  store::WriteTransaction tx(ctx_.db);
  store::AtRepository repo(ctx_.sql());
  const TechnicalAssistance at = load_at(repo, codigo);
  const Date today = ctx_.today();
  check_who_and_state(actor, at, action, input, today);

  AtStepInput in = input;
  const store::Author who = ctx_.author(actor);
  if (action == AtAction::Contract && !trim(proveedor).empty()) {
    if (const auto p = store::ProviderRepository(ctx_.sql()).by_name(proveedor)) {
      if (!p->activo)
        throw UserError("El proveedor «" + p->nombre +
                        "» está desactivado; actívelo o elija otro antes de contratar.");
      in.provider_id = p->meta.id;
    } else {
      require(actor, Action::ManageProviders);
      in.provider_id = provider_id_for(ctx_.sql(), who, proveedor, at.especialidad);
    }
  }
  TechnicalAssistance next = apply_transition(actor, at, action, in, today);
  repo.update(who, next);
  tx.commit();
  return next;
}

SubsidyDecision AtService::preview(const Actor& actor, std::string_view codigo) {
  require(actor, Action::ViewAt);
  store::AtRepository repo(ctx_.sql());
  const TechnicalAssistance at = load_at(repo, codigo);
  if (at.subsidio) return *at.subsidio;  // decided: the frozen values, never recomputed
  const Date today = ctx_.today();
  const auto empresa = store::EnterpriseRepository(ctx_.sql()).get(at.enterprise_id);
  if (!empresa) throw UserError("La empresa de la asistencia " + at.codigo + " ya no existe.");
  return SubsidyCalculator(ctx_.sql())
      .decide(*empresa, at.costo_total, today,
              repo.approved_subsidy(at.enterprise_id, today.year(), at.meta.id));
}

}  // namespace cdmype::services
