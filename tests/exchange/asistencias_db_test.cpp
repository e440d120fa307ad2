// Importing and exporting `asistencias` against a real center database: subsidy, director, budget,
// round trip.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/errors.hpp"
#include "core/territory.hpp"
#include "exchange/import_errors.hpp"
#include "exchange/workspace_exchange.hpp"
#include "exchange_test_support.hpp"
#include "services/workspace.hpp"
#include "store/at_record_json.hpp"
#include "store/sql/statement.hpp"
#include "support/center_copies.hpp"
#include "support/center_setup.hpp"
#include "support/temp_dir.hpp"

namespace cdmype::exchange {
namespace {

namespace fs = std::filesystem;
using testing::has_problem;

constexpr const char* kPassword = "clave-segura-2026";

fs::path temp_dir() { return testing_support::make_temp_dir("cdmype-at"); }

store::Clock fixed_clock() {
  return [] { return *store::parse_iso_utc("2026-10-15T15:00:00Z"); };
}

struct People {
  Actor admin, director, mpena, jnino;
};

// A center with the users the fixture files name and two enterprise files,
// built once (per process, or per test server); each test works on a copy.
void build_center(const store::DataSource& source) {
  auto ws = services::Workspace::create(source, fixed_clock());
  testing_support::CenterSpec spec;
  spec.password = kPassword;
  spec.accounts = {{"director", "Ana María Peña", Role::Director},
                   {"mpena", "María Peña", Role::Asesor},
                   {"jnino", "José Niño", Role::Asesor}};
  const auto made = testing_support::create_center(ws, spec);
  auto file = [&](const char* codigo, const char* nombre, Sexo sexo, const Actor& asesor) {
    Enterprise e;
    e.codigo = codigo;
    e.nombre = nombre;
    e.titular.nombre = sexo == Sexo::Mujer ? "Rosa Peña" : "Pedro Niño";
    e.titular.sexo = sexo;
    e.sector = Sector::AlimentosBebidas;
    e.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
    e.zona = Zona::Urbana;
    e.fecha_ingreso = Date(2025, 1, 10);
    e.asesor_id = asesor.user_id;
    ws.enterprises().create(made.at("director"), e);
  };
  file("CH-2025-0007", "Mermeladas Peña", Sexo::Mujer, made.at("mpena"));
  file("CH-2025-0008", "Artesanías Niño", Sexo::Hombre, made.at("jnino"));
}

constexpr const char* kTemplate = "cdmype_plantilla_asistencias";

People people_of(services::Workspace& ws) {
  auto& c = ws.database().connection();
  return People{testing_support::stored_account(c, "admin"),
                testing_support::stored_account(c, "director"),
                testing_support::stored_account(c, "mpena"),
                testing_support::stored_account(c, "jnino")};
}

class AsistenciasDb : public ::testing::Test {
 protected:
  void SetUp() override {
    center.emplace(kTemplate, build_center);
    ws.emplace(services::Workspace::open(center->source(), fixed_clock()));
    p = people_of(*ws);
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
  ImportSummary import(const Actor& who, const fs::path& file) {
    return import_file(*ws, who, "asistencias", file);
  }
  // The problems of a refused import (file or database checks alike).
  std::vector<std::string> refused(const Actor& who, const std::string& csv) {
    try {
      import(who, write("rechazado.csv", csv));
    } catch (const ValidationFailed& e) {
      return e.problems();
    }
    ADD_FAILURE() << "se esperaba un rechazo";
    return {};
  }
  std::int64_t scalar(const std::string& sql) {
    return store::query_int64(ws->database().connection(), sql).value_or(0);
  }
  TechnicalAssistance at(const std::string& codigo) {
    return ws->assistances().detail(p.director, codigo)->at;
  }

  fs::path dir = temp_dir();
  std::optional<testing_support::TestCenter> center;
  std::optional<services::Workspace> ws;
  People p;
};

constexpr const char* kHeader =
    "codigo,empresa,descripcion,proveedor,costo_total,estado,fecha_solicitud,fecha_aprobacion,"
    "fecha_finalizacion,solicitada_por,aprobada_por,motivo_rechazo\n";

TEST_F(AsistenciasDb, TheDirectorImportsMixedStatesAndTheSubsidyIsComputed) {
  const auto summary =
      import(p.director, std::string(CDMYPE_TEST_DATA) + "/csv/asistencias_mixtas.csv");
  EXPECT_EQ(summary.records, 6u);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM technical_assistance"), 6);

  const auto liquidada = at("CH-AT-2025-0001");
  EXPECT_EQ(liquidada.estado, AtEstado::Liquidada);
  ASSERT_TRUE(liquidada.subsidio);
  EXPECT_EQ(liquidada.subsidio->subsidio, Money::from_cents(95480));
  EXPECT_EQ(liquidada.subsidio->copago, Money::from_cents(5025));
  EXPECT_EQ(liquidada.approved_by, p.director.user_id);
  EXPECT_EQ(liquidada.requested_by, p.mpena.user_id);
  EXPECT_EQ(at("CH-AT-2025-0002").subsidio->subsidio, Money::from_cents(90455));
  EXPECT_FALSE(at("CH-AT-2025-0003").subsidio);
  // The row without a code gets the next free one of its request year, and
  // its requester defaults to the enterprise's asesor.
  const auto generated = at("CH-AT-2025-0004");
  EXPECT_EQ(generated.estado, AtEstado::Solicitada);
  EXPECT_EQ(generated.requested_by, p.jnino.user_id);
  EXPECT_EQ(at("CH-AT-2025-0005").fecha_cancelacion, Date(2025, 5, 2));
  EXPECT_EQ(at("CH-AT-2025-0006").requested_by, 0);
  // "Consultores Peña" / "consultores pena" are one provider; "Diseños Niño" another.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM provider"), 2);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'provider'"), 2);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'technical_assistance' "
                   "AND operation = 'insert' AND username = 'director'"),
            6);
  // Re-importing the same codes changes nothing.
  const auto again = refused(p.director, testing::fixture("asistencias_mixtas.csv"));
  EXPECT_TRUE(has_problem(again,
                          "línea 2: codigo: ya existe una asistencia técnica "
                          "«CH-AT-2025-0001»."));
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM technical_assistance"), 6);
}

TEST_F(AsistenciasDb, TheSubsidyFollowsThePolicyInForceOnEachApprovalDate) {
  PolicyVersion v;
  v.effective_from = Date(2025, 3, 1);
  v.base_bp = 9200;
  v.weighted_bp = 9700;
  ws->policies().add(p.director, v);
  import(p.director, write("a.csv", std::string(kHeader) +
                                        "CH-AT-2025-0010,CH-2025-0008,Antes,,1005.05,aprobada,"
                                        "2025-02-20,2025-02-28,,jnino,director,\n"
                                        "CH-AT-2025-0011,CH-2025-0008,Después,,1005.05,aprobada,"
                                        "2025-02-20,2025-03-01,,jnino,director,\n"));
  EXPECT_EQ(at("CH-AT-2025-0010").subsidio->center_bp, 9000);
  EXPECT_EQ(at("CH-AT-2025-0010").subsidio->policy_version_id, 0);
  EXPECT_EQ(at("CH-AT-2025-0011").subsidio->center_bp, 9200);
  EXPECT_EQ(at("CH-AT-2025-0011").subsidio->subsidio, Money::from_cents(92465));  // 924.646
}

TEST_F(AsistenciasDb, ApprovedRowsAreRefusedWhenTheImporterIsNotADirector) {
  const auto problems = refused(p.mpena, testing::fixture("asistencias_mixtas.csv"));
  EXPECT_TRUE(
      has_problem(problems, "línea 2: solo un director puede registrar asistencias aprobadas"));
  EXPECT_TRUE(
      has_problem(problems, "línea 3: solo un director puede registrar asistencias aprobadas"));
  EXPECT_TRUE(
      has_problem(problems, "línea 4: solo un director puede registrar asistencias rechazadas"));
  EXPECT_EQ(problems.size(), 3u) << "las solicitudes y borradores sí los puede registrar";
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM technical_assistance"), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM provider"), 0);
  // Pending requests alone are fine for an asesor.
  import(p.mpena,
         write("ok.csv", std::string(kHeader) +
                             ",CH-2025-0007,Etiquetas,,50.00,solicitada,2025-06-01,,,,,\n"));
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM technical_assistance"), 1);
}

