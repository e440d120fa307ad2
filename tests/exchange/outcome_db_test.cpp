// The issue-7 exchange files against a real center database: `remisiones` idempotent by uuid,
// updates of the ventanilla's fields only, status exported back; trainings, attendees, results.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "core/territory.hpp"
#include "exchange/exchange_file.hpp"
#include "exchange/import_errors.hpp"
#include "exchange/workspace_exchange.hpp"
#include "exchange_test_support.hpp"
#include "services/workspace.hpp"
#include "store/sql/statement.hpp"
#include "support/center_copies.hpp"
#include "support/center_setup.hpp"
#include "support/temp_dir.hpp"

namespace cdmype::exchange {
namespace {

namespace fs = std::filesystem;
using testing::has_problem;

constexpr const char* kPassword = "clave-segura-2026";
constexpr const char* kUuid1 = "0f8e2a52-4c1b-4b8e-9d43-2b7c1e5a9f01";
constexpr const char* kUuid2 = "7a1c9e44-2d3f-4e5a-8b6c-9d0e1f2a3b4c";

struct People {
  Actor admin, director, asesor, ventanilla;
};

// A center with an enterprise file CH-2025-0007, built once; tests use copies.
void build_center(const store::DataSource& source) {
  auto ws = services::Workspace::create(
      source, [] { return *store::parse_iso_utc("2026-10-15T15:00:00Z"); });
  testing_support::CenterSpec spec;
  spec.password = kPassword;
  spec.accounts = {{"director", "Ana María Peña", Role::Director},
                   {"mpena", "María Peña", Role::Asesor},
                   {"vlapalma", "Ventanilla La Palma", Role::Ventanilla}};
  const auto made = testing_support::create_center(ws, spec);
  Enterprise e;
  e.codigo = "CH-2025-0007";
  e.nombre = "Mermeladas Peña";
  e.titular.nombre = "Rosa Peña";
  e.titular.sexo = Sexo::Mujer;
  e.sector = Sector::AlimentosBebidas;
  e.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
  e.zona = Zona::Rural;
  e.fecha_ingreso = Date(2025, 1, 10);
  e.asesor_id = made.at("mpena").user_id;
  ws.enterprises().create(made.at("director"), e);
}

class OutcomeDb : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = testing_support::make_temp_dir("cdmype-rem");
    center.emplace("cdmype_plantilla_resultados", build_center);
    ws.emplace(services::Workspace::open(center->source()));
    auto& c = ws->database().connection();
    p = People{testing_support::stored_account(c, "admin"),
               testing_support::stored_account(c, "director"),
               testing_support::stored_account(c, "mpena"),
               testing_support::stored_account(c, "vlapalma")};
  }
  void TearDown() override {
    ws.reset();
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path write(const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
  }
  std::string read(const fs::path& file) { return read_exchange_file(file); }
  std::int64_t scalar(const std::string& sql) {
    return store::query_int64(ws->database().connection(), sql).value_or(0);
  }

  fs::path dir;
  std::optional<testing_support::TestCenter> center;
  std::optional<services::Workspace> ws;
  People p;
};

// As Spanish Excel saves it: ';', dd/mm/aaaa, accents, a BOM.
const std::string kRemisiones =
    "\xEF\xBB\xBFuuid;fecha;ventanilla;nombre;sexo;telefono;dui;sector;necesidad\r\n" +
    std::string(kUuid1) +
    ";05/10/2026;La Palma;José Peña;hombre;2300-1234;;artesanías;Quiere vender en ferias\r\n" +
    std::string(kUuid2) +
    ";07/10/2026;Citalá;Rosa Niño;mujer;7777-1234;;Alimentos y bebidas;Registro sanitario\r\n";

TEST_F(OutcomeDb, RemisionesReimportChangesNothing) {
  const fs::path file = write("remisiones.csv", kRemisiones);
  const auto first = import_file(*ws, p.director, "remisiones", file);
  EXPECT_EQ(first.records, 2u);
  EXPECT_EQ(first.detail, "2 nuevas, 0 actualizadas, 0 sin cambios");
  const auto audit_rows = scalar("SELECT COUNT(*) FROM audit_log");
  const auto again = import_file(*ws, p.director, "remisiones", file);
  EXPECT_EQ(again.detail, "0 nuevas, 0 actualizadas, 2 sin cambios");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM referral"), 2);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log"), audit_rows);  // not even an audit row
  EXPECT_EQ(scalar("SELECT MAX(version) FROM referral"), 1);
}

