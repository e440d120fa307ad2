// Import of 100,000 enterprises and export of 1,000,000 sessions through the CLI's exchange path,
// each against the sqlite3 shell doing the same file work in the same run.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

#include "bench_database.hpp"
#include "bench_process.hpp"
#include "bench_summary.hpp"
#include "exchange/workspace_exchange.hpp"
#include "services/workspace.hpp"

namespace cdmype::bench {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSqlite3 = "/usr/bin/sqlite3";

// The `sesiones` columns as the exporter writes them, in the exporter's order of rows.
constexpr const char* kSessionsSql =
    "SELECT e.codigo AS empresa, u.username AS asesor, s.fecha, s.duracion_min, s.modalidad,"
    " s.area, s.tema, s.acuerdos FROM advisory_session s"
    " JOIN enterprise e ON e.id = s.enterprise_id JOIN app_user u ON u.id = s.asesor_id"
    " ORDER BY s.fecha, s.enterprise_id, s.id";

struct Fixture {
  BenchDatabase db;
  fs::path dir;           // scratch files of this executable
  fs::path empresas_csv;  // every enterprise of the bench database, written by our exporter
  fs::path empty_center;  // a new center with the bench users and no enterprises
  Actor empty_director;
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void prepare(long enterprises) {
  auto& f = fixture();
  f.db = bench_database(enterprises);
  f.dir = fs::path(CDMYPE_BENCH_DIR) / "exchange";
  fs::create_directories(f.dir);
  f.empresas_csv = f.dir / "empresas.csv";
  {
    auto ws = services::Workspace::open(f.db.path);
    exchange::export_file(ws, f.db.director, "empresas", f.empresas_csv);
  }
  f.empty_center = f.dir / "centro-vacio.db";
  fs::remove(f.empty_center);
  auto ws = services::Workspace::create(f.empty_center);
  f.empty_director = create_bench_center(ws).director;
}

// A fresh copy of the empty center (the database files, WAL included).
fs::path copy_empty_center() {
  const auto& f = fixture();
  const fs::path target = f.dir / "importada.db";
  for (const char* suffix : {"", "-wal", "-shm"}) {
    fs::remove(target.string() + suffix);
    const fs::path from = f.empty_center.string() + suffix;
    if (fs::exists(from)) fs::copy_file(from, target.string() + suffix);
  }
  return target;
}

void BM_ImportEnterprisesCsv(benchmark::State& st) {
  const auto& f = fixture();
  std::size_t records = 0;
  for (auto _ : st) {
    st.PauseTiming();
    const fs::path target = copy_empty_center();
    st.ResumeTiming();
    // As the CLI's `import`: open, import, close (which checkpoints the WAL).
    auto ws = services::Workspace::open(target);
    records = exchange::import_file(ws, f.empty_director, "empresas", f.empresas_csv).records;
  }
  st.counters["records"] = static_cast<double>(records);
}
BENCHMARK(BM_ImportEnterprisesCsv)->Unit(benchmark::kMillisecond)->Iterations(2);

// Child processes: wall time is set by hand, their CPU time goes in a counter.
void report_process(benchmark::State& st, const ProcessTimes& t, double& cpu_total) {
  st.SetIterationTime(t.wall_ms / 1e3);
  cpu_total += t.cpu_ms;
}

void BM_Sqlite3ImportCsv(benchmark::State& st) {
  const auto& f = fixture();
  const fs::path plain = f.dir / "plana.db";
  double cpu_total = 0;
  for (auto _ : st) {
    fs::remove(plain);
    report_process(st,
                   run_process({kSqlite3, "-csv", plain.string(),
                                ".import '" + f.empresas_csv.string() + "' empresas"}),
                   cpu_total);
  }
  st.counters["child_cpu_ms"] = cpu_total / static_cast<double>(st.iterations());
}
BENCHMARK(BM_Sqlite3ImportCsv)->Unit(benchmark::kMillisecond)->Iterations(2)->UseManualTime();

// A second reference: the sqlite3 shell putting the same rows into a copy
// of the same empty center (indexes, full-text index, triggers), with no
// validation and no audit entries: what the schema alone costs.
constexpr const char* kIntoSchemaSql =
    "INSERT INTO enterprise (uuid, codigo, nombre, forma_juridica, titular_nombre, titular_dui,"
    " titular_sexo, titular_fecha_nacimiento, titular_retornado, titular_discapacidad, socias,"
    " socios, sector, distrito_id, zona, empleados_mujeres, empleados_hombres,"
    " ventas_anuales_centavos, nit, nrc, fecha_ingreso, asesor_id, fuente, estado, created_at,"
    " updated_at) SELECT lower(hex(randomblob(16))), codigo, nombre, forma_juridica,"
    " titular_nombre, NULLIF(titular_dui, ''), titular_sexo,"
    " NULLIF(titular_fecha_nacimiento, ''), retornado = 'si', discapacidad = 'si',"
    " CAST(socias AS INTEGER), CAST(socios AS INTEGER), sector,"
    " COALESCE((SELECT id FROM distrito d WHERE d.nombre = p.distrito),"
    "  (SELECT id FROM distrito d WHERE d.nombre || ', ' || d.departamento = p.distrito)), zona,"
    " CAST(empleados_mujeres AS INTEGER), CAST(empleados_hombres AS INTEGER),"
    " CAST(ROUND(ventas_anuales * 100) AS INTEGER), NULLIF(nit, ''), NULLIF(nrc, ''),"
    " fecha_ingreso, (SELECT id FROM app_user u WHERE u.username = p.asesor), fuente, 'activa',"
    " '2026-11-23T10:00:00', '2026-11-23T10:00:00' FROM temp.empresas p";

void BM_Sqlite3IntoSchema(benchmark::State& st) {
  const auto& f = fixture();
  double cpu_total = 0;
  for (auto _ : st) {
    st.PauseTiming();
    const fs::path target = copy_empty_center();
    st.ResumeTiming();
    report_process(
        st,
        run_process({kSqlite3, target.string(), "PRAGMA cache_size = -65536",
                     ".import --csv --schema temp '" + f.empresas_csv.string() + "' empresas",
                     "BEGIN", kIntoSchemaSql, "COMMIT"}),
        cpu_total);
  }
  st.counters["child_cpu_ms"] = cpu_total / static_cast<double>(st.iterations());
}
BENCHMARK(BM_Sqlite3IntoSchema)->Unit(benchmark::kMillisecond)->Iterations(1)->UseManualTime();

void BM_ExportSessionsCsv(benchmark::State& st) {
  auto& f = fixture();
  auto ws = services::Workspace::open(f.db.path);
  const fs::path out = f.dir / "sesiones.csv";
  std::size_t records = 0;
  for (auto _ : st) records = exchange::export_file(ws, f.db.director, "sesiones", out);
  st.counters["records"] = static_cast<double>(records);
  st.counters["bytes"] = static_cast<double>(fs::file_size(out));
}
BENCHMARK(BM_ExportSessionsCsv)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_Sqlite3ExportCsv(benchmark::State& st) {
  const auto& f = fixture();
  const fs::path out = f.dir / "sesiones-sqlite3.csv";
  double cpu_total = 0;
  for (auto _ : st)
    report_process(
        st, run_process({kSqlite3, "-csv", "-header", f.db.path.string(), kSessionsSql}, out),
        cpu_total);
  st.counters["child_cpu_ms"] = cpu_total / static_cast<double>(st.iterations());
  st.counters["bytes"] = static_cast<double>(fs::file_size(out));
}
BENCHMARK(BM_Sqlite3ExportCsv)->Unit(benchmark::kMillisecond)->Iterations(2)->UseManualTime();

void print_exchange_summary(const ResultsView& r) {
  const auto compare = [&](const char* ours, const char* theirs, const char* what,
                           const char* baseline) {
    const double base_ms = r.ms(theirs), base_cpu = r.counter(theirs, "child_cpu_ms");
    const double ms = r.ms(ours), cpu = r.cpu(ours);
    table_row(format("%s (referencia)", baseline),
              format("%.0f ms (%.0f ms CPU)", base_ms, base_cpu), "—");
    table_row(what,
              format("%.0f ms (%.0f ms CPU) = %.2f× la referencia (%.2f× en tiempo real)", ms, cpu,
                     cpu / base_cpu, ms / base_ms),
              format("≤ 2× %s", mark(base_cpu > 0 && cpu / base_cpu <= 2.0)));
  };
  compare("BM_ImportEnterprisesCsv", "BM_Sqlite3ImportCsv",
          format("import empresas: %.0f empresas (lectura, validación, guardado)",
                 r.counter("BM_ImportEnterprisesCsv", "records"))
              .c_str(),
          "sqlite3 .import del mismo CSV en una tabla simple");
  const double schema_cpu = r.counter("BM_Sqlite3IntoSchema", "child_cpu_ms");
  const double import_cpu = r.cpu("BM_ImportEnterprisesCsv");
  table_row(
      "sqlite3: las mismas filas en el esquema del centro (índices, texto completo, "
      "disparadores), sin validar ni auditar",
      format("%.0f ms (%.0f ms CPU); import empresas = %.2f× esto", r.ms("BM_Sqlite3IntoSchema"),
             schema_cpu, import_cpu / schema_cpu),
      "— (explica la diferencia)");
  compare("BM_ExportSessionsCsv", "BM_Sqlite3ExportCsv",
          format("export sesiones: %.0f sesiones, %.1f MB",
                 r.counter("BM_ExportSessionsCsv", "records"),
                 r.counter("BM_ExportSessionsCsv", "bytes") / 1e6)
              .c_str(),
          "sqlite3 -csv de las mismas columnas y orden");
}

}  // namespace
}  // namespace cdmype::bench

int main(int argc, char** argv) {
  using namespace cdmype::bench;
  benchmark::Initialize(&argc, argv);
  const long enterprises = enterprises_from_env(100000);
  prepare(enterprises);
  run_and_summarize([](const SummaryReporter& reporter) {
    const auto& f = fixture();
    table_note("Intercambio CSV: base de " + std::to_string(f.db.enterprises) + " empresas y " +
               std::to_string(f.db.sessions) + " sesiones; sqlite3 " + kSqlite3 + ".");
    table_header();
    print_exchange_summary(ResultsView(reporter.results()));
  });
  return 0;
}
