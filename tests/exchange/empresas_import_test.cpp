// Importing `empresas` files: every column of product.md §4, defaults, and line/column messages.
#include <gtest/gtest.h>

#include "exchange/empresas_importer.hpp"
#include "exchange_test_support.hpp"

namespace cdmype::exchange {
namespace {

using testing::FakeLookups;
using testing::fixture;
using testing::has_problem;
using testing::problems_of;

constexpr std::int64_t kActingUser = 1;

class EmpresasImport : public ::testing::Test {
 protected:
  FakeLookups db;
  ImportContext context{db, kActingUser};

  ImportResult<Enterprise> run(std::string_view bytes) { return import_empresas(bytes, context); }
  std::vector<std::string> refused(std::string_view bytes) {
    return problems_of([&] { run(bytes); });
  }
  static int distrito_id(std::string_view name, std::string_view departamento) {
    for (const auto& d : Territory::el_salvador().distritos())
      if (d.nombre == name && d.departamento == departamento) return d.id;
    ADD_FAILURE() << "sin distrito " << name;
    return 0;
  }
};

constexpr std::string_view kMinimalHeader =
    "nombre,titular_nombre,titular_sexo,sector,distrito,zona,fecha_ingreso";

TEST_F(EmpresasImport, SemicolonFileWithBomReadsEveryColumn) {
  const auto r = run(fixture("empresas_punto_y_coma_bom.csv"));
  ASSERT_EQ(r.records.size(), 4u);
  EXPECT_EQ(r.lines, (std::vector<int>{2, 3, 4, 6}));
  EXPECT_TRUE(r.warnings.empty());

  const Enterprise& a = r.records[0];
  EXPECT_EQ(a.codigo, "CH-2026-0001");
  EXPECT_EQ(a.nombre, "Panadería Peña");
  EXPECT_EQ(a.forma_juridica, FormaJuridica::PersonaNatural);
  EXPECT_EQ(a.titular.nombre, "María José Peña");
  EXPECT_EQ(a.titular.dui, "01234567-8");
  EXPECT_EQ(a.titular.sexo, Sexo::Mujer);
  EXPECT_EQ(a.titular.fecha_nacimiento, Date(1998, 3, 15));  // dd/mm/aaaa
  EXPECT_EQ(a.sector, Sector::AlimentosBebidas);
  EXPECT_EQ(a.distrito_id, distrito_id("Citalá", "Chalatenango"));
  EXPECT_EQ(a.zona, Zona::Rural);
  EXPECT_EQ(a.empleados_mujeres, 2);
  EXPECT_EQ(a.empleados_hombres, 1);
  EXPECT_EQ(a.ventas_anuales, Money::from_cents(1'250'050));  // "12500,50"
  EXPECT_EQ(a.fecha_ingreso, Date(2026, 1, 5));
  EXPECT_EQ(a.asesor_id, 2);  // mpena
  EXPECT_EQ(a.fuente, Fuente::Cdmype);
  EXPECT_EQ(a.estado, EstadoEmpresa::Activa);
  EXPECT_FALSE(a.titular.retornado);
  EXPECT_FALSE(a.titular.discapacidad);
  EXPECT_EQ(a.nit, "0407-150398-101-2");
  EXPECT_EQ(a.nrc, "");

  const Enterprise& b = r.records[1];
  EXPECT_EQ(b.nombre, "Artesanías \"El Niño\"; Citalá");
  EXPECT_EQ(b.forma_juridica, FormaJuridica::Cooperativa);
  EXPECT_EQ(b.titular.sexo, Sexo::Hombre);  // "Hombre": display form
  EXPECT_FALSE(b.titular.fecha_nacimiento.has_value());
  EXPECT_EQ(b.socias, 7);
  EXPECT_EQ(b.socios, 3);
  EXPECT_EQ(b.sector, Sector::Artesanias);  // "Artesanías", accent ignored
  EXPECT_EQ(b.distrito_id, distrito_id("Dulce Nombre de María", "Chalatenango"));
  EXPECT_EQ(b.ventas_anuales, Money::from_cents(3'000'000));
  EXPECT_EQ(b.fecha_ingreso, Date(2026, 1, 12));  // ISO
  EXPECT_EQ(b.asesor_id, kActingUser);            // empty asesor
  EXPECT_EQ(b.fuente, Fuente::Ventanilla);
  EXPECT_TRUE(b.titular.retornado);  // "sí"
  EXPECT_EQ(b.nrc, "123456-7");

  const Enterprise& c = r.records[2];
  EXPECT_EQ(c.nombre, "Textiles\nLa Palma");
  EXPECT_EQ(c.titular.dui, "");
  EXPECT_EQ(c.asesor_id, 3);  // "JNINO" → jnino
  EXPECT_EQ(c.fuente, Fuente::CiudadMujer);
  EXPECT_TRUE(c.titular.discapacidad);
  EXPECT_EQ(c.ventas_anuales, Money{});

  const Enterprise& d = r.records[3];
  // San Fernando exists in Chalatenango and Morazán: the center's departamento wins.
  EXPECT_EQ(d.distrito_id, distrito_id("San Fernando", "Chalatenango"));
  EXPECT_EQ(d.ventas_anuales, Money::from_cents(5'000'000));
  EXPECT_EQ(d.nit, "0614-123456-789-0");
}

TEST_F(EmpresasImport, CommaFileInAnyOrderWithDefaults) {
  const auto r = run(fixture("empresas_coma.csv"));
  ASSERT_EQ(r.records.size(), 2u);
  const Enterprise& a = r.records[0];
  EXPECT_EQ(a.codigo, "");  // assigned when stored
  EXPECT_EQ(a.nombre, "Café Citalá, S.A.");
  EXPECT_EQ(a.forma_juridica, FormaJuridica::PersonaNatural);
  EXPECT_EQ(a.fuente, Fuente::Cdmype);
  EXPECT_EQ(a.estado, EstadoEmpresa::Activa);
  EXPECT_EQ(a.asesor_id, kActingUser);
  EXPECT_EQ(a.ventas_anuales, Money::from_cents(123'456));
  EXPECT_EQ(a.titular.dui, "05556667-9");
  EXPECT_EQ(r.records[1].fecha_ingreso, Date(2026, 3, 2));
  EXPECT_EQ(r.records[1].ventas_anuales, Money::from_cents(99'999));  // "999,99" quoted
}

TEST_F(EmpresasImport, BadDuiRefusesFileNamingLineAndColumn) {
  const auto problems = refused(fixture("empresas_dui_malo.csv"));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("línea 7, columna titular_dui: ", 0), 0u) << problems[0];
  EXPECT_NE(problems[0].find("verificador"), std::string::npos) << problems[0];
}

TEST_F(EmpresasImport, EveryErrorOfEveryRowIsListed) {
  const auto p = refused(fixture("empresas_varios_errores.csv"));
  EXPECT_TRUE(has_problem(p, "línea 5, columna fecha_ingreso: «31/02/2026»"));
  EXPECT_TRUE(has_problem(p, "línea 6, columna sector: «miel»"));
  EXPECT_TRUE(has_problem(p, "línea 6, columna distrito: «Ciudad Inventada»"));
  EXPECT_TRUE(has_problem(p, "línea 6, columna zona: «centro»"));
  EXPECT_TRUE(has_problem(p,
                          "línea 6, columna ventas_anuales: «1.234,567» no es un monto válido: "
                          "tiene más de dos decimales"));
  EXPECT_TRUE(has_problem(p, "línea 6, columna retornado: «quizá»"));
  EXPECT_TRUE(has_problem(p, "línea 6, columna asesor: no hay un usuario «fantasma»"));
  EXPECT_TRUE(has_problem(p,
                          "línea 7, columna codigo: el código CH-2026-0201 se repite (ya está "
                          "en la línea 2)"));
  EXPECT_TRUE(has_problem(p, "línea 7, columna titular_nombre: el valor es obligatorio"));
  EXPECT_TRUE(has_problem(p, "línea 8, columna codigo: el código CH-2025-0007 ya existe"));
  for (const auto& problem : p) {  // the multi-line row (lines 2–4) is fine
    EXPECT_NE(problem.rfind("línea 2,", 0), 0u) << problem;
    EXPECT_NE(problem.rfind("línea 3,", 0), 0u) << problem;
  }
  EXPECT_EQ(p.size(), 10u);
  for (std::size_t i = 1; i < p.size(); ++i)  // file order
    EXPECT_LE(p[i - 1].substr(0, 9), p[i].substr(0, 9));
}

TEST_F(EmpresasImport, MessagesUseTheHeaderAsWrittenInTheFile) {
  const auto p = refused(
      "Nombre;Titular Nombre;Titular DUI;TITULAR_SEXO;Sector;Distrito;Zona;Fecha de ingreso\n"
      "Pupusería Niño;Luis Niño;01234567-0;hombre;comercio;Citalá;rural;2026-01-05\n");
  // "Fecha de ingreso" is not fecha_ingreso: unknown and so the required column is missing.
  EXPECT_TRUE(has_problem(p, "línea 1: falta la columna obligatoria «fecha_ingreso»"));
  const auto q = refused(
      "Nombre;Titular Nombre;Titular DUI;TITULAR_SEXO;Sector;Distrito;Zona;Fecha_Ingreso\n"
      "Pupusería Niño;Luis Niño;01234567-0;hombre;comercio;Citalá;rural;2026-01-05\n");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].rfind("línea 2, columna Titular DUI: ", 0), 0u) << q[0];
}

TEST_F(EmpresasImport, UnknownColumnIsAWarningNotAnError) {
  const auto r = run(std::string(kMinimalHeader) + ",observaciones,Teléfono\n" +
                     "Tienda Peña,Ana Peña,mujer,comercio,Citalá,rural,2026-01-05,buena,2222\n");
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.warnings, (std::vector<std::string>{"columna desconocida «observaciones», se ignora",
                                                  "columna desconocida «Teléfono», se ignora"}));
}

TEST_F(EmpresasImport, MissingRequiredColumnStopsBeforeRows) {
  const auto p = refused(
      "nombre,titular_nombre,titular_sexo,distrito,zona,fecha_ingreso\n"
      "Tienda Peña,Ana Peña,mujer,Citalá,rural,2026-01-05\n"
      "Tienda Niño,,mujer,Citalá,rural,2026-01-05\n");
  EXPECT_EQ(p, (std::vector<std::string>{"línea 1: falta la columna obligatoria «sector»."}));
}

TEST_F(EmpresasImport, RepeatedColumnIsRefused) {
  const auto p = refused(std::string(kMinimalHeader) + ",Nombre\n" +
                         "Tienda Peña,Ana Peña,mujer,comercio,Citalá,rural,2026-01-05,Otra\n");
  EXPECT_TRUE(has_problem(p, "línea 1: la columna «Nombre» aparece dos veces"));
}

TEST_F(EmpresasImport, Windows1252FileImportsAndTheSummarySaysHowItWasRead) {
  const auto r = run(fixture("empresas_latin1.csv"));
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].nombre, "Panadería Peña");
  EXPECT_EQ(r.records[0].titular.nombre, "María Peña");
  EXPECT_EQ(r.records[0].distrito_id, distrito_id("Citalá", "Chalatenango"));
  EXPECT_TRUE(has_problem(
      r.warnings, "El archivo no estaba en UTF-8; se leyó como Windows-1252 (Excel en español)."));
}

