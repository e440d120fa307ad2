// Training and result use cases: permission, validation, one transaction with audit.
#include "services/outcome_service.hpp"

#include <algorithm>
#include <map>

#include "core/errors.hpp"
#include "core/spanish_collation.hpp"
#include "core/text.hpp"
#include "services/consent_service.hpp"
#include "services/reference_checks.hpp"
#include "store/consent_repository.hpp"
#include "store/enterprise_repository.hpp"
#include "store/result_repository.hpp"
#include "store/settings_repository.hpp"
#include "store/training_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

constexpr std::size_t kMaxListedProblems = 200;
// Setting row holding the partners added by hand, one name per line (no schema change needed).
constexpr std::string_view kPartnerInstitutionsKey = "partner_institutions";

void require_any(const Actor& actor, Action a, Action b) {
  if (!allowed(actor.role, a)) require(actor, b);
}

void tidy(Training& t) {
  t.titulo = trim(t.titulo);
  t.tema = trim(t.tema);
  t.institucion = trim(t.institucion);
  t.lugar = trim(t.lugar);
}

bool same_training(const Training& a, const Training& b) {
  return a.titulo == b.titulo && a.tema == b.tema && a.institucion == b.institucion &&
         a.fecha == b.fecha && a.minutos == b.minutos && a.lugar == b.lugar;
}

// Every row's problems as "línea N: campo: …"; throws them all at once.
template <class Row>
void check_rows(const std::vector<Row>& rows, const ImportOptions& options,
                const std::function<std::vector<std::string>(const Row&)>& problems_of) {
  std::vector<std::string> all;
  for (std::size_t i = 0; i < rows.size() && all.size() < kMaxListedProblems; ++i)
    for (const auto& p : problems_of(rows[i]))
      all.push_back(row_label(options.line_numbers, i) + p);
  if (!all.empty()) throw ValidationFailed(all);
}

void tick(const ImportOptions& o, std::size_t done, std::size_t total) {
  if (o.progress && (done % 500 == 0 || done == total) && !o.progress(done, total))
    throw UserError("Importación cancelada; no se guardó nada.");
}

