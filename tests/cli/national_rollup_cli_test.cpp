// End to end: two centers issue October and write their signed packages (`report package`), and
// CONAMYPE consolidates them with nothing but the packages and the list of public keys
// (`national consolidate`, no --db): every figure summed, an enterprise served by both centers
// counted once, a center without a package named, and every tampered, unsigned, wrong-key,
// other-month or repeated package refused with nothing written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli/cli_json.hpp"
#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kNationalKey = "clave-nacional-de-conamype-2026";

// Rosalinda's enterprise is served by both centers (the same DUI); each center has one more.
std::string empresas(const std::string& prefix, const std::string& other, const std::string& dui) {
  return "codigo;nombre;forma_juridica;titular_nombre;titular_dui;titular_sexo;"
         "titular_fecha_nacimiento;sector;distrito;zona;fecha_ingreso;asesor\n" +
         prefix +
         "-2026-0001;Dulces Peña;persona_natural;Rosalinda Peña Ñandú;03456789-8;mujer;"
         "20/11/1996;alimentos_bebidas;Citalá;rural;15/01/2026;asesora\n" +
         prefix + "-2026-0002;" + other + ";persona_natural;Tomás Niño;" + dui +
         ";hombre;02/02/1980;artesanias;La Palma;urbana;20/01/2026;asesora\n";
}

std::string sesiones(const std::string& prefix) {
  return "empresa;asesor;fecha;duracion_min;modalidad;area;tema\n" + prefix +
         "-2026-0001;asesora;05/10/2026;90;presencial_empresa;asesoria_empresarial;Costos\n" +
         prefix + "-2026-0002;asesora;06/10/2026;60;presencial_empresa;asesoria_tic;Redes\n" +
         prefix + "-2026-0001;asesora;10/03/2026;30;presencial_empresa;asesoria_tic;Marzo\n";
}

class NationalRollUpCli : public ::testing::Test {
 protected:
  // A center with its October issued and its package written to PREFIX.paquete.
  static void make_center(const Cli& c, const std::string& center, const std::string& prefix,
                          const std::string& other, const std::string& dui) {
    ASSERT_EQ(c.run({"init", "--center", center, "--prefix", prefix, "--admin", "admin"},
                    {{"CDMYPE_PASSWORD", kAdminPassword}})
                  .status,
              0);
    ASSERT_EQ(c.add_user("directora", "director", "Ana Lucía Cortez").status, 0);
    ASSERT_EQ(c.add_user("asesora", "asesor", "Marta Ayala").status, 0);
    for (const auto& [kind, csv] : {std::pair{"empresas", empresas(prefix, other, dui)},
                                    std::pair{"sesiones", sesiones(prefix)}}) {
      const auto r = c.import_csv("directora", kind, csv);
      ASSERT_EQ(r.status, 0) << r.err;
    }
    const auto as = [&](const std::vector<std::string>& args) {
      return c.as("directora", kUserPassword, args);
    };
    ASSERT_EQ(as({"center", "national-key", "--set", kNationalKey}).status, 0);
    const auto issued = as({"report", "issue", "--month", "2026-10"});
    ASSERT_EQ(issued.status, 0) << issued.err;
    const auto pkg = as(
        {"report", "package", "--month", "2026-10", "--out", c.path(prefix + ".paquete").string()});
    ASSERT_EQ(pkg.status, 0) << pkg.err;
    const auto key = as({"center", "key"});
    ASSERT_EQ(key.status, 0) << key.err;
    write_text(c.path(prefix + ".clave"), key.out);
  }

  void SetUp() override {
    ch.restore("rollup-ch", [](const Cli& c) {
      make_center(c, "CDMYPE Chalatenango", "CH", "Hamacas Niño", "01234567-8");
    });
    sa.restore("rollup-sa", [](const Cli& c) {
      make_center(c, "CDMYPE Santa Ana", "SA", "Cerámica Ñandú", "04567890-3");
    });
    keys = ch.path("claves.csv");
    write_text(keys, "centro,clave_publica\nCH," + read_text(ch.path("CH.clave")) + "SA," +
                         read_text(sa.path("SA.clave")) + "MO,bm8tc2UtdXNh\n");
  }