TEST_F(OutcomeDb, ChangedRowUpdatesOnlyTheVentanillasFields) {
  import_file(*ws, p.director, "remisiones", write("r.csv", kRemisiones));
  auto pena = ws->referrals().find(p.director, kUuid1);
  ws->referrals().assign(p.director, pena.meta.id, p.asesor.user_id);
  // The ventanilla corrected the phone; its file still says nothing of the state.
  std::string changed = kRemisiones;
  changed.replace(changed.find("2300-1234"), 9, "2300-9999");
  const auto s = import_file(*ws, p.director, "remisiones", write("r2.csv", changed));
  EXPECT_EQ(s.detail, "0 nuevas, 1 actualizada, 1 sin cambios");
  pena = ws->referrals().find(p.director, kUuid1);
  EXPECT_EQ(pena.telefono, "2300-9999");
  EXPECT_EQ(pena.estado, EstadoRemision::Asignada);  // the center's state stays
  EXPECT_EQ(pena.asesor_id, p.asesor.user_id);
}

TEST_F(OutcomeDb, BadRowsAbortTheWholeFileWithLineAndColumn) {
  const std::string bad = "uuid,fecha,ventanilla,nombre,sexo,sector,dui\n" + std::string(kUuid1) +
                          ",2026-10-05,La Palma,José Peña,hombre,otro,\n"
                          "no-es-uuid,2026-10-06,Atlántida,Rosa,mujer,otro,01234567-0\n";
  try {
    import_file(*ws, p.director, "remisiones", write("bad.csv", bad));
    FAIL() << "se esperaba un rechazo";
  } catch (const ImportFailed& e) {
    EXPECT_TRUE(has_problem(e.problems(), "línea 3, columna uuid"));
    EXPECT_TRUE(has_problem(e.problems(), "línea 3, columna ventanilla"));
    EXPECT_TRUE(has_problem(e.problems(), "línea 3, columna dui"));
  }
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM referral"), 0);
}

TEST_F(OutcomeDb, CenterExportsTheStatusBackAndTheVentanillaOnlyItsOwn) {
  import_file(*ws, p.director, "remisiones", write("r.csv", kRemisiones));
  const auto pena = ws->referrals().find(p.director, kUuid1);
  const auto empresa = ws->enterprises().by_codigo(p.director, "CH-2025-0007");
  ws->referrals().link(p.director, pena.meta.id, empresa->meta.id);
  Referral own;
  own.fecha = Date(2026, 10, 9);
  own.distrito_id = Territory::el_salvador().by_name("La Palma").front()->id;
  own.nombre = "Marta Núñez";
  own.sexo = Sexo::Mujer;
  own = ws->referrals().record(p.ventanilla, own);

  const fs::path out = dir / "estado.csv";
  EXPECT_EQ(export_file(*ws, p.director, "remisiones", out), 3u);
  const std::string csv = read(out);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "uuid,fecha,ventanilla,nombre,sexo,telefono,dui,sector,necesidad,empresa,estado");
  EXPECT_NE(
      csv.find(std::string(kUuid1) + ",2026-10-05,La Palma,José Peña,hombre,2300-1234,,"
                                     "artesanias,Quiere vender en ferias,CH-2025-0007,atendida"),
      std::string::npos);

  const fs::path mine = dir / "mias.csv";
  EXPECT_EQ(export_file(*ws, p.ventanilla, "remisiones", mine), 1u);
  EXPECT_NE(read(mine).find(own.meta.uuid), std::string::npos);
  EXPECT_EQ(read(mine).find(kUuid1), std::string::npos);
  // The ventanilla may not export anything else.
  EXPECT_THROW(export_file(*ws, p.ventanilla, "empresas", dir / "e.csv"), PermissionDenied);

  // What the center exports, another center database imports unchanged.
  const auto again = import_file(*ws, p.director, "remisiones", out);
  EXPECT_EQ(again.detail, "0 nuevas, 0 actualizadas, 3 sin cambios");
}

TEST_F(OutcomeDb, VentanillaImportOnlyTakesStatesOfItsOwnReferrals) {
  // Not its own referrals: nothing is inserted, they are counted as ignored.
  const auto s = import_file(*ws, p.ventanilla, "remisiones", write("r.csv", kRemisiones));
  EXPECT_EQ(s.detail, "0 actualizadas, 0 sin cambios, 2 de otras ventanillas ignoradas");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM referral"), 0);
  EXPECT_THROW(import_file(*ws, p.ventanilla, "capacitaciones", write("c.csv", "titulo\n")),
               PermissionDenied);
}