TEST_F(EmpresasImport, AmbiguousDistritoNeedsDepartamento) {
  db.departamento = "";  // a center whose departamento does not settle it
  const std::string header(kMinimalHeader);
  const auto p =
      refused(header + "\nTienda,Ana Peña,mujer,comercio,San Fernando,rural,2026-01-05\n");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("línea 2, columna distrito: el distrito «San Fernando» existe en varios"),
            std::string::npos)
      << p[0];
  EXPECT_NE(p[0].find("Morazán"), std::string::npos);

  const auto r = run(header +
                     "\nTienda,Ana Peña,mujer,comercio,\"San Fernando, Morazán\",rural,"
                     "2026-01-05\n");
  EXPECT_EQ(r.records.at(0).distrito_id, distrito_id("San Fernando", "Morazán"));
}

TEST_F(EmpresasImport, BooleansAcceptCommonSpellings) {
  for (const char* yes : {"si", "Sí", "SI", "s", "1", "true", "VERDADERO"})
    EXPECT_EQ(parse_si_no(yes), true) << yes;
  for (const char* no : {"no", "NO", "n", "0", "false", ""})
    EXPECT_EQ(parse_si_no(no), false) << no;
  EXPECT_EQ(parse_si_no("quizá"), std::nullopt);
  EXPECT_EQ(parse_si_no("2"), std::nullopt);
}

