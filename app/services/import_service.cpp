// Bulk imports: check everything first, then write everything in one transaction or nothing.
#include "services/import_service.hpp"

#include <unordered_set>

#include "core/errors.hpp"
#include "core/record_codigo.hpp"
#include "core/text.hpp"
#include "services/enterprise_service.hpp"
#include "services/reference_checks.hpp"
#include "store/enterprise_codigo.hpp"
#include "store/enterprise_repository.hpp"
#include "store/session_repository.hpp"
#include "store/settings_repository.hpp"
#include "store/user_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

namespace {

constexpr std::size_t kProgressEvery = 500;
constexpr std::size_t kMaxListedProblems = 200;

const char* kCancelled = "Importación cancelada; no se guardó nada.";

void add_problems(std::vector<std::string>& all, const std::string& label,
                  const std::vector<std::string>& problems) {
  for (const auto& p : problems) all.push_back(label + p);
}

void throw_if_any(std::vector<std::string>& problems) {
  if (problems.empty()) return;
  if (problems.size() > kMaxListedProblems) {
    const auto more = problems.size() - kMaxListedProblems;
    problems.resize(kMaxListedProblems);
    problems.push_back("… y " + std::to_string(more) + " problemas más.");
  }
  throw ValidationFailed(problems);
}

void report(const ImportOptions& o, std::size_t done, std::size_t total) {
  if (o.progress && (done % kProgressEvery == 0 || done == total) && !o.progress(done, total))
    throw UserError(kCancelled);
}

void require_any(const Actor& actor, Action a, Action b) {
  if (!allowed(actor.role, a)) require(actor, b);
}

}  // namespace

std::vector<std::int64_t> ImportService::import_enterprises(const Actor& actor,
                                                            std::vector<Enterprise> rows,
                                                            const ImportOptions& options) {
  require(actor, Action::ImportData);
  const std::string prefix = require_prefix(ctx_);
  store::WriteTransaction tx(ctx_.db);
  store::EnterpriseRepository repo(ctx_.sql());
  ReferenceChecks checks(ctx_.sql());
  std::vector<std::vector<std::string>> per_row(rows.size());  // listed in file order
  // Codes compare by codigo_key ("emp-0001" repeats "EMP-0001"); one scan
  // instead of a query per row.
  std::unordered_set<std::string> existing;
  for (const auto& [codigo, id] : repo.ids_by_codigo()) existing.insert(codigo_key(codigo));
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Enterprise& e = rows[i];
    canonicalize_ids(e);
    e.codigo = trim(e.codigo);
    if (e.codigo.empty()) continue;
    if (!seen.insert(codigo_key(e.codigo)).second)
      per_row[i].push_back("codigo: «" + e.codigo + "» aparece más de una vez en el archivo");
    else if (existing.contains(codigo_key(e.codigo)))
      per_row[i].push_back("codigo: ya existe un expediente «" + e.codigo + "»");
  }
  // Generated codes continue each year's sequence and skip codes the file brings.
  std::unordered_map<int, int> next_seq;
  for (auto& e : rows) {
    if (!e.codigo.empty() || e.fecha_ingreso.is_special()) continue;
    const int year = e.fecha_ingreso.year();
    auto [it, fresh] = next_seq.try_emplace(year, 0);
    if (fresh) it->second = repo.next_sequence(prefix, year);
    do {
      e.codigo = store::format_enterprise_codigo(prefix, year, it->second++);
    } while (seen.contains(e.codigo) || existing.contains(e.codigo));
  }
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    add_problems(problems, row_label(options.line_numbers, i), per_row[i]);
    add_problems(problems, row_label(options.line_numbers, i), checks.enterprise_problems(rows[i]));
  }
  throw_if_any(problems);

  const store::Author who = ctx_.author(actor);
  std::vector<std::int64_t> ids;
  ids.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    try {
      repo.insert(who, rows[i]);
    } catch (const ValidationFailed&) {
      throw;
    } catch (const UserError& e) {
      throw UserError(row_label(options.line_numbers, i) + e.what());
    }
    ids.push_back(rows[i].meta.id);
    report(options, i + 1, rows.size());
  }
  tx.commit();
  return ids;
}

std::vector<std::int64_t> ImportService::import_sessions(const Actor& actor,
                                                         std::vector<AdvisorySession> rows,
                                                         const ImportOptions& options) {
  require(actor, Action::ImportData);
  store::WriteTransaction tx(ctx_.db);
  ReferenceChecks checks(ctx_.sql());
  const Date today = ctx_.today();
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < rows.size(); ++i)
    add_problems(problems, row_label(options.line_numbers, i),
                 checks.session_problems(rows[i], today));
  throw_if_any(problems);

  store::SessionRepository repo(ctx_.sql());
  const store::Author who = ctx_.author(actor);
  std::vector<std::int64_t> ids;
  ids.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    try {
      repo.insert(who, rows[i]);
    } catch (const UserError& e) {
      throw UserError(row_label(options.line_numbers, i) + e.what());
    }
    ids.push_back(rows[i].meta.id);
    report(options, i + 1, rows.size());
  }
  tx.commit();
  return ids;
}

std::optional<std::int64_t> ImportService::user_id_by_username(const Actor& actor,
                                                               std::string_view username) {
  require_any(actor, Action::ImportData, Action::ExportData);
  const auto u = store::UserRepository(ctx_.sql()).by_username(username);
  if (!u) return std::nullopt;
  return u->meta.id;
}

std::optional<std::int64_t> ImportService::enterprise_id_by_codigo(const Actor& actor,
                                                                   std::string_view codigo) {
  require_any(actor, Action::ImportData, Action::ExportData);
  return store::EnterpriseRepository(ctx_.sql()).id_by_codigo(codigo);
}

std::unordered_map<std::string, std::int64_t> ImportService::user_ids_by_username(
    const Actor& actor) {
  require_any(actor, Action::ImportData, Action::ExportData);
  return store::UserRepository(ctx_.sql()).ids_by_username();
}

std::unordered_map<std::string, std::int64_t> ImportService::enterprise_ids_by_codigo(
    const Actor& actor) {
  require_any(actor, Action::ImportData, Action::ExportData);
  return store::EnterpriseRepository(ctx_.sql()).ids_by_codigo();
}

std::string ImportService::departamento(const Actor& actor) {
  require_any(actor, Action::ImportData, Action::ExportData);
  return store::SettingsRepository(ctx_.sql()).center().departamento;
}

}  // namespace cdmype::services