TEST_F(OutcomeDb, TrainingsAttendeesAndResultsImportOnceAndExportBack) {
  const fs::path cap =
      write("cap.csv",
            "titulo;tema;institucion;fecha;horas;lugar\n"
            "Costos y precios;Finanzas;Universidad de El Salvador;03/10/2026;"
            "4;Casa de la Cultura de Citalá\n"
            "Marketing digital;Ventas;INSAFORP;2026-10-10;2,5;Alcaldía de La Palma\n");
  EXPECT_EQ(import_file(*ws, p.asesor, "capacitaciones", cap).records, 2u);
  const fs::path asis = write("asis.csv",
                              "capacitacion,empresa,nombre,sexo\n"
                              "Costos y precios,CH-2025-0007,Rosa Peña,mujer\n"
                              "costos y PRECIOS,,José Niño,hombre\n"
                              "Marketing digital,,Ana Núñez,Mujer\n");
  EXPECT_EQ(import_file(*ws, p.asesor, "asistentes", asis).records, 3u);
  const fs::path res = write("res.csv",
                             "empresa,fecha,tipo,valor,detalle\n"
                             "CH-2025-0007,2026-10-12,ventas,1250.50,Ventas del mes\n"
                             "CH-2025-0007,2026-10-12,empleos_mujeres,2,\n"
                             "CH-2025-0007,2026-10-13,registro_sanitario,,\n"
                             "CH-2025-0007,2026-10-14,financiamiento,\"3000,00\",BANDESAL\n");
  EXPECT_EQ(import_file(*ws, p.asesor, "resultados", res).records, 4u);

  // Importing the same three files again adds nothing.
  EXPECT_EQ(import_file(*ws, p.asesor, "capacitaciones", cap).detail,
            "0 nuevas, 0 actualizadas, 2 sin cambios");
  EXPECT_EQ(import_file(*ws, p.asesor, "asistentes", asis).detail,
            "0 nuevas, 0 actualizadas, 3 sin cambios");
  EXPECT_EQ(import_file(*ws, p.asesor, "resultados", res).detail,
            "0 nuevas, 0 actualizadas, 4 sin cambios");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM training"), 2);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM training_attendee"), 3);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM result"), 4);
  EXPECT_EQ(scalar("SELECT minutos FROM training WHERE titulo = 'Marketing digital'"), 150);
  EXPECT_EQ(scalar("SELECT valor FROM result WHERE tipo = 'financiamiento'"), 300000);

  const fs::path out = dir / "res-out.csv";
  EXPECT_EQ(export_file(*ws, p.asesor, "resultados", out), 4u);
  EXPECT_NE(read(out).find("CH-2025-0007,2026-10-14,financiamiento,3000.00,BANDESAL"),
            std::string::npos);
  EXPECT_EQ(export_file(*ws, p.asesor, "capacitaciones", dir / "cap-out.csv"), 2u);
  EXPECT_NE(read(dir / "cap-out.csv").find("Marketing digital,Ventas,INSAFORP,2026-10-10,2.5,"),
            std::string::npos);
  EXPECT_EQ(export_file(*ws, p.asesor, "asistentes", dir / "asis-out.csv"), 3u);
  EXPECT_EQ(import_file(*ws, p.asesor, "asistentes", dir / "asis-out.csv").detail,
            "0 nuevas, 0 actualizadas, 3 sin cambios");
}

TEST_F(OutcomeDb, AttendeesOfAnUnknownTrainingAreRefused) {
  const auto problems = testing::problems_of([&] {
    import_file(*ws, p.asesor, "asistentes",
                write("a.csv", "capacitacion,nombre,sexo\nNo existe,Rosa Peña,mujer\n"));
  });
  EXPECT_TRUE(has_problem(problems, "línea 2, columna capacitacion"));
}

TEST_F(OutcomeDb, ResultadosNeedAValueForMoneyAndJobs) {
  const auto problems = testing::problems_of([&] {
    import_file(*ws, p.asesor, "resultados",
                write("r.csv",
                      "empresa,fecha,tipo,valor,detalle\n"
                      "CH-2025-0007,2026-10-12,ventas,,\n"
                      "CH-2025-0099,2026-10-12,marca,,\n"
                      "CH-2025-0007,2026-10-12,financiamiento,100,\n"));
  });
  EXPECT_TRUE(has_problem(problems, "línea 2, columna valor"));
  EXPECT_TRUE(has_problem(problems, "línea 3, columna empresa"));
  EXPECT_TRUE(has_problem(problems, "línea 4, columna detalle"));
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM result"), 0);
}

}  // namespace
}  // namespace cdmype::exchange
