// Shared fixture for store/service tests: a temp dir, a settable clock and a ready center database.
#pragma once
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "core/enterprise.hpp"
#include "core/territory.hpp"
#include "services/workspace.hpp"
#include "store/clock.hpp"
#include "store/sql/statement.hpp"
#include "support/center_copies.hpp"
#include "support/temp_dir.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::testing_support {

namespace fs = std::filesystem;

inline constexpr const char* kPassword = "clave-segura-2026";

// Time stands still unless a test moves it.
struct FakeClock {
  store::TimePoint now = *store::parse_iso_utc("2026-10-15T15:00:00Z");
  store::Clock clock() {
    return [this] { return now; };
  }
  void advance(std::chrono::seconds s) { now += s; }
  void advance_days(int days) { now += std::chrono::hours(24 * days); }
};

inline int distrito_id(const std::string& name) {
  const auto found = Territory::el_salvador().by_name(name);
  if (found.empty()) throw std::runtime_error("distrito desconocido en la prueba: " + name);
  return found.front()->id;
}

// A DUI with the right check digit: weights 9..2 over the 8 digits.
inline std::string make_dui(int n) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "%08d", (n < 0 ? -n : n) % 100000000);
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (digits[i] - '0') * (9 - i);
  return std::string(digits) + "-" + std::to_string((10 - sum % 10) % 10);
}

inline int file_mode(const fs::path& p) {
  return static_cast<int>(fs::status(p).permissions() & fs::perms::all);
}

// Ids of the accounts in the template database.
struct Accounts {
  Actor admin, directora, asesor1, asesor2, consulta;
};

// The center database, built once per test binary build (cached in the build
// tree across ctest's one-process-per-test runs); tests work on copies, so
// each starts clean without paying for five Argon2id hashes.
const fs::path& template_database();
const Accounts& template_accounts();
// The same recipe in an empty database (the PostgreSQL template is built with it).
void build_store_center(const store::DataSource& source);
// The accounts as stored in an open center of that recipe.
Accounts read_accounts(store::Connection& c);

// The run's engine decides where a test's center lives (support/test_postgresql.hpp).
inline constexpr const char* kStoreTemplateName = "cdmype_plantilla_store";

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing_on_postgresql()) {
      server_copy.emplace(kStoreTemplateName, build_store_center);
      source = server_copy->source();
    } else {
      db_path = dir / "centro.db";
      fs::copy_file(template_database(), db_path);
      source = db_path;
    }
    ws.emplace(services::Workspace::open(source, clock.clock()));
    const auto a = read_accounts(sql());
    admin = a.admin;
    directora = a.directora;
    asesor1 = a.asesor1;
    asesor2 = a.asesor2;
    consulta = a.consulta;
  }

  // A valid persona_natural file in Citalá (rural), assigned to asesor1.
  Enterprise enterprise(const std::string& nombre, const std::string& titular,
                        Sexo sexo = Sexo::Mujer, const std::string& dui = "") const {
    Enterprise e;
    e.nombre = nombre;
    e.titular.nombre = titular;
    e.titular.sexo = sexo;
    e.titular.dui = dui;
    e.titular.fecha_nacimiento = parse_iso_date("1990-05-20");
    e.sector = Sector::Agroindustria;
    e.distrito_id = distrito_id("Citalá");
    e.zona = Zona::Rural;
    e.fecha_ingreso = *parse_iso_date("2026-03-10");
    e.asesor_id = asesor1.user_id;
    e.fuente = Fuente::Cdmype;
    e.estado = EstadoEmpresa::Activa;
    e.ventas_anuales = Money::from_cents(1'250'000);
    return e;
  }

  AdvisorySession session_for(std::int64_t enterprise_id, const Actor& asesor) const {
    AdvisorySession s;
    s.enterprise_id = enterprise_id;
    s.asesor_id = asesor.user_id;
    s.fecha = *parse_iso_date("2026-10-14");
    s.duracion_min = 90;
    s.modalidad = Modalidad::PresencialEmpresa;
    s.area = Area::AsesoriaEmpresarial;
    s.tema = "Costos de producción del café de altura";
    s.acuerdos = "Llevar registro de gastos en cuaderno";
    return s;
  }

  Enterprise create(const std::string& nombre, const std::string& titular, Sexo sexo = Sexo::Mujer,
                    const std::string& dui = "") {
    return ws->enterprises().create(asesor1, enterprise(nombre, titular, sexo, dui));
  }

  store::Connection& sql() { return ws->database().connection(); }
  SQLite::Database& sqlite() { return ws->database().sqlite(); }
  std::int64_t scalar(const std::string& query) {
    return store::query_int64(sql(), query).value_or(0);
  }
  bool on_postgresql() const { return source.engine() == store::Engine::PostgreSQL; }

  TempDir dir;
  FakeClock clock;
  fs::path db_path;  // the SQLite file (empty on PostgreSQL)
  store::DataSource source;  // where this test's center is, on either engine
  std::optional<PostgresCenterCopy> server_copy;
  std::optional<services::Workspace> ws;
  Actor admin, directora, asesor1, asesor2, consulta;
};

// Tests of what only an SQLite file has (the online backup, restoring a file,
// pragmas, the sqlite3 shell): skipped, saying so, in the PostgreSQL run,
// whose server has its own nightly dump (installer/server, tests/server).
class SqliteFileTest : public StoreTest {
 protected:
  void SetUp() override {
    if (testing_on_postgresql())
      GTEST_SKIP() << "Solo para un archivo SQLite (en el servidor lo hace installer/server).";
    StoreTest::SetUp();
  }
};

}  // namespace cdmype::testing_support