  // `national consolidate` with no database, as CONAMYPE runs it.
  RunResult consolidate(const std::vector<std::string>& packages,
                        const std::string& month = "2026-10") const {
    std::vector<std::string> args{"national", "consolidate", "--month", month,
                                  "--keys",   keys.string(), "--json",  out("json"),
                                  "--pdf",    out("pdf"),    "--xlsx",  out("xlsx")};
    args.insert(args.end(), packages.begin(), packages.end());
    return run_program(cli_path(), args, {}, {}, ch.dir().path());
  }
  std::string out(const std::string& ext) const { return ch.path("nacional." + ext).string(); }
  std::string package(const Cli& c, const std::string& prefix) const {
    return c.path(prefix + ".paquete").string();
  }
  // A copy of a package with one edit applied to its text.
  std::string tampered(const std::string& from, const std::string& find, const std::string& put,
                       const std::string& name) const {
    std::string text = read_text(from);
    const auto at = text.find(find);
    EXPECT_NE(at, std::string::npos) << find;
    if (at != std::string::npos) text.replace(at, find.size(), put);
    const auto path = ch.path(name);
    write_text(path, text);
    return path.string();
  }

  Cli ch, sa;
  std::filesystem::path keys;
};

TEST_F(NationalRollUpCli, AddsEveryFigureCountsASharedEnterpriseOnceAndNamesWhoIsMissing) {
  const RunResult r = consolidate({package(ch, "CH"), package(sa, "SA")});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("2 centro(s), 3 empresa(s) distintas; faltan MO"));
  const Json j = Json::parse(read_text(out("json")));
  EXPECT_EQ(j["periodo"].text, "2026-10");
  ASSERT_EQ(j["centros"].items.size(), 2u);
  EXPECT_EQ(j["centros"].items[0]["prefijo"].text, "CH");
  EXPECT_EQ(j["centros"].items[1]["centro"].text, "CDMYPE Santa Ana");
  EXPECT_EQ(j["centros"].items[0].at_path("empresas_atendidas.total").integer(), 2);
  EXPECT_EQ(j.at_path("total.empresas_atendidas.total").integer(), 4);
  EXPECT_EQ(j.at_path("total.empresas_atendidas.mujer").integer(), 2);
  EXPECT_EQ(j.at_path("total.sesiones.total").integer(), 4);
  EXPECT_EQ(j.at_path("total.sesiones.minutos").integer(), 300);
  EXPECT_EQ(j.at_path("total.sesiones.horas").text, "5.00");
  EXPECT_EQ(j.at_path("total.proporciones.mujer").text, "50.0");
  EXPECT_EQ(j.at_path("total.acumulado.sesiones.total").integer(), 6);  // March is in the year
  EXPECT_EQ(j["empresas_atendidas_distintas"].integer(), 3);            // Rosalinda once
  EXPECT_EQ(j["suma_empresas_atendidas"].integer(), 4);
  ASSERT_EQ(j["faltan"].items.size(), 1u);
  EXPECT_EQ(j["faltan"].items[0].text, "MO");
  // No person's data travels: the packages and the national report name no one.
  for (const auto& file : {package(ch, "CH"), package(sa, "SA"), out("json")}) {
    const std::string text = read_text(file);
    EXPECT_THAT(text, Not(HasSubstr("Rosalinda")));
    EXPECT_THAT(text, Not(HasSubstr("03456789")));
  }
  const std::string pdf = pdf_text(out("pdf"));
  for (const char* expected : {"Consolidado nacional de los CDMYPE", "Total nacional",
                               "CDMYPE Santa Ana", "Sin paquete este mes: MO", "Página 1 de"})
    EXPECT_THAT(pdf, HasSubstr(expected));
  EXPECT_GT(std::filesystem::file_size(out("xlsx")), 0u);
}

