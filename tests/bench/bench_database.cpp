// bench_database: a slice of the national demo data stored with the import service, plus goals.
#include "bench_database.hpp"

#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "demo/demo_data.hpp"
#include "services/workspace.hpp"
#include "store/center_copy.hpp"
#include "store/database.hpp"
#include "store/sql/statement.hpp"
#include "support/center_setup.hpp"

namespace cdmype::bench {
namespace {

constexpr const char* kPassword = "bench-cdmype-2026";
constexpr int kAsesores = 8;

YearMonth previous_month(const Date& d) {
  const int y = d.year(), m = d.month();
  return m == 1 ? YearMonth{y - 1, 12} : YearMonth{y, m - 1};
}

void build(const std::filesystem::path& path, long wanted) {
  std::fprintf(stderr, "Generando la base de prueba (%ld empresas) en %s…\n", wanted,
               path.string().c_str());
  const demo::DemoData data = demo::generate(demo::Scale::National, today());
  const long stride = std::max<long>(1, static_cast<long>(data.enterprises.size()) / wanted);

  auto ws = services::Workspace::create(path);
  const BenchCenter center = create_bench_center(ws);
  const Actor& director = center.director;
  const auto& asesores = center.asesores;

  std::vector<Enterprise> enterprises;
  std::unordered_map<std::size_t, std::size_t> kept;  // demo index → position in `enterprises`
  for (std::size_t i = 0;
       i < data.enterprises.size() && static_cast<long>(enterprises.size()) < wanted;
       i += static_cast<std::size_t>(stride)) {
    kept[i] = enterprises.size();
    enterprises.push_back(data.enterprises[i].record);
    enterprises.back().asesor_id = asesores[data.enterprises[i].asesor_index % kAsesores];
  }
  const auto ids = ws.imports().import_enterprises(director, std::move(enterprises));
  std::vector<AdvisorySession> sessions;
  for (const auto& s : data.sessions) {
    const auto it = kept.find(s.enterprise_index);
    if (it == kept.end()) continue;
    sessions.push_back(s.record);
    sessions.back().enterprise_id = ids[it->second];
    sessions.back().asesor_id = asesores[s.asesor_index % kAsesores];
  }
  ws.imports().import_sessions(director, std::move(sessions));

  // A year's plan, so the goals' year-to-date aggregates run too.
  const int year = previous_month(today()).year;
  auto goals = ws.goals();
  goals.set(director, year, "empresas_atendidas", wanted / 2);
  goals.set(director, year, "empresas_mujer", wanted / 4);
  goals.set(director, year, "empresas_nuevas", wanted / 10);
  goals.set(director, year, "sesiones", wanted * 4);
  goals.set(director, year, "horas", wanted * 4);
  goals.set(director, year, "asistencias_tecnicas", 100);
}

long count(store::Connection& db, const char* table) {
  return static_cast<long>(store::query_int64(db, std::string("SELECT COUNT(*) FROM ") + table)
                               .value_or(0));
}

// The server's copy of the cached file, made once (copy_center into an empty
// database: the same copy `cdmype-cli copy-to` makes, without the moved marker).
store::DataSource server_copy(const std::filesystem::path& file, const std::string& uri) {
  const store::DataSource server = store::DataSource::parse(uri);
  store::Database target(server, store::OpenMode::CreateIfMissing);
  if (count(target.connection(), "enterprise") > 0) return server;
  std::fprintf(stderr, "Copiando la base de prueba al servidor %s…\n", uri.c_str());
  store::Database from(file);
  store::copy_center(from.connection(), target.connection(), {});
  return server;
}

}  // namespace

long enterprises_from_env(long fallback) {
  const char* n = std::getenv("CDMYPE_BENCH_ENTERPRISES");
  return n && std::atol(n) > 0 ? std::atol(n) : fallback;
}

BenchCenter create_bench_center(services::Workspace& ws) {
  // Fixed usernames, so a file exported from one bench center imports into another.
  static const char* const kNames[kAsesores] = {
      "Ana Lucía Citalá", "José Peña Ramos",  "Marta Niño López",   "René Orellana",
      "Sofía Menjívar",   "Óscar Hernández", "Rocío Alvarado Díaz", "Julián Martínez"};
  testing_support::CenterSpec spec;
  spec.operator_name = "Asociación de Municipios Cayaguanca";
  spec.admin_full_name = "Soporte Informático";
  spec.password = kPassword;
  spec.accounts = {testing_support::kDirectora};
  for (int i = 1; i <= kAsesores; ++i)
    spec.accounts.push_back({"asesor" + std::to_string(i), kNames[i - 1], Role::Asesor});
  const auto people = testing_support::create_center(ws, spec);
  BenchCenter c;
  c.director = people.at("directora");
  for (std::size_t i = 1; i < people.accounts.size(); ++i)
    c.asesores.push_back(people.accounts[i].user_id);
  return c;
}

BenchDatabase bench_database(long enterprises) {
  BenchDatabase b;
  b.path =
      std::filesystem::path(CDMYPE_BENCH_DIR) / ("bench-" + std::to_string(enterprises) + ".db");
  if (!std::filesystem::exists(b.path)) build(b.path, enterprises);
  const char* server = std::getenv("CDMYPE_BENCH_SERVER");
  b.source = server && *server ? server_copy(b.path, server) : store::DataSource(b.path);
  auto ws = services::Workspace::open(b.source);
  b.director = ws.auth().sign_in("directora", kPassword);
  // The last complete month of the data (the data ends on the day it was made).
  store::Statement q(ws.database().connection(), "SELECT MAX(fecha) AS last FROM advisory_session");
  q.step();
  b.month = previous_month(parse_iso_date(q.text("last")).value_or(today()));
  b.enterprises = count(ws.database().connection(), "enterprise");
  b.sessions = count(ws.database().connection(), "advisory_session");
  return b;
}

}  // namespace cdmype::bench