TEST_F(EmpresasImport, NegativeAndFractionalCountsRefused) {
  const auto p =
      refused(std::string(kMinimalHeader) + ",socias,empleados_hombres,ventas_anuales\n" +
              "Tienda,Ana Peña,mujer,comercio,Citalá,rural,2026-01-05,-1,2.5,-5.00\n");
  EXPECT_TRUE(has_problem(p, "línea 2, columna socias: «-1»: no puede ser negativo"));
  EXPECT_TRUE(has_problem(p, "línea 2, columna empleados_hombres: «2.5» no es un número entero"));
  EXPECT_TRUE(has_problem(p, "línea 2, columna ventas_anuales: «-5.00»: el monto no puede ser"));
}

TEST_F(EmpresasImport, ProgramCodesAreUpperCasedAndACentersOwnKeptAsWritten) {
  EXPECT_EQ(normalize_enterprise_codigo(" ch-2026-0042 "), "CH-2026-0042");
  EXPECT_EQ(normalize_enterprise_codigo("CH-2026-42"), "CH-2026-42");
  EXPECT_EQ(normalize_enterprise_codigo("CH-26-0042"), "CH-26-0042");
  EXPECT_EQ(normalize_enterprise_codigo("emp-0001"), "emp-0001");
  EXPECT_EQ(normalize_enterprise_codigo("   "), std::nullopt);
  const auto r = run("codigo," + std::string(kMinimalHeader) +
                     "\nEMP-0001,Tienda,Ana Peña,mujer,comercio,Citalá,rural,2026-01-05"
                     "\n,Ñandú,Luis Niño,hombre,comercio,Citalá,rural,2026-01-05"
                     "\nCH/2026/1,Taller,Rosa Peña,mujer,comercio,Citalá,rural,2026-01-05\n");
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.records[0].codigo, "EMP-0001");
  EXPECT_EQ(r.records[1].codigo, "") << "the service gives it the next program code";
  EXPECT_EQ(r.records[2].codigo, "CH/2026/1");
}

TEST_F(EmpresasImport, ACodeRepeatedInTheFileInAnyCaseIsRefused) {
  const auto p = refused("codigo," + std::string(kMinimalHeader) +
                         "\nEMP-0001,Tienda,Ana Peña,mujer,comercio,Citalá,rural,2026-01-05"
                         "\nemp-0001,Taller,Rosa Peña,mujer,comercio,Citalá,rural,2026-01-05\n");
  EXPECT_TRUE(has_problem(p, "línea 3, columna codigo: el código emp-0001 se repite (ya está en la "
                             "línea 2)."));
}

TEST_F(EmpresasImport, HeaderOnlyFileImportsNothingWithAWarning) {
  const auto r = run(std::string(kMinimalHeader) + "\n");
  EXPECT_TRUE(r.records.empty());
  EXPECT_TRUE(has_problem(r.warnings, "no tiene filas de datos"));
}

}  // namespace
}  // namespace cdmype::exchange