std::vector<std::string> added_institutions(store::Connection& db) {
  std::vector<std::string> out;
  const std::string stored =
      store::SettingsRepository(db).get(kPartnerInstitutionsKey).value_or("");
  std::size_t start = 0;
  while (start < stored.size()) {
    std::size_t end = stored.find('\n', start);
    if (end == std::string::npos) end = stored.size();
    if (end > start) out.push_back(stored.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

void require_enterprise(store::Connection& db, std::int64_t id) {
  if (id != 0 && !store::EnterpriseRepository(db).get(id))
    throw ValidationFailed({"empresa: no existe el expediente número " + std::to_string(id)});
}

}  // namespace

Training TrainingService::create(const Actor& actor, Training t) {
  require(actor, Action::ManageTrainings);
  tidy(t);
  if (auto p = validate(t); !p.empty()) throw ValidationFailed(p);
  store::WriteTransaction tx(ctx_.db);
  store::TrainingRepository(ctx_.sql()).insert(ctx_.author(actor), t);
  tx.commit();
  return t;
}

TrainingAttendee TrainingService::add_attendee(const Actor& actor, TrainingAttendee a,
                                               std::optional<ConsentRecord> consent) {
  require(actor, Action::ManageTrainings);
  a.nombre = trim(a.nombre);
  if (auto p = validate(a); !p.empty()) throw ValidationFailed(p);
  if (consent && a.enterprise_id != 0)
    throw UserError("La persona participa por una empresa con expediente: su consentimiento es "
                    "el del expediente; se pide aparte solo a quien no tiene expediente.");
  consent = checked_intake_consent(ctx_, ConsentPerson::Participante, std::move(consent));
  store::WriteTransaction tx(ctx_.db);
  store::TrainingRepository repo(ctx_.sql());
  if (!repo.get(a.training_id)) throw UserError("La capacitación ya no existe.");
  require_enterprise(ctx_.sql(), a.enterprise_id);
  repo.insert_attendee(ctx_.author(actor), a);
  store_intake_consent(ctx_, actor, a.meta.id, std::move(consent));
  tx.commit();
  return a;
}

std::vector<Training> TrainingService::list(const Actor& actor) {
  require_any(actor, Action::ManageTrainings, Action::ViewReports);
  return store::TrainingRepository(ctx_.sql()).all();
}

Training TrainingService::edit(const Actor& actor, std::int64_t id, int version,
                               const TrainingChanges& changes) {
  require(actor, Action::ManageTrainings);
  store::WriteTransaction tx(ctx_.db);
  store::TrainingRepository repo(ctx_.sql());
  auto stored = repo.get(id);
  if (!stored) throw UserError("La capacitación ya no existe.");
  Training t = *stored;
  t.meta.version = version;  // the repository refuses when it is no longer the stored one
  if (changes.titulo) t.titulo = *changes.titulo;
  if (changes.tema) t.tema = *changes.tema;
  if (changes.institucion) t.institucion = *changes.institucion;
  if (changes.lugar) t.lugar = *changes.lugar;
  if (changes.fecha) t.fecha = *changes.fecha;
  if (changes.minutos) t.minutos = *changes.minutos;
  tidy(t);
  if (auto p = validate(t); !p.empty()) throw ValidationFailed(p);
  repo.update(ctx_.author(actor), t);
  tx.commit();
  return t;
}

void TrainingService::remove(const Actor& actor, std::int64_t id) {
  require(actor, Action::ManageTrainings);
  store::WriteTransaction tx(ctx_.db);
  store::TrainingRepository repo(ctx_.sql());
  if (const std::size_t n = repo.attendee_count(id); n > 0)
    throw UserError("No se puede borrar la capacitación: tiene " + std::to_string(n) +
                    (n == 1 ? " participante anotado" : " participantes anotados") +
                    "; su asistencia cuenta en los informes.");
  repo.remove(ctx_.author(actor), id);
  tx.commit();
}

void TrainingService::remove_attendee(const Actor& actor, std::int64_t training_id,
                                      std::int64_t attendee_id) {
  require(actor, Action::ManageTrainings);
  store::WriteTransaction tx(ctx_.db);
  store::TrainingRepository repo(ctx_.sql());
  const auto training = repo.get(training_id);
  if (!training) throw UserError("La capacitación ya no existe.");
  const auto attendee = repo.get_attendee(attendee_id);
  // A participant of another training must not go because a screen held a stale id.
  if (!attendee || attendee->training_id != training_id)
    throw UserError("Esa persona no está anotada en la capacitación «" + training->titulo +
                    "»; vuelva a abrir la lista de participantes.");
  store::ConsentRepository(ctx_.sql()).remove_of_attendee(ctx_.author(actor), attendee->meta.id);
  repo.remove_attendee(ctx_.author(actor), *attendee);
  tx.commit();
}

bool TrainingService::add_institution(const Actor& actor, const std::string& name) {
  require(actor, Action::ManageTrainings);
  const std::string clean = trim(name);
  if (clean.empty()) throw ValidationFailed({"institución: escriba el nombre."});
  if (clean.find('\n') != std::string::npos)
    throw ValidationFailed({"institución: el nombre debe ir en una sola línea."});
  store::WriteTransaction tx(ctx_.db);
  const std::string folded = fold_for_match(clean);
  for (const auto& known : institutions(actor))
    if (fold_for_match(known) == folded) return false;
  std::string stored;
  for (const auto& added : added_institutions(ctx_.sql())) stored += added + '\n';
  store::SettingsRepository(ctx_.sql())
      .set(ctx_.author(actor), kPartnerInstitutionsKey, stored + clean);
  tx.commit();
  return true;
}

TrainingAttendee TrainingService::attendee_by_uuid(const Actor& actor, const std::string& uuid) {
  require(actor, Action::ManageTrainings);
  auto a = store::TrainingRepository(ctx_.sql()).attendee_by_uuid(trim(uuid));
  if (!a) throw UserError("No hay una participación con el identificador «" + trim(uuid) + "».");
  return *a;
}

std::vector<TrainingAttendee> TrainingService::attendees(const Actor& actor,
                                                         std::int64_t training_id) {
  require_any(actor, Action::ManageTrainings, Action::ViewReports);
  auto out = store::TrainingRepository(ctx_.sql()).attendees(training_id);
  // A participants' list is read by name: Spanish order (entry order breaks ties).
  sort_spanish(out, [](const TrainingAttendee& a) -> const std::string& { return a.nombre; });
  return out;
}

void TrainingService::for_each_attendee(const Actor& actor,
                                        const std::function<bool(const TrainingAttendee&)>& visit) {
  require_any(actor, Action::ManageTrainings, Action::ViewReports);
  store::TrainingRepository(ctx_.sql()).for_each_attendee(visit);
}

std::vector<std::string> TrainingService::institutions(const Actor& actor) {
  require_any(actor, Action::ManageTrainings, Action::ViewReports);
  std::vector<std::string> names = store::TrainingRepository(ctx_.sql()).institutions();
  for (auto& added : added_institutions(ctx_.sql())) names.push_back(std::move(added));
  // One entry per folded name (the first spelling seen), in Spanish order.
  std::map<std::string, std::string> by_folded;
  for (auto& n : names) by_folded.emplace(fold_for_match(n), std::move(n));
  std::vector<std::string> out;
  for (auto& [folded, n] : by_folded) out.push_back(std::move(n));
  sort_spanish(out);
  return out;
}

OutcomeImportSummary TrainingService::import_trainings(const Actor& actor,
                                                       std::vector<Training> rows,
                                                       const ImportOptions& options) {
  require(actor, Action::ManageTrainings);
  require(actor, Action::ImportData);
  for (auto& t : rows) tidy(t);
  check_rows<Training>(rows, options, [](const Training& t) { return validate(t); });
  OutcomeImportSummary summary;
  store::WriteTransaction tx(ctx_.db);
  store::TrainingRepository repo(ctx_.sql());
  // (folded título, fecha) → stored training; the table is small.
  std::map<std::pair<std::string, std::string>, Training> known;
  for (auto& t : repo.all()) known[{fold_for_match(t.titulo), to_iso(t.fecha)}] = t;
  const store::Author who = ctx_.author(actor);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Training& t = rows[i];
    const auto key = std::make_pair(fold_for_match(t.titulo), to_iso(t.fecha));
    if (auto it = known.find(key); it != known.end()) {
      if (same_training(it->second, t)) {
        ++summary.sin_cambios;
      } else {
        t.meta = it->second.meta;
        repo.update(who, t);
        it->second = t;
        ++summary.actualizadas;
      }
    } else {
      repo.insert(who, t);
      known[key] = t;
      ++summary.nuevas;
    }
    tick(options, i + 1, rows.size());
  }
  tx.commit();
  return summary;
}

OutcomeImportSummary TrainingService::import_attendees(const Actor& actor,
                                                       std::vector<TrainingAttendee> rows,
                                                       const ImportOptions& options) {
  require(actor, Action::ManageTrainings);
  require(actor, Action::ImportData);
  for (auto& a : rows) a.nombre = trim(a.nombre);
  check_rows<TrainingAttendee>(rows, options,
                               [](const TrainingAttendee& a) { return validate(a); });
  OutcomeImportSummary summary;
  store::WriteTransaction tx(ctx_.db);
  store::TrainingRepository repo(ctx_.sql());
  std::map<std::int64_t, std::vector<std::string>> present;  // training → folded names
  const store::Author who = ctx_.author(actor);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    TrainingAttendee& a = rows[i];
    auto [it, fresh] = present.try_emplace(a.training_id);
    if (fresh)
      for (const auto& stored : repo.attendees(a.training_id))
        it->second.push_back(fold_for_match(stored.nombre));
    const std::string name = fold_for_match(a.nombre);
    if (std::find(it->second.begin(), it->second.end(), name) != it->second.end()) {
      ++summary.sin_cambios;
    } else {
      repo.insert_attendee(who, a);
      it->second.push_back(name);
      ++summary.nuevas;
    }
    tick(options, i + 1, rows.size());
  }
  tx.commit();
  return summary;
}

