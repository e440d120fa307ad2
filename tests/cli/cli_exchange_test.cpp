// End-to-end: `import` and `export` of a center's real-looking CSV files (product.md §4).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// One database with empresas_centro.csv and sesiones_centro.csv imported by
// the director; tests that change it only try writes that must be refused.
class CliExchange : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    cli_ = std::make_unique<Cli>();
    cli_->restore("exchange", [](const Cli& cli) {
      add_center_users(cli);
      for (const char* kind : {"empresas", "sesiones"}) {
        const auto file = fixture(std::string(kind) + "_centro.csv");
        cli.save_result(kind, cli.as("ana", kUserPassword, {"import", kind, file.string()}));
      }
    });
    empresas_ = cli_->load_result("empresas");
    sesiones_ = cli_->load_result("sesiones");
  }
  static void TearDownTestSuite() { cli_.reset(); }

  // The kind's export as the director sees it ("" when the export failed).
  static std::string exported(const std::string& kind, const std::string& name = "salida.csv",
                              const std::vector<std::string>& flags = {}) {
    const auto file = cli_->path(name);
    std::filesystem::remove(file);
    std::vector<std::string> args{"export", kind, file.string()};
    args.insert(args.end(), flags.begin(), flags.end());
    RunResult r = cli_->as("ana", kUserPassword, args);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "") << "export writes the file, not stdout";
    return r.status == 0 ? read_text(file) : "";
  }

  static std::unique_ptr<Cli> cli_;
  static RunResult empresas_, sesiones_;
};

std::unique_ptr<Cli> CliExchange::cli_;
RunResult CliExchange::empresas_, CliExchange::sesiones_;

TEST_F(CliExchange, ImportsTheCenterFileWithBomSemicolonsAndExcelQuoting) {
  ASSERT_EQ(empresas_.status, 0) << empresas_.err;
  EXPECT_EQ(empresas_.out, "");
  EXPECT_THAT(empresas_.err, HasSubstr("Importados 6 registros"));
  // With the sensitive columns, which the director asks for explicitly, to see them read too.
  const std::string csv = exported("empresas", "salida.csv", {"--incluir-sensibles"});
  EXPECT_EQ(csv_record_count(csv), 6);
  // dd/mm/aaaa → ISO, decimal comma → point, display names → codes.
  EXPECT_THAT(csv, HasSubstr("CH-2026-0001,Panadería Peña,persona_natural,María José Peña,"
                             "01234567-8,mujer,1998-03-15,"));
  EXPECT_THAT(csv,
              HasSubstr(",alimentos_bebidas,Citalá,rural,2,1,12500.50,2026-01-05,mpena,cdmype,"));
  // Quotes and an embedded ';' inside a field, "sí" as a boolean.
  EXPECT_THAT(csv,
              HasSubstr("CH-2026-0002,\"Artesanías \"\"El Niño\"\"; Citalá\",cooperativa,José "
                        "Niño,04567890-3,hombre,,7,3,artesanias,Dulce Nombre de María,rural,4,4,"
                        "30000.00,2026-01-12,jnino,ventanilla,si,no,,123456-7"));
  // A name over three lines, with a ';' on the second.
  EXPECT_THAT(csv, HasSubstr("(taller de costura;"));
  EXPECT_THAT(csv,
              HasSubstr(",asociacion,Ana Peña,,mujer,1990-07-20,5,0,textiles_confeccion,La Palma,"
                        "urbana,"));
  EXPECT_THAT(csv, HasSubstr(",ciudad_mujer,no,si,,"));
  // Username in capitals, NIT without hyphens, "Cosmética natural".
  EXPECT_THAT(csv,
              HasSubstr(",turismo,San Ignacio,rural,1,3,50000.00,2026-02-28,jnino,conamype,no,no,"
                        "0614-123456-789-0,"));
  EXPECT_THAT(csv, HasSubstr("Café de Altura Niño,persona_natural,Rosa Niño,03141592-9,mujer,"
                             "2000-12-01,"));
  EXPECT_THAT(csv, HasSubstr(",1234.56,2026-03-03,"));
  EXPECT_THAT(csv, HasSubstr(",grupo_asociativo,Juana Peña,06543210-7,mujer,,3,2,cosmetica_natural,"
                             "Chalatenango,urbana,3,0,8000.75,"));
}

TEST_F(CliExchange, UnknownColumnIsAWarningOnStderr) {
  EXPECT_THAT(empresas_.err, HasSubstr("Aviso: columna desconocida «telefono»"));
  EXPECT_THAT(exported("empresas"), Not(HasSubstr("2335-1010")));
}

