// Report tests over a real database: a small center built through the services, with a settable
// clock.
#pragma once
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "core/territory.hpp"
#include "report_test_support.hpp"
#include "services/workspace.hpp"
#include "store/clock.hpp"
#include "store/sql/statement.hpp"
#include "support/center_copies.hpp"
#include "support/center_setup.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::report::testing {

inline constexpr const char* kPassword = "clave-informe-2028";

struct FixtureClock {
  store::TimePoint now = *store::parse_iso_utc("2028-04-10T15:00:00Z");
  store::Clock clock() {
    return [this] { return now; };
  }
};

struct FixtureAccounts {
  Actor admin, directora, asesor, consulta;
};

// The empty center database (accounts only), built once per test process:
// Argon2id hashing of four passwords is the slow part.
class CenterTemplate {
 public:
  static const CenterTemplate& get() {
    static const CenterTemplate t;
    return t;
  }
  std::filesystem::path path;

 private:
  CenterTemplate() {
    path = dir_.path() / "plantilla.db";
    if (testing_support::testing_on_postgresql()) return;  // a template database instead
    build(path);
  }

 public:
  // The recipe, in an empty database of either engine.
  static testing_support::CenterActors build(const store::DataSource& source) {
    FixtureClock clock;
    auto ws = services::Workspace::create(source, clock.clock());
    testing_support::CenterSpec spec;
    spec.operator_name = "Asociación de Municipios Cayaguanca";
    spec.paper_size = "A4";
    spec.password = kPassword;
    spec.accounts = {testing_support::kDirectora, testing_support::kAsesor1,
                     testing_support::kConsulta};
    return testing_support::create_center(ws, spec);
  }

 private:
  TempDir dir_;
};

class ReportDbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing_support::testing_on_postgresql()) {
      server_copy.emplace("cdmype_plantilla_informe",
                          [](const store::DataSource& s) { (void)CenterTemplate::build(s); });
      source = server_copy->source();
    } else {
      db_path = dir.path() / "centro.db";
      std::filesystem::copy_file(CenterTemplate::get().path, db_path);
      source = db_path;
    }
    ws.emplace(services::Workspace::open(source, clock.clock()));
    directora = account("directora", Role::Director);
    asesor = account("asesor1", Role::Asesor);
    consulta = account("consulta", Role::Consulta);
  }

  Actor account(const char* username, Role role) {
    store::Statement q(ws->database().connection(),
                       "SELECT id FROM app_user WHERE username = :u");
    q.bind("u", username);
    if (!q.step()) throw std::runtime_error(std::string("falta la cuenta ") + username);
    return Actor{q.int64("id"), username, role};
  }

  struct NewEnterprise {
    std::string nombre;
    Sexo sexo = Sexo::Mujer;
    Zona zona = Zona::Rural;
    std::string ingreso;  // ISO
    std::string nacimiento = "1980-01-01";
    FormaJuridica forma = FormaJuridica::PersonaNatural;
    int socias = 0, socios = 0;
    std::string distrito = "Citalá";
    std::int64_t ventas_centavos = 0;  // with empleados 0: size sin_datos
    int empleadas = 0;
    int empleados = 0;
  };

  std::int64_t enterprise(const NewEnterprise& n) {
    Enterprise e;
    e.nombre = n.nombre;
    e.forma_juridica = n.forma;
    e.titular.nombre = "Titular de " + n.nombre;
    e.titular.sexo = n.sexo;
    e.titular.fecha_nacimiento = parse_iso_date(n.nacimiento);
    e.socias = n.socias;
    e.socios = n.socios;
    e.sector = Sector::Agroindustria;
    e.distrito_id = Territory::el_salvador().by_name(n.distrito).front()->id;
    e.zona = n.zona;
    e.fecha_ingreso = *parse_iso_date(n.ingreso);
    e.asesor_id = asesor.user_id;
    e.ventas_anuales = Money::from_cents(n.ventas_centavos);
    e.empleados_mujeres = n.empleadas;
    e.empleados_hombres = n.empleados;
    e.fuente = Fuente::Cdmype;
    e.estado = EstadoEmpresa::Activa;
    return ws->enterprises().create(asesor, e).meta.id;
  }

  void session(std::int64_t enterprise_id, const std::string& fecha, int minutes,
               Area area = Area::AsesoriaEmpresarial) {
    AdvisorySession s;
    s.enterprise_id = enterprise_id;
    s.asesor_id = asesor.user_id;
    s.fecha = *parse_iso_date(fecha);
    s.duracion_min = minutes;
    s.area = area;
    s.tema = "Seguimiento";
    ws->sessions().log(asesor, s);
  }

  TempDir dir;
  FixtureClock clock;
  std::filesystem::path db_path;  // the SQLite file (empty on PostgreSQL)
  store::DataSource source;
  std::optional<testing_support::PostgresCenterCopy> server_copy;
  std::optional<services::Workspace> ws;
  Actor directora, asesor, consulta;
};

}  // namespace cdmype::report::testing