TEST_F(NationalRollUpCli, ThePackageIsTheOneMadeAtIssueAndTheKeyIsStable) {
  const auto again = ch.path("otra-vez.paquete");
  ASSERT_EQ(ch.as("directora", kUserPassword,
                  {"report", "package", "--month", "2026-10", "--out", again.string()})
                .status,
            0);
  EXPECT_EQ(read_text(again), read_text(package(ch, "CH")));
  EXPECT_EQ(ch.as("directora", kUserPassword, {"center", "key"}).out,
            read_text(ch.path("CH.clave")));
  const RunResult never =
      ch.as("directora", kUserPassword,
            {"report", "package", "--month", "2026-09", "--out", ch.path("x").string()});
  EXPECT_EQ(never.status, 1);
  EXPECT_THAT(never.err, HasSubstr("no se ha emitido"));
  EXPECT_THAT(ch.as("asesora", kUserPassword,
                    {"report", "package", "--month", "2026-10", "--out", ch.path("x").string()})
                  .err,
              HasSubstr("no puede"));
}

TEST_F(NationalRollUpCli, RefusesEveryPackageThatCannotBeTrustedAndWritesNothing) {
  const std::string ch_pkg = package(ch, "CH");
  const std::string sa_pkg = package(sa, "SA");
  struct Case {
    std::vector<std::string> packages;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {{ch_pkg, tampered(sa_pkg, "\\\"centro\\\": \\\"CDMYPE Santa Ana",
                         "\\\"centro\\\": \\\"CDMYPE Santa Ano", "json.paquete")},
       "json.paquete: el JSON del informe no corresponde a su SHA-256"},
      {{ch_pkg, tampered(sa_pkg, "\"informe_pdf\": \"JVBERi0", "\"informe_pdf\": \"JVBERi1",
                         "pdf.paquete")},
       "pdf.paquete: el PDF del informe no corresponde a su SHA-256"},
      {{tampered(ch_pkg, "\"empresas_mes\": [\n    \"", "\"empresas_mes\": [\n    \"0",
                 "ids.paquete")},
       "ids.paquete: la lista de empresas atendidas en el mes no corresponde"},
      {{tampered(ch_pkg, "\"centro\": \"CDMYPE Chalatenango\"", "\"centro\": \"CDMYPE Chalate\"",
                 "nombre.paquete")},
       "nombre.paquete: la firma no es la del centro CH"},
      {{tampered(ch_pkg, "\"prefijo\": \"CH\"", "\"prefijo\": \"SA\"", "clave.paquete")},
       "clave.paquete: la firma no es la del centro SA"},
      {{tampered(ch_pkg, "\"prefijo\": \"CH\"", "\"prefijo\": \"LL\"", "desconocido.paquete")},
       "el centro «LL» no está en la lista de claves"},
      {{tampered(ch_pkg, "\"firma\": \"", "\"firma\": \"\", \"x\": \"", "sin-firma.paquete")},
       "sin-firma.paquete: no está firmado"},
      {{ch_pkg, sa_pkg, ch_pkg}, "ya envió"},
      {{ch.path("CH.clave").string()}, "no es un paquete de informe"},
  };
  for (const auto& c : cases) {
    std::filesystem::remove(out("json"));
    const RunResult r = consolidate(c.packages);
    EXPECT_EQ(r.status, 1) << c.reason;
    EXPECT_THAT(r.err, HasSubstr("No se consolidó nada"));
    EXPECT_THAT(r.err, HasSubstr(c.reason));
    EXPECT_FALSE(std::filesystem::exists(out("json"))) << c.reason;
  }
  const RunResult other_month = consolidate({ch_pkg}, "2026-11");
  EXPECT_EQ(other_month.status, 1);
  EXPECT_THAT(other_month.err, HasSubstr("es el paquete de 2026-10, no de 2026-11"));
  EXPECT_EQ(consolidate({}).status, 2);
}

}  // namespace
}  // namespace cdmype::clitest