TEST_F(AsistenciasDb, TheDecisionMustBeADirectorsOtherThanTheRequester) {
  const auto problems = refused(
      p.director, std::string(kHeader) +
                      ",CH-2025-0007,Marca,,100.00,aprobada,2025-01-02,2025-01-03,,director,,\n"
                      ",CH-2025-0007,Marca,,100.00,aprobada,2025-01-02,2025-01-03,,,jnino,\n"
                      ",CH-2025-0007,Marca,,100.00,solicitada,2026-11-02,,,,,\n");
  EXPECT_TRUE(has_problem(problems,
                          "línea 2: aprobada_por: «director» solicitó esta asistencia y "
                          "no puede decidirla también."));
  EXPECT_TRUE(has_problem(problems, "línea 3: aprobada_por: «jnino» no tiene el rol de director."));
  EXPECT_TRUE(has_problem(problems,
                          "línea 4: fecha_solicitud: 02/11/2026 es posterior a hoy "
                          "(15/10/2026)."));
}

TEST_F(AsistenciasDb, HistoricalApprovalsAreCheckedAgainstTheBudgetInFileOrder) {
  ws->budgets().set(p.director, {2025, Money::from_cents(150000), kDefaultConamypeBp});
  const auto problems =
      refused(p.director,
              std::string(kHeader) +
                  ",CH-2025-0007,Uno,,1005.05,aprobada,2025-01-02,2025-01-03,,,,\n"
                  ",CH-2025-0008,Dos,,1005.05,aprobada,2025-01-02,2025-01-04,,,,\n"
                  ",CH-2025-0008,Tres,,1005.05,rechazada,2025-01-02,2025-01-04,,,,Sin fondos\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(
      problems[0],
      "línea 3: La aprobación excede el fondo de asistencia técnica 2025: quedan $545.20 y el "
      "subsidio es $904.55.");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM technical_assistance"), 0);
}