TEST_F(CliExchange, ImportsSessionsWithDisplayNames) {
  ASSERT_EQ(sesiones_.status, 0) << sesiones_.err;
  EXPECT_EQ(sesiones_.out, "");
  const std::string csv = exported("sesiones");
  EXPECT_EQ(csv_record_count(csv), 4);
  EXPECT_THAT(csv, HasSubstr("CH-2026-0001,mpena,2026-10-05,90,presencial_empresa,asesoria_tic,"
                             "Tienda en línea,Abrir página; subir fotos"));
  EXPECT_THAT(csv, HasSubstr("CH-2026-0002,jnino,2026-10-06,45,virtual,empresarialidad_femenina,"
                             "\"Costos de \"\"Artesanías Niño\"\"\","));
  EXPECT_THAT(csv, HasSubstr("1. Reunir documentos"));
  EXPECT_THAT(csv, HasSubstr("CH-2026-0004,jnino,2026-10-08,120,presencial_centro,vinculacion,"
                             "Feria de turismo en Citalá,"));
}

TEST_F(CliExchange, OneBadDuiRefusesTheWholeFileNamingLineAndColumn) {
  const std::string before = exported("empresas");
  RunResult r = cli_->as("ana", kUserPassword,
                         {"import", "empresas", fixture("empresas_dui_malo.csv").string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  // Line 8 of the file: the third record spans lines 4 to 6.
  EXPECT_THAT(r.err, HasSubstr("línea 8, columna titular_dui: "));
  EXPECT_THAT(r.err, HasSubstr("03141592-0"));
  EXPECT_THAT(r.err, HasSubstr("No se importó nada"));
  EXPECT_EQ(count_of(r.err, "línea "), 1) << r.err;
  const std::string after = exported("empresas");
  EXPECT_EQ(after, before) << "all-or-nothing: the five good rows were not written either";
  EXPECT_THAT(after, Not(HasSubstr("CH-2026-0101")));
}

TEST_F(CliExchange, EveryBadRowIsListed) {
  RunResult r = cli_->as("ana", kUserPassword,
                         {"import", "empresas", fixture("empresas_dos_errores.csv").string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("línea 2, columna titular_dui: "));
  EXPECT_THAT(r.err, HasSubstr("línea 4, columna fecha_ingreso: «31/02/2026»"));
  EXPECT_EQ(csv_record_count(exported("empresas")), 6);
}

TEST_F(CliExchange, SessionOfAnUnknownEnterpriseIsRefused) {
  const auto file = cli_->path("sesiones_malas.csv");
  write_text(file,
             "empresa,asesor,fecha,duracion_min,modalidad,area\n"
             "CH-2026-0001,mpena,2026-10-09,30,virtual,asesoria_tic\n"
             "CH-2026-0999,mpena,2026-10-09,30,virtual,asesoria_tic\n"
             "CH-2026-0002,mpena,09/10/2026,0,virtual,Asesoría TIC\n");
  RunResult r = cli_->as("ana", kUserPassword, {"import", "sesiones", file.string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("línea 3, columna empresa: "));
  EXPECT_THAT(r.err, HasSubstr("CH-2026-0999"));
  EXPECT_THAT(r.err, HasSubstr("línea 4, columna duracion_min: "));
  EXPECT_EQ(csv_record_count(exported("sesiones")), 4);
}

TEST_F(CliExchange, ConsultaCanExportButNotImport) {
  RunResult r = cli_->as("lectura", kUserPassword,
                         {"import", "empresas", fixture("empresas_dui_malo.csv").string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("«consulta» no puede importar"));
  EXPECT_THAT(r.err, Not(HasSubstr("línea")));  // refused before reading the file
  RunResult e = cli_->as("lectura", kUserPassword,
                         {"export", "empresas", cli_->path("consulta.csv").string()});
  EXPECT_EQ(e.status, 0) << e.err;
  EXPECT_EQ(csv_record_count(read_text(cli_->path("consulta.csv"))), 6);
}

TEST_F(CliExchange, AdminCannotImportCaseData) {
  const auto file = cli_->path("una.csv");
  write_text(file,
             "nombre,titular_nombre,titular_sexo,sector,distrito,zona,fecha_ingreso\n"
             "Tienda Niño,Luis Niño,hombre,comercio,Citalá,rural,2026-10-01\n");
  RunResult r = cli_->as("admin", kAdminPassword, {"import", "empresas", file.string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("«admin» no puede importar"));
  EXPECT_EQ(csv_record_count(exported("empresas")), 6);
}

TEST_F(CliExchange, MissingFileAndUnwritableOutputAreUserErrors) {
  RunResult in = cli_->as("ana", kUserPassword, {"import", "empresas", "no-existe.csv"});
  EXPECT_EQ(in.status, 1);
  EXPECT_THAT(in.err, HasSubstr("«no-existe.csv»"));
  RunResult out = cli_->as("ana", kUserPassword,
                           {"export", "empresas", cli_->path("no/hay/carpeta.csv").string()});
  EXPECT_EQ(out.status, 1);
  EXPECT_THAT(out.err, HasSubstr("carpeta.csv"));
}

TEST_F(CliExchange, ExportToAPipeOrThroughASymlinkKeepsTheLink) {
  // /dev/stdout is such a link; a rename into place would replace it.
  const auto to_stdout = cli_->path("salida-estandar.csv");
  std::filesystem::create_symlink("/proc/self/fd/1", to_stdout);
  RunResult piped = cli_->as("ana", kUserPassword, {"export", "sesiones", to_stdout.string()});
  ASSERT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(piped.out.rfind("empresa,asesor,fecha,", 0), 0u) << piped.out;
  EXPECT_EQ(csv_record_count(piped.out), 4);
  EXPECT_TRUE(std::filesystem::is_symlink(to_stdout));

  const auto real = cli_->path("real.csv");
  const auto link = cli_->path("enlace.csv");
  write_text(real, "");
  std::filesystem::create_symlink(real, link);
  ASSERT_EQ(cli_->as("ana", kUserPassword, {"export", "sesiones", link.string()}).status, 0);
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(csv_record_count(read_text(real)), 4);
}

TEST_F(CliExchange, UnknownKindIsMisuse) {
  RunResult r = cli_->as("ana", kUserPassword, {"import", "clientes", "x.csv"});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, HasSubstr("«clientes»"));
  EXPECT_THAT(r.err, HasSubstr("empresas"));
}

TEST_F(CliExchange, AByteThatIsNeitherUtf8NorWindows1252IsRefusedNamingTheLine) {
  const auto file = cli_->path("roto.csv");
  write_text(file,
             "nombre;titular_nombre;titular_sexo;sector;distrito;zona;fecha_ingreso\n"
             "Panader\xED"
             "a Pe\xF1"
             "a;Mar\x81"
             "a;mujer;alimentos_bebidas;Cital\xE1"
             ";rural;05/01/2026\n");
  RunResult r = cli_->as("ana", kUserPassword, {"import", "empresas", file.string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("línea 2: el byte 0x81 no es texto ni en UTF-8 ni en Windows-1252"));
  EXPECT_THAT(r.err, HasSubstr("CSV UTF-8"));
  EXPECT_EQ(csv_record_count(exported("empresas")), 6);
}

TEST_F(CliExchange, APipeSeparatedFileGetsOneClearMessage) {
  const auto file = cli_->path("barras.csv");
  write_text(file,
             "nombre|titular_nombre|titular_sexo|sector|distrito|zona|fecha_ingreso\n"
             "Tienda Niño|Luis Niño|hombre|comercio|Citalá|rural|01/10/2026\n");
  RunResult r = cli_->as("ana", kUserPassword, {"import", "empresas", file.string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("línea 1: no se reconocen las columnas"));
  EXPECT_THAT(r.err, HasSubstr("«;», «,» o tabulador"));
  EXPECT_THAT(r.err, Not(HasSubstr("falta la columna")));
}

TEST_F(CliExchange, ASessionAfterTodayIsRefusedNamingLineAndDate) {
  const auto file = cli_->path("futura.csv");
  write_text(file,
             "empresa;asesor;fecha;duracion_min;modalidad;area;tema\n"
             "CH-2026-0001;mpena;05/10/2026;60;virtual;asesoria_tic;Ventas\n"
             "CH-2026-0001;mpena;15/12/2099;60;virtual;asesoria_tic;Feria de Ñandú\n");
  RunResult r = cli_->as("ana", kUserPassword, {"import", "sesiones", file.string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("línea 3, columna fecha: la sesión tiene fecha 15/12/2099, "
                               "posterior a hoy ("));
  EXPECT_THAT(r.err, Not(HasSubstr("línea 2")));
}

TEST_F(CliExchange, ExportReimportedIntoAFreshDatabaseGivesTheSameFiles) {
  const std::string empresas = exported("empresas", "empresas.csv");
  const std::string sesiones = exported("sesiones", "sesiones.csv");
  Cli fresh;
  add_center_users(fresh);
  RunResult e =
      fresh.as("ana", kUserPassword, {"import", "empresas", cli_->path("empresas.csv").string()});
  ASSERT_EQ(e.status, 0) << e.err;
  EXPECT_THAT(e.err, Not(HasSubstr("Aviso: columna")));  // the export's columns are all known
  RunResult s =
      fresh.as("ana", kUserPassword, {"import", "sesiones", cli_->path("sesiones.csv").string()});
  ASSERT_EQ(s.status, 0) << s.err;
  const std::vector<std::pair<std::string, std::string>> files{{"empresas", empresas},
                                                               {"sesiones", sesiones}};
  for (const auto& [kind, original] : files) {
    const auto again = fresh.path(kind + ".csv");
    ASSERT_EQ(fresh.as("ana", kUserPassword, {"export", kind, again.string()}).status, 0);
    EXPECT_EQ(read_text(again), original) << kind;
  }
}

}  // namespace
}  // namespace cdmype::clitest
