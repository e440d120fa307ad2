// Referral use cases: who may see and change what, state rules, one transaction each with audit.
#include "services/referral_service.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/text.hpp"
#include "services/consent_service.hpp"
#include "services/enterprise_service.hpp"
#include "services/reference_checks.hpp"
#include "store/consent_repository.hpp"
#include "store/duplicate_candidates.hpp"
#include "store/enterprise_codigo.hpp"
#include "store/enterprise_repository.hpp"
#include "store/user_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

// What the person agreed to at the ventanilla opens their file when the center asks nothing
// more: the same scopes, date and text. A referral never holds sensitive data, so the file's
// own form asks for that.
std::optional<ConsentRecord> grant_from_the_ventanilla(store::Connection& db,
                                                       std::int64_t referral_id) {
  const auto records = store::ConsentRepository(db).of({ConsentPerson::Remitido, referral_id});
  const ConsentState state = consent_state(records);
  if (!state.registered || !state.granted.has(ConsentScope::Atencion)) return std::nullopt;
  ConsentRecord grant;
  grant.accion = ConsentAction::Otorga;
  grant.scopes = state.granted;
  for (const auto& r : records)
    if (r.accion == ConsentAction::Otorga) {
      grant.fecha = r.fecha;
      grant.texto_version = r.texto_version;
    }
  return grant;
}

bool is_ventanilla(const Actor& a) { return a.role == Role::Ventanilla; }

// Seeing referrals: a ventanilla its own, the center all.
void require_view(const Actor& actor) {
  if (!allowed(actor.role, Action::ManageReferrals)) require(actor, Action::ViewOwnReferrals);
}

void throw_if_invalid(const Referral& r) {
  if (auto p = validate(r); !p.empty()) throw ValidationFailed(p);
}

std::string estado_text(EstadoRemision e) { return "«" + std::string(display_of(e)) + "»"; }

// Only open referrals move on; atendida and no_procede are final.
void require_open(const Referral& r, std::string_view what) {
  if (r.estado == EstadoRemision::Recibida || r.estado == EstadoRemision::Asignada) return;
  throw UserError("La remisión de " + r.nombre + " ya está " + estado_text(r.estado) +
                  "; no se puede " + std::string(what) + ".");
}

std::vector<DuplicateSuggestion> rank(store::Connection& db, const DuplicateKey& key) {
  std::vector<DuplicateSuggestion> out;
  for (auto& e : store::duplicate_candidates(db, key)) {
    auto reasons = match_reasons(key, e);
    if (!reasons.empty()) out.push_back({std::move(e), std::move(reasons)});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.reasons.size() > b.reasons.size();
  });
  return out;
}

}  // namespace

Referral ReferralService::record(const Actor& actor, Referral r,
                                 std::optional<ConsentRecord> consent) {
  if (!allowed(actor.role, Action::ManageReferrals)) require(actor, Action::CreateReferral);
  consent = checked_intake_consent(ctx_, ConsentPerson::Remitido, std::move(consent));
  canonicalize(r);
  // What a ventanilla sends always starts in the center's inbox.
  r.estado = EstadoRemision::Recibida;
  r.asesor_id = 0;
  r.enterprise_id = 0;
  r.motivo.clear();
  r.registrada_por = is_ventanilla(actor) ? actor.user_id : 0;
  throw_if_invalid(r);
  store::WriteTransaction tx(ctx_.db);
  store::ReferralRepository(ctx_.sql()).insert(ctx_.author(actor), r);
  store_intake_consent(ctx_, actor, r.meta.id, std::move(consent));
  tx.commit();
  return r;
}

std::vector<Referral> ReferralService::list(const Actor& actor, store::ReferralFilter filter) {
  require_view(actor);
  if (is_ventanilla(actor)) filter.registrada_por = actor.user_id;
  return store::ReferralRepository(ctx_.sql()).list(filter);
}

std::vector<Referral> ReferralService::inbox(const Actor& actor) {
  require(actor, Action::ManageReferrals);
  store::ReferralFilter f;
  f.estado = EstadoRemision::Recibida;
  return store::ReferralRepository(ctx_.sql()).list(f);
}

Referral ReferralService::find(const Actor& actor, std::string_view uuid_or_prefix) {
  require_view(actor);
  const std::string wanted = trim(uuid_or_prefix);
  if (wanted.size() < 4)
    throw UserError("Indique al menos 4 caracteres del identificador de la remisión (se indicó «" +
                    wanted + "»).");
  auto found = store::ReferralRepository(ctx_.sql()).by_uuid_part(wanted);
  // A ventanilla must not learn that other ventanillas' referrals exist.
  if (is_ventanilla(actor))
    std::erase_if(found, [&](const Referral& r) { return r.registrada_por != actor.user_id; });
  if (found.empty()) throw UserError("No existe la remisión «" + wanted + "».");
  if (found.size() > 1)
    throw UserError("Hay varias remisiones que empiezan por «" + wanted +
                    "»; escriba el identificador completo.");
  return found.front();
}

Referral ReferralService::load_for_change(store::ReferralRepository& repo, std::int64_t id) {
  auto r = repo.get(id);
  if (!r) throw UserError("La remisión ya no existe.");
  return *r;
}