ResultRecord ResultService::record(const Actor& actor, ResultRecord r) {
  require(actor, Action::RecordResults);
  r.detalle = trim(r.detalle);
  if (valor_kind(r.tipo) == ValorResultado::Ninguno && r.valor == 0) r.valor = 1;
  if (auto p = validate(r); !p.empty()) throw ValidationFailed(p);
  store::WriteTransaction tx(ctx_.db);
  require_enterprise(ctx_.sql(), r.enterprise_id);
  store::ResultRepository(ctx_.sql()).insert(ctx_.author(actor), r);
  tx.commit();
  return r;
}

void ResultService::remove(const Actor& actor, std::int64_t id) {
  require(actor, Action::RecordResults);
  store::WriteTransaction tx(ctx_.db);
  store::ResultRepository(ctx_.sql()).remove(ctx_.author(actor), id);
  tx.commit();
}

std::vector<ResultRecord> ResultService::by_enterprise(const Actor& actor,
                                                       std::int64_t enterprise_id) {
  require(actor, Action::ViewEnterprises);
  return store::ResultRepository(ctx_.sql()).by_enterprise(enterprise_id);
}

void ResultService::for_each_export(
    const Actor& actor, const std::function<bool(const ResultRecord&, const std::string&)>& visit) {
  require(actor, Action::ExportData);
  store::ResultRepository(ctx_.sql()).for_each_export(visit);
}

OutcomeImportSummary ResultService::import_results(const Actor& actor,
                                                   std::vector<ResultRecord> rows,
                                                   const ImportOptions& options) {
  require(actor, Action::RecordResults);
  require(actor, Action::ImportData);
  for (auto& r : rows) {
    r.detalle = trim(r.detalle);
    if (valor_kind(r.tipo) == ValorResultado::Ninguno && r.valor == 0) r.valor = 1;
  }
  check_rows<ResultRecord>(rows, options, [](const ResultRecord& r) { return validate(r); });
  OutcomeImportSummary summary;
  store::WriteTransaction tx(ctx_.db);
  store::ResultRepository repo(ctx_.sql());
  const store::Author who = ctx_.author(actor);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    ResultRecord& r = rows[i];
    if (auto stored = repo.find_same(r.enterprise_id, r.fecha, r.tipo, r.detalle)) {
      if (stored->valor == r.valor) {
        ++summary.sin_cambios;
      } else {
        stored->valor = r.valor;
        repo.update(who, *stored);
        ++summary.actualizadas;
      }
    } else {
      repo.insert(who, r);
      ++summary.nuevas;
    }
    tick(options, i + 1, rows.size());
  }
  tx.commit();
  return summary;
}

}  // namespace cdmype::services
