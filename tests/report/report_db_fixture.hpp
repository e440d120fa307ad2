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
#include "support/center_setup.hpp"

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
  FixtureAccounts accounts;

 private:
  CenterTemplate() {
    path = dir_.path() / "plantilla.db";
    FixtureClock clock;
    auto ws = services::Workspace::create(path, clock.clock());
    testing_support::CenterSpec spec;
    spec.operator_name = "Asociación de Municipios Cayaguanca";
    spec.paper_size = "A4";
    spec.password = kPassword;
    spec.accounts = {testing_support::kDirectora, testing_support::kAsesor1,
                     testing_support::kConsulta};
    const auto people = testing_support::create_center(ws, spec);
    accounts.admin = people.admin;
    accounts.directora = people.at("directora");
    accounts.asesor = people.at("asesor1");
    accounts.consulta = people.at("consulta");
  }
  TempDir dir_;
};

class ReportDbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto& t = CenterTemplate::get();
    db_path = dir.path() / "centro.db";
    std::filesystem::copy_file(t.path, db_path);
    ws.emplace(services::Workspace::open(db_path, clock.clock()));
    directora = t.accounts.directora;
    asesor = t.accounts.asesor;
    consulta = t.accounts.consulta;
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
  std::filesystem::path db_path;
  std::optional<services::Workspace> ws;
  Actor directora, asesor, consulta;
};

}  // namespace cdmype::report::testing