Referral ReferralService::assign(const Actor& actor, std::int64_t referral_id,
                                 std::int64_t asesor_id) {
  require(actor, Action::ManageReferrals);
  store::WriteTransaction tx(ctx_.db);
  store::ReferralRepository repo(ctx_.sql());
  Referral r = load_for_change(repo, referral_id);
  require_open(r, "asignar");
  const auto asesor = store::UserRepository(ctx_.sql()).get(asesor_id);
  if (!asesor || !asesor->active ||
      (asesor->role != Role::Asesor && asesor->role != Role::Director))
    throw UserError("Las remisiones se asignan a una cuenta activa de asesor o de dirección.");
  r.estado = EstadoRemision::Asignada;
  r.asesor_id = asesor_id;
  throw_if_invalid(r);
  repo.update(ctx_.author(actor), r);
  tx.commit();
  return r;
}

Referral ReferralService::link(const Actor& actor, std::int64_t referral_id,
                               std::int64_t enterprise_id) {
  require(actor, Action::ManageReferrals);
  require(actor, Action::ViewEnterprises);
  store::WriteTransaction tx(ctx_.db);
  store::ReferralRepository repo(ctx_.sql());
  Referral r = load_for_change(repo, referral_id);
  require_open(r, "vincular");
  if (!store::EnterpriseRepository(ctx_.sql()).get(enterprise_id))
    throw UserError("No existe el expediente al que se quiere vincular la remisión.");
  r.estado = EstadoRemision::Atendida;
  r.enterprise_id = enterprise_id;
  if (r.asesor_id == 0) r.asesor_id = actor.user_id;  // who attended it
  throw_if_invalid(r);
  repo.update(ctx_.author(actor), r);
  tx.commit();
  return r;
}

std::pair<Referral, Enterprise> ReferralService::open_file(
    const Actor& actor, std::int64_t referral_id, Enterprise file,
    const std::optional<ConsentRecord>& consent) {
  require(actor, Action::ManageReferrals);
  require(actor, Action::EditEnterprise);
  canonicalize_ids(file);
  const std::string prefix = require_prefix(ctx_);
  store::WriteTransaction tx(ctx_.db);
  store::ReferralRepository repo(ctx_.sql());
  Referral r = load_for_change(repo, referral_id);
  require_open(r, "abrir un expediente desde ella");
  store::EnterpriseRepository enterprises(ctx_.sql());
  if (file.codigo.empty() && !file.fecha_ingreso.is_special()) {
    const int year = file.fecha_ingreso.year();
    file.codigo =
        store::format_enterprise_codigo(prefix, year, enterprises.next_sequence(prefix, year));
  }
  if (file.asesor_id == 0) file.asesor_id = r.asesor_id != 0 ? r.asesor_id : actor.user_id;
  auto grant = checked_new_file_consent(
      ctx_, file, consent ? consent : grant_from_the_ventanilla(ctx_.sql(), r.meta.id));
  if (auto p = ReferenceChecks(ctx_.sql()).enterprise_problems(file); !p.empty())
    throw ValidationFailed(p);
  if (enterprises.codigo_exists(file.codigo))
    throw UserError("Ya existe un expediente con el código «" + file.codigo + "».");
  enterprises.insert(ctx_.author(actor), file);
  store_intake_consent(ctx_, actor, file.meta.id, std::move(grant));
  r.estado = EstadoRemision::Atendida;
  r.enterprise_id = file.meta.id;
  if (r.asesor_id == 0) r.asesor_id = file.asesor_id;
  throw_if_invalid(r);
  repo.update(ctx_.author(actor), r);
  tx.commit();
  return {r, file};
}

Referral ReferralService::reject(const Actor& actor, std::int64_t referral_id,
                                 const std::string& motivo) {
  require(actor, Action::ManageReferrals);
  if (trim(motivo).empty()) throw UserError("Indique el motivo por el que la remisión no procede.");
  store::WriteTransaction tx(ctx_.db);
  store::ReferralRepository repo(ctx_.sql());
  Referral r = load_for_change(repo, referral_id);
  require_open(r, "marcar como «No procede»");
  r.estado = EstadoRemision::NoProcede;
  r.motivo = trim(motivo);
  repo.update(ctx_.author(actor), r);
  tx.commit();
  return r;
}

std::vector<DuplicateSuggestion> ReferralService::suggestions(const Actor& actor,
                                                              std::int64_t referral_id) {
  require(actor, Action::ManageReferrals);
  require(actor, Action::ViewEnterprises);
  const auto r = store::ReferralRepository(ctx_.sql()).get(referral_id);
  if (!r) throw UserError("La remisión ya no existe.");
  return rank(ctx_.sql(), duplicate_key(*r));
}

std::vector<DuplicateSuggestion> ReferralService::suggestions_for(const Actor& actor,
                                                                  const Enterprise& draft) {
  require(actor, Action::ViewEnterprises);
  return rank(ctx_.sql(), duplicate_key(draft));
}

void ReferralService::for_each_visible(const Actor& actor,
                                       const std::function<bool(const Referral&)>& visit) {
  require_view(actor);
  store::ReferralFilter f;
  if (is_ventanilla(actor)) f.registrada_por = actor.user_id;
  store::ReferralRepository(ctx_.sql()).for_each(f, visit);
}

}  // namespace cdmype::services
