// Eight seats at once for 60 s, as eight processes each with its own connection, on a fresh
// center (a new SQLite file, or a new database on the server CDMYPE_BENCH_SERVER names): nothing
// lost, no "ocupada", every stale edit refused, the audit chain intact, the AT fund never
// overdrawn; write latency p50/p95/max per kind of write.
//
// Usage: cdmype_seats_bench [--seconds N] [--fund-ats N]
// (a seat is the same program: --seat N --source SRC --seconds S --start-ms T --out FILE)
#include "seats_bench.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "bench_database.hpp"
#include "bench_summary.hpp"
#include "bench_timing.hpp"
#include "core/territory.hpp"
#include "services/workspace.hpp"
#include "store/audit_chain.hpp"
#include "store/sql/statement.hpp"
#include "support/center_copies.hpp"
#include "support/center_setup.hpp"
#include "support/temp_dir.hpp"
#include "support/test_pg_connection.hpp"

namespace cdmype::bench::seats {
namespace {

namespace fs = std::filesystem;

constexpr int kEnterprises = 200;
constexpr const char* kServerDatabase = "cdmype_seats_bench";

struct Options {
  double seconds = 60;
  // ATs of kAtCostCents the fund holds; 0: 20 per second of the run, which the seats use up
  // within the first third of it on either engine (measured: 60-200 approvals asked per second).
  int fund_ats = 0;
};

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

// The same server URI naming another database: postgresql://host/OLD?… → postgresql://host/NEW?…
std::string with_database(const std::string& uri, const std::string& name) {
  const auto authority = uri.find("://");
  if (authority == std::string::npos) throw std::runtime_error("URI de servidor no válida: " + uri);
  const auto query = uri.find('?', authority + 3);
  const auto slash = uri.find('/', authority + 3);
  const std::string head = uri.substr(0, std::min(slash, query));
  const std::string tail = query == std::string::npos ? "" : uri.substr(query);
  return head + "/" + name + tail;
}

// A fresh, empty place for the run's center: a file in `dir`, or kServerDatabase dropped and
// created again on the server CDMYPE_BENCH_SERVER names (from its "postgres" database).
store::DataSource fresh_source(const fs::path& dir) {
  const char* server = std::getenv("CDMYPE_BENCH_SERVER");
  if (!server || !*server) return store::DataSource(dir / "centro.db");
  testing_support::PgTestConnection admin(with_database(server, "postgres"));
  if (admin.value("SELECT 1 FROM pg_database WHERE datname = $1", {kServerDatabase}))
    admin.exec(std::string("DROP DATABASE ") + kServerDatabase + " WITH (FORCE)");
  admin.exec(std::string("CREATE DATABASE ") + kServerDatabase);
  return store::DataSource::parse(with_database(server, kServerDatabase));
}

// The enterprises every seat works on: mixed sex and zone (so subsidies are 90 % and 95 %),
// spread over the eight asesores, entered three months ago.
std::vector<Enterprise> enterprises(const std::vector<std::int64_t>& asesores) {
  const int citala = Territory::el_salvador().by_name("Citalá").front()->id;
  std::vector<Enterprise> rows;
  for (int i = 0; i < kEnterprises; ++i) {
    Enterprise e;
    e.nombre = "Panadería Niño " + std::to_string(i + 1);
    e.titular.nombre = i % 2 ? "Rosa Peña" : "Julio Cortez";
    e.titular.sexo = i % 2 ? Sexo::Mujer : Sexo::Hombre;
    e.titular.fecha_nacimiento = parse_iso_date("1985-04-12");
    e.sector = Sector::Agroindustria;
    e.distrito_id = citala;
    e.zona = i % 3 ? Zona::Urbana : Zona::Rural;
    e.fecha_ingreso = today() - boost::gregorian::days(90);
    e.asesor_id = asesores[static_cast<std::size_t>(i) % asesores.size()];
    e.fuente = Fuente::Cdmype;
    e.estado = EstadoEmpresa::Activa;
    e.ventas_anuales = Money::from_cents(1'250'000);
    rows.push_back(e);
  }
  return rows;
}

// The run's center: admin, directora, asesor1…8 and compras, the enterprises and the year's
// AT fund. Returns the shared files' versions before the run.
std::vector<std::int64_t> create_center(const store::DataSource& source, int year, int fund_ats) {
  auto ws = services::Workspace::create(source);
  const BenchCenter center = create_bench_center(ws);
  const Actor admin = testing_support::stored_account(ws.database().connection(), "admin");
  testing_support::add_account(ws, admin, {"compras", "Lucía Cortez", Role::Compras}, kPassword);
  const auto ids = ws.imports().import_enterprises(center.director, enterprises(center.asesores));
  ws.budgets().set(center.director,
                   AtBudget{year, Money::from_cents(kAtCostCents * fund_ats), kDefaultConamypeBp});
  std::vector<std::int64_t> versions;
  for (int f = 0; f < kSharedFiles; ++f)
    versions.push_back(ws.enterprises().get(center.director, ids[f])->meta.version);
  return versions;
}

// Starts the eight seats (this program again) and waits for them; false if any failed.
bool run_seats(const store::DataSource& source, const Options& o, const fs::path& dir) {
  const std::string self = fs::read_symlink("/proc/self/exe").string();
  const std::string where = source.is_file() ? source.file().string() : source.uri();
  const auto start = std::chrono::system_clock::now() + std::chrono::seconds(3);
  const auto start_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(start.time_since_epoch()).count();
  std::vector<pid_t> pids;
  for (int n = 1; n <= kSeats; ++n) {
    std::vector<std::string> args{self,
                                  "--seat",
                                  std::to_string(n),
                                  "--source",
                                  where,
                                  "--seconds",
                                  std::to_string(o.seconds),
                                  "--start-ms",
                                  std::to_string(start_ms),
                                  "--out",
                                  (dir / ("puesto-" + std::to_string(n) + ".txt")).string()};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork falló");
    if (pid == 0) {
      execv(self.c_str(), argv.data());
      _exit(127);
    }
    pids.push_back(pid);
  }
  bool all_ok = true;
  for (const pid_t pid : pids) {
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
      all_ok = false;
  }
  return all_ok;
}

struct Check {
  std::string what, detail;
  bool ok = false;
};

std::int64_t scalar(store::Connection& c, const char* sql) {
  return store::query_int64(c, sql).value_or(0);
}

std::vector<Check> verify(const store::DataSource& source, const SeatReport& r, int year,
                          const std::vector<std::int64_t>& versions_before, bool seats_ok) {
  auto ws = services::Workspace::open(source);
  auto& c = ws.database().connection();
  const Actor director = testing_support::stored_account(c, "directora");
  std::vector<Check> checks;
  auto add = [&](std::string what, std::string detail, bool ok) {
    checks.push_back({std::move(what), std::move(detail), ok});
  };
  add("Los 8 procesos terminaron bien", seats_ok ? "sí" : "alguno falló", seats_ok);

  const auto rows = scalar(c, "SELECT COUNT(*) FROM advisory_session");
  add("Sesiones guardadas = filas en la base",
      format("%lld = %lld", static_cast<long long>(r.count("sesiones")),
             static_cast<long long>(rows)),
      rows == r.count("sesiones"));

  // Files: one version per successful save, each save based on the version before it.
  std::int64_t edits = 0, stale = 0;
  bool versions_ok = true, bases_ok = true;
  std::string detail;
  store::Statement ids(c, "SELECT id FROM enterprise ORDER BY id LIMIT 3");
  for (int f = 0; f < kSharedFiles && ids.step(); ++f) {
    const auto ok = r.count("ediciones." + std::to_string(f));
    edits += ok;
    stale += r.count("obsoletas." + std::to_string(f));
    const auto version = ws.enterprises().get(director, ids.int64("id"))->meta.version;
    versions_ok = versions_ok && version == versions_before[f] + ok;
    auto bases = r.edit_bases[f];
    std::sort(bases.begin(), bases.end());
    for (std::size_t i = 0; i < bases.size(); ++i)
      bases_ok = bases_ok && bases[i] == versions_before[f] + static_cast<std::int64_t>(i);
    detail += format("%sficha %d: versión %lld = %lld + %lld", f ? "; " : "", f + 1,
                     static_cast<long long>(version), static_cast<long long>(versions_before[f]),
                     static_cast<long long>(ok));
  }
  add("Cada ficha: versión = inicial + ediciones guardadas", detail, versions_ok);
  add("Ediciones obsoletas rechazadas (ninguna guardada sobre otra)",
      format("%lld rechazadas, %lld guardadas; cada guardada partió de la versión vigente: %s",
             static_cast<long long>(stale), static_cast<long long>(edits), bases_ok ? "sí" : "no"),
      bases_ok && stale > 0);

  const auto requested = scalar(c, "SELECT COUNT(*) FROM technical_assistance");
  const auto approved = scalar(
      c, "SELECT COUNT(*) FROM technical_assistance WHERE estado IN ('aprobada', 'contratada')");
  const auto contracted =
      scalar(c, "SELECT COUNT(*) FROM technical_assistance WHERE estado = 'contratada'");
  add("AT solicitadas, aprobadas y contratadas = filas",
      format("%lld/%lld/%lld = %lld/%lld/%lld", static_cast<long long>(r.count("solicitudes")),
             static_cast<long long>(r.count("aprobadas")),
             static_cast<long long>(r.count("contratadas")), static_cast<long long>(requested),
             static_cast<long long>(approved), static_cast<long long>(contracted)),
      requested == r.count("solicitudes") && approved == r.count("aprobadas") &&
          contracted == r.count("contratadas"));

  const auto f = ws.budgets().figures(director, year);
  const Money fondo = f.fondo.value_or(Money{});
  const bool within = f.fondo && f.committed.cents <= fondo.cents && f.remaining &&
                      f.remaining->cents >= 0 && f.committed.cents == r.count("subsidio_centavos");
  add("Fondo AT nunca sobregirado",
      format("comprometido %s de %s (queda %s; suma de subsidios aprobados %s)",
             format_money(f.committed).c_str(), format_money(fondo).c_str(),
             format_money(f.remaining.value_or(Money{})).c_str(),
             format_money(Money::from_cents(r.count("subsidio_centavos"))).c_str()),
      within);
  add("El fondo se agotó durante la prueba (aprobaciones rechazadas por «excede el fondo»)",
      std::to_string(r.count("excede_fondo")), r.count("excede_fondo") > 0);

  const auto provider =
      scalar(c, "SELECT COALESCE(SUM(pago_proveedor_centavos), 0) FROM technical_assistance");
  const auto copay =
      scalar(c, "SELECT COALESCE(SUM(aporte_recibido_centavos), 0) FROM technical_assistance");
  add("Pagos registrados = sumas en la base",
      format("%lld pagos: proveedor %s = %s, aporte %s = %s",
             static_cast<long long>(r.count("pagos")),
             format_money(Money::from_cents(r.count("pago_proveedor_centavos"))).c_str(),
             format_money(Money::from_cents(provider)).c_str(),
             format_money(Money::from_cents(r.count("aporte_centavos"))).c_str(),
             format_money(Money::from_cents(copay)).c_str()),
      provider == r.count("pago_proveedor_centavos") && copay == r.count("aporte_centavos") &&
          r.count("pagos") > 0);

  const auto chain_break = store::first_audit_chain_break(c);
  add("Cadena de auditoría intacta",
      chain_break ? format("rota en la fila %lld", static_cast<long long>(chain_break->id))
                  : format("%lld filas",
                           static_cast<long long>(scalar(c, "SELECT COUNT(*) FROM audit_log"))),
      !chain_break);
  add("Mensajes «ocupada»/«locked»", std::to_string(r.count("ocupada")), r.count("ocupada") == 0);
  add("Otros errores inesperados", std::to_string(r.unexpected.size()), r.unexpected.empty());
  return checks;
}

std::string latency_text(const std::vector<double>& ms) {
  const auto slow = std::count_if(ms.begin(), ms.end(), [](double v) { return v > 1000; });
  return format("%zu; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, máximo %.1f ms; %ld de más de 1 s",
                ms.size(), percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99),
                percentile(ms, 1.0), static_cast<long>(slow));
}

void print_summary(const std::string& where, const Options& o, const SeatReport& r,
                   const std::vector<Check>& checks, const std::string& load_before) {
  std::vector<double> all;
  for (const auto& k : r.latency_ms) all.insert(all.end(), k.begin(), k.end());
  table_note(
      format("Ocho puestos a la vez (procesos, cada uno con su conexión), %.0f s en %s; "
             "%d empresas; carga media antes %s, después %s.",
             o.seconds, where.c_str(), kEnterprises, load_before.c_str(), load_average().c_str()));
  table_header();
  table_row("Escrituras de los 8 puestos (todas, rechazos incluidos)",
            latency_text(all) +
                format("; %.1f escrituras/s", static_cast<double>(all.size()) / o.seconds),
            "p95 informado");
  for (int k = 0; k < kWriteKinds; ++k)
    table_row(format("— %s", write_label(static_cast<Write>(k))), latency_text(r.latency_ms[k]),
              "—");
  for (const auto& c : checks) table_row(c.what, c.detail, mark(c.ok));
  for (std::size_t i = 0; i < r.unexpected.size() && i < 20; ++i)
    std::printf("Error inesperado: %s\n", r.unexpected[i].c_str());
}

int run_parent(const Options& o) {
  const fs::path dir = testing_support::make_temp_dir("cdmype-puestos");
  const store::DataSource source = fresh_source(dir);
  const int year = today().year();
  const int fund_ats = o.fund_ats > 0 ? o.fund_ats : std::max(8, static_cast<int>(20 * o.seconds));
  std::fprintf(stderr, "Creando el centro (%d empresas, fondo para %d AT) en %s…\n", kEnterprises,
               fund_ats, source.display().c_str());
  const auto versions = create_center(source, year, fund_ats);
  const std::string load_before = load_average();
  std::fprintf(stderr, "Ocho puestos escribiendo durante %.0f s…\n", o.seconds);
  const bool seats_ok = run_seats(source, o, dir);
  SeatReport total;
  for (int n = 1; n <= kSeats; ++n)
    total.add(read_report(dir / ("puesto-" + std::to_string(n) + ".txt")));
  const auto checks = verify(source, total, year, versions, seats_ok);
  std::string where;
  {
    auto ws = services::Workspace::open(source);
    where = ws.database().connection().describe();
  }
  print_summary(where, o, total, checks, load_before);
  bool all_ok = true;
  for (const auto& c : checks) all_ok = all_ok && c.ok;
  std::printf("\n%s\n",
              all_ok ? "Todas las comprobaciones se cumplen." : "Alguna comprobación falló.");
  if (all_ok) {
    fs::remove_all(dir);
  } else {
    std::printf("Los informes de los puestos%s quedan en %s\n",
                source.is_file() ? " y la base" : "", dir.string().c_str());
  }
  return all_ok ? 0 : 1;
}

}  // namespace
}  // namespace cdmype::bench::seats

int main(int argc, char** argv) {
  using namespace cdmype::bench::seats;
  Options o;
  SeatArgs seat;
  bool is_seat = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--seconds") {
      o.seconds = seat.seconds = std::atof(value.c_str());
    } else if (flag == "--fund-ats") {
      o.fund_ats = std::atoi(value.c_str());
    } else if (flag == "--seat") {
      is_seat = true;
      seat.seat = std::atoi(value.c_str());
    } else if (flag == "--source") {
      seat.source = cdmype::store::DataSource::parse(value);
    } else if (flag == "--start-ms") {
      seat.start_ms = std::atoll(value.c_str());
    } else if (flag == "--out") {
      seat.out = value;
    } else {
      std::fprintf(stderr, "uso: %s [--seconds N] [--fund-ats N]\n", argv[0]);
      return 2;
    }
  }
  if (o.seconds <= 0) {
    std::fprintf(stderr, "--seconds debe ser mayor que 0\n");
    return 2;
  }
  try {
    return is_seat ? run_seat(seat) : run_parent(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "Error: %s\n", e.what());
    return 1;
  }
}