TEST_F(AsistenciasDb, ExportThenImportIntoAnotherCenterGivesTheSameRecords) {
  import(p.director, std::string(CDMYPE_TEST_DATA) + "/csv/asistencias_mixtas.csv");
  const auto out = dir / "salida.csv";
  EXPECT_EQ(export_file(*ws, p.director, "asistencias", out), 6u);
  const std::string text = read_exchange_file(out);
  EXPECT_EQ(text.substr(0, text.find('\n') + 1), kHeader);
  EXPECT_NE(text.find("CH-AT-2025-0004,CH-2025-0008,Etiquetado nutricional,Diseños Niño,300.00,"
                      "solicitada,2025-05-02,,,jnino,,"),
            std::string::npos);

  testing_support::TestCenter other_center(kTemplate, build_center);
  {
    auto other = services::Workspace::open(other_center.source(), fixed_clock());
    import_file(other, p.director, "asistencias", out);
    const auto mine = ws->assistances().list(p.director);
    const auto theirs = other.assistances().list(p.director);
    ASSERT_EQ(mine.size(), theirs.size());
    for (size_t i = 0; i < mine.size(); ++i) {
      SCOPED_TRACE(mine[i].codigo);
      EXPECT_EQ(theirs[i].codigo, mine[i].codigo);
      EXPECT_EQ(theirs[i].estado, mine[i].estado);
      EXPECT_EQ(theirs[i].costo_total, mine[i].costo_total);
      EXPECT_EQ(theirs[i].fecha_solicitud, mine[i].fecha_solicitud);
      EXPECT_EQ(theirs[i].fecha_aprobacion, mine[i].fecha_aprobacion);
      EXPECT_EQ(theirs[i].fecha_finalizacion, mine[i].fecha_finalizacion);
      EXPECT_EQ(theirs[i].fecha_cancelacion, mine[i].fecha_cancelacion);
      EXPECT_EQ(theirs[i].subsidio, mine[i].subsidio);
      EXPECT_EQ(theirs[i].requested_by, mine[i].requested_by);
      EXPECT_EQ(theirs[i].approved_by, mine[i].approved_by);
      EXPECT_EQ(theirs[i].motivo_rechazo, mine[i].motivo_rechazo);
      EXPECT_EQ(theirs[i].descripcion, mine[i].descripcion);
    }
  }
}

// A center moving in from its spreadsheets: Spanish Excel's CSV (Windows-1252,
// ';', money as displayed) with the center's own AT codes.
TEST_F(AsistenciasDb, ASpanishExcelFileWithTheCentersOwnCodesImportsAndRoundTrips) {
  const std::string csv = testing::to_cp1252(
      "codigo;empresa;descripcion;proveedor;costo_total;estado;fecha_solicitud;fecha_aprobacion;"
      "fecha_finalizacion;solicitada_por;aprobada_por;motivo_rechazo\r\n"
      "AT-2026-088;CH-2025-0007;Marca “Peña”;Diseños Niño;$1,234.56;solicitada;02/03/2026;;;;;\r\n"
      "2025/14;ch-2025-0008;Empaque de Ñandú;;US$ 2,000.00;solicitada;15/06/2025;;;;;\r\n"
      "ATCH-15;CH-2025-0007;Catálogo de Citalá;;2,000;borrador;;;;;;\r\n"
      "ch-at-2026-0001;CH-2025-0008;Costeo;;1.005,05;solicitada;01/10/2026;;;;;\r\n"
      "CH-AT-2025-0001;CH-2025-0008;Etiquetas;;$ 300;solicitada;05/05/2025;;;;;\r\n"
      ";CH-2025-0008;Sin código;;$ 300;solicitada;20/06/2025;;;;;\r\n");
  const auto summary = import(p.director, write("excel.csv", csv));
  EXPECT_EQ(summary.records, 6u);
  EXPECT_TRUE(has_problem(summary.warnings, "se leyó como Windows-1252"));
  EXPECT_TRUE(has_problem(summary.warnings, "Montos leídos con formato El Salvador (1,234.56)."));
  EXPECT_EQ(at("AT-2026-088").costo_total, Money::from_cents(123456));
  EXPECT_EQ(at("AT-2026-088").descripcion, "Marca “Peña”");
  EXPECT_EQ(at("2025/14").costo_total, Money::from_cents(200000));
  EXPECT_EQ(at("ATCH-15").costo_total, Money::from_cents(200000));
  EXPECT_EQ(at("atch-15").codigo, "ATCH-15") << "typed in another case, found";
  EXPECT_EQ(at("ch-at-2026-0001").costo_total, Money::from_cents(100505));
  // The row without a code gets the program's form and skips the imported
  // code that equals the next one (CH-AT-2025-0001).
  std::set<std::string> codes;
  for (const auto& a : ws->assistances().list(p.director)) codes.insert(a.codigo);
  EXPECT_TRUE(codes.contains("CH-AT-2025-0002")) << "sin choque con el código importado";
  // A new request (year 2026 by the clock) skips "ch-at-2026-0001", the same
  // code in another case.
  services::AtDraft d;
  d.empresa_codigo = "CH-2025-0007";
  d.descripcion = "Registro sanitario";
  d.costo_total = Money::from_cents(50000);
  EXPECT_EQ(ws->assistances().request_new(p.director, d).codigo, "CH-AT-2026-0002");

  // Export writes the codes as stored; the export imports into another center unchanged.
  const auto out = dir / "salida.csv";
  export_file(*ws, p.director, "asistencias", out);
  const std::string text = read_exchange_file(out);
  EXPECT_NE(text.find("\nAT-2026-088,CH-2025-0007,Marca “Peña”,Diseños Niño,1234.56,"),
            std::string::npos);
  EXPECT_NE(text.find("\n2025/14,"), std::string::npos);
  EXPECT_NE(text.find("\nch-at-2026-0001,"), std::string::npos);
  testing_support::TestCenter other_center(kTemplate, build_center);
  {
    auto other = services::Workspace::open(other_center.source(), fixed_clock());
    EXPECT_EQ(import_file(other, p.director, "asistencias", out).records, 7u);
    std::set<std::string> theirs;
    for (const auto& a : other.assistances().list(p.director)) theirs.insert(a.codigo);
    EXPECT_EQ(theirs, [&] {
      std::set<std::string> mine;
      for (const auto& a : ws->assistances().list(p.director)) mine.insert(a.codigo);
      return mine;
    }());
  }
}

TEST_F(AsistenciasDb, AnImportedCodeRepeatedInAnotherCaseIsRefused) {
  import(p.director, write("uno.csv", std::string(kHeader) +
                                          "ATCH-15,CH-2025-0007,Marca,,100.00,borrador,,,,,,\n"));
  const auto problems =
      refused(p.director,
              std::string(kHeader) + "atch-15,CH-2025-0007,Otra,,100.00,borrador,,,,,,\n");
  EXPECT_TRUE(has_problem(problems, "línea 2: codigo: ya existe una asistencia técnica «atch-15»."));
}

}  // namespace
}  // namespace cdmype::exchange
