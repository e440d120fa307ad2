// End-to-end: technical assistance as a new center would use it through cdmype-cli (issue 4).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

// Two enterprises in Chalatenango: a woman-led urban one and a men-led
// urban, non-associative one, plus a rural cooperative.
constexpr const char* kEmpresas =
    "codigo;nombre;forma_juridica;titular_nombre;titular_sexo;socias;socios;sector;distrito;zona;"
    "fecha_ingreso;asesor\n"
    "CH-2026-0001;Mermeladas Peña;persona_natural;Rosa Peña;mujer;;;alimentos_bebidas;Citalá;"
    "urbana;15/01/2026;asesora\n"
    "CH-2026-0002;Taller Niño;persona_natural;Pedro Niño;hombre;;;artesanias;La Palma;urbana;"
    "2026-01-20;asesora\n"
    "CH-2026-0003;Cooperativa Añil de Citalá;cooperativa;Julio Cortez;hombre;4;8;"
    "textiles_confeccion;Citalá;rural;2026-02-02;asesora\n";

class AtCli : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("at-center", [](const Cli& c) {
      ASSERT_EQ(c.init().status, 0);
      ASSERT_EQ(c.add_user("directora", "director", "María José Peña").status, 0);
      ASSERT_EQ(c.add_user("asesora", "asesor", "Ana Lucía Niño").status, 0);
      ASSERT_EQ(c.add_user("compras", "compras", "Lucía Cortez").status, 0);
      write_text(c.path("empresas.csv"), kEmpresas);
      const RunResult r =
          c.as("directora", kUserPassword, {"import", "empresas", c.path("empresas.csv").string()});
      ASSERT_EQ(r.status, 0) << r.err;
    });
  }

  RunResult as(const std::string& user, const std::vector<std::string>& args) const {
    return cli.as(user, kUserPassword, args);
  }
  // `at request` by the asesora; returns the code printed on stdout.
  std::string request(const std::string& empresa, const std::string& costo,
                      const std::string& proveedor = "Consultores Peña y Asociados") const {
    const RunResult r = as("asesora", {"at", "request", "--empresa", empresa, "--descripcion",
                                       "Registro sanitario y etiquetado", "--proveedor", proveedor,
                                       "--costo", costo, "--especialidad", "inocuidad"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, MatchesRegex("CH-AT-[0-9]{4}-[0-9]{4}\n")) << "solo el código en stdout";
    return r.out.substr(0, r.out.size() - 1);
  }
  std::string show(const std::string& codigo) const {
    const RunResult r = as("directora", {"at", "show", codigo});
    EXPECT_EQ(r.status, 0) << r.err;
    return r.out;
  }

  Cli cli;
};

TEST_F(AtCli, WomanLedUrbanGetsNinetyFivePercentAndMenLedUrbanNinety) {
  const std::string mujer = request("CH-2026-0001", "1005.05");
  const std::string hombre = request("ch-2026-0002", "1005,05");
  EXPECT_NE(mujer, hombre);
  EXPECT_THAT(show(mujer),
              HasSubstr("Subsidio si se aprueba hoy: $954.80 (95 %: liderada por mujer)"));

  RunResult r = as("directora", {"at", "approve", mujer});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("subsidio $954.80 (95 %: liderada por mujer), aporte de la empresa "
                               "$50.25"));
  const std::string detail = show(mujer);
  EXPECT_THAT(detail, HasSubstr("Estado: aprobada\n"));
  EXPECT_THAT(detail, HasSubstr("Empresa: CH-2026-0001 Mermeladas Peña\n"));
  EXPECT_THAT(detail, HasSubstr("Costo total: $1,005.05\n"));
  EXPECT_THAT(detail, HasSubstr("Subsidio del centro: $954.80 (95 %: liderada por mujer)\n"));
  EXPECT_THAT(detail, HasSubstr("Aporte de la empresa: $50.25\n"));
  EXPECT_THAT(detail, HasSubstr("Proveedor: Consultores Peña y Asociados\n"));
  EXPECT_THAT(detail, HasSubstr("por María José Peña (directora)"));

  ASSERT_EQ(as("directora", {"at", "approve", hombre}).status, 0);
  EXPECT_THAT(show(hombre), HasSubstr("Subsidio del centro: $904.55 (90 %: sin ponderación)\n"));
  EXPECT_THAT(show(hombre), HasSubstr("Aporte de la empresa: $100.50\n"));
}

TEST_F(AtCli, RefusalsAreSpanishOnStderrWithExitOneAndMisuseIsTwo) {
  const std::string codigo = request("CH-2026-0001", "500.00");
  RunResult r = as("asesora", {"at", "approve", codigo});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("El rol «asesor» no puede aprobar asistencias técnicas."));
  r = as("directora", {"at", "reject", codigo});
  EXPECT_EQ(r.status, 2) << "falta --reason";
  r = as("directora", {"at", "volar", codigo});
  EXPECT_EQ(r.status, 2);
  // Misuse is caught before the password is asked for (none is given here).
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--user", "directora", "at", "approve"},
        {"--user", "asesora", "at", "request", "--empresa", "CH-2026-0001"},
        {"--user", "compras", "at", "finish", codigo, "--nota", "x"},
        {"--user", "directora", "at", "approve", codigo, "--fecha", "ayer"},
        {"--user", "compras", "at", "copago", codigo},
        {"--user", "compras", "at", "pago", codigo, "--monto", "10", "--rating", "5"}}) {
    r = cli.run(args);
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_THAT(r.err, ::testing::Not(HasSubstr("Contraseña")));
  }
  r = as("compras", {"at", "start", codigo});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("está «solicitada»; solo se puede iniciar una asistencia en estado "
                               "«contratada»"));
  r = as("asesora",
         {"at", "request", "--empresa", "CH-2026-0099", "--descripcion", "x", "--costo", "10.00"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("No existe la empresa con código «CH-2026-0099»."));
  r = as("directora", {"at", "reject", codigo, "--reason", "Duplica otra solicitud"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(show(codigo), HasSubstr("Motivo del rechazo: Duplica otra solicitud\n"));
}

TEST_F(AtCli, TheWholeLifeCycleWithTheProvidersRating) {
  const std::string codigo = request("CH-2026-0003", "2000.00", "Diseños Citalá");
  ASSERT_EQ(as("directora", {"at", "approve", codigo}).status, 0);
  EXPECT_THAT(show(codigo), HasSubstr("(95 %: rural, asociativa)"));
  for (const char* step : {"contract", "start"})
    ASSERT_EQ(as("compras", {"at", step, codigo}).status, 0) << step;
  RunResult r = as("compras", {"at", "finish", codigo, "--rating", "9"});
  EXPECT_EQ(r.status, 1);
  ASSERT_EQ(as("compras", {"at", "finish", codigo, "--rating", "5"}).status, 0);
  // Settling needs the co-payment ($100.00 of $2,000.00 at 95 %) and the provider paid.
  r = as("compras", {"at", "settle", codigo});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("falta recibir $100.00 del aporte de la empresa (recibido $0.00 de "
                               "$100.00) y falta pagar $2,000.00 al proveedor"));
  EXPECT_THAT(show(codigo), HasSubstr("Aporte recibido: $0.00 de $100.00\n"));
  r = as("directora", {"at", "copago", codigo, "--monto", "100.00"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("no puede registrar el aporte de la empresa; lo registra el "
                               "técnico de compras"));
  r = as("compras", {"at", "copago", codigo, "--monto", "100,00"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("aporte de la empresa recibido $100.00 de $100.00"));
  r = as("compras", {"at", "pago", codigo, "--monto", "2000.01"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("más de lo que corresponde ($2,000.00)"));
  ASSERT_EQ(as("compras", {"at", "pago", codigo, "--monto", "2000"}).status, 0);
  EXPECT_THAT(show(codigo), HasSubstr("Pagado al proveedor: $2,000.00 de $2,000.00 (último pago el "));
  ASSERT_EQ(as("compras", {"at", "settle", codigo}).status, 0);
  EXPECT_THAT(show(codigo), HasSubstr("Estado: liquidada\n"));
  EXPECT_THAT(show(codigo), HasSubstr("Aporte recibido: $100.00 de $100.00 (último pago el "));
  r = as("compras", {"provider", "list"});
  EXPECT_THAT(r.out, HasSubstr("Diseños Citalá\tactivo\t1 AT\t5.0 de 5 (1 calificación)"));
  r = as("compras", {"at", "cancel", codigo});
  EXPECT_EQ(r.status, 1);
}

TEST_F(AtCli, BudgetRefusalNamesWhatRemains) {
  RunResult r = as("asesora", {"budget", "set", "--year", "2026", "--at-fund", "100.00"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("no puede administrar el presupuesto"));
  const std::string first = request("CH-2026-0002", "1005.05");
  ASSERT_EQ(as("directora", {"at", "approve", first}).status, 0);  // $904.55
  // Fund such that $2,045.20 remains this year (approvals are dated today).
  ASSERT_EQ(as("directora", {"budget", "set", "--year", first.substr(6, 4), "--at-fund", "2949.75"})
                .status,
            0);
  const std::string big = request("CH-2026-0001", "3000.00");
  r = as("directora", {"at", "approve", big});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("quedan $2,045.20 y el subsidio es $2,850.00."));
  r = as("directora", {"budget", "show", "--year", first.substr(6, 4)});
  EXPECT_THAT(r.out, HasSubstr("Fondo de asistencia técnica: $2,949.75\n"));
  EXPECT_THAT(r.out, HasSubstr("Aporte de CONAMYPE: $1,474.88 (50 %)\n"));
  EXPECT_THAT(r.out, HasSubstr("Disponible: $2,045.20\n"));
}

TEST_F(AtCli, TheQueueExplainsEachScore) {
  const std::string man = request("CH-2026-0002", "100.00");
  const std::string coop = request("CH-2026-0003", "100.00");
  const std::string woman = request("CH-2026-0001", "100.00");
  const RunResult r = as("directora", {"at", "queue"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, coop +
                       "\t50 puntos\tCH-2026-0003\tCooperativa Añil de Citalá\t$100.00\trural +20, "
                       "asociativa +15, primera AT del año +15\n" +
                       woman +
                       "\t45 puntos\tCH-2026-0001\tMermeladas Peña\t$100.00\tmujer +30, "
                       "primera AT del año +15\n" +
                       man +
                       "\t15 puntos\tCH-2026-0002\tTaller Niño\t$100.00\tprimera AT del año +15\n");
}

TEST_F(AtCli, ContractWithoutAProviderSaysHowToNameOne) {
  RunResult r = as("asesora", {"at", "request", "--empresa", "CH-2026-0002", "--descripcion",
                               "Catálogo de artesanías", "--costo", "300.00"});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string codigo = r.out.substr(0, r.out.size() - 1);
  ASSERT_EQ(as("directora", {"at", "approve", codigo}).status, 0);
  r = as("compras", {"at", "contract", codigo});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("Asigne un proveedor antes de contratar la asistencia " + codigo +
                               ". Indíquelo con «cdmype-cli at contract " + codigo +
                               " --proveedor \"Nombre del proveedor\"»."));
  r = as("compras", {"at", "contract", codigo, "--proveedor", "Artesanos Niño"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(show(codigo), HasSubstr("Proveedor: Artesanos Niño\n"));
}

TEST_F(AtCli, PolicyVersionsAreShownAndSetByTheDirector) {
  RunResult r = as("directora", {"policy", "set", "--from", "2099-01-01", "--rules",
                                 "mujer_rural:liderada_por_mujer,rural:3;general::12"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as("asesora", {"policy", "show", "--date", "2099-06-01"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("graduada, 2 reglas (aporte de la empresa 3 % a 12 %)"));
  EXPECT_THAT(r.out, HasSubstr("regla «mujer_rural»: liderada por mujer, rural → la empresa "
                               "aporta 3 %"));
  r = as("asesora", {"policy", "set", "--from", "2099-02-01", "--base", "90", "--weighted", "95"});
  EXPECT_EQ(r.status, 1);
  r = as("directora",
         {"policy", "set", "--from", "2099-02-01", "--base", "noventa", "--weighted", "95"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("--base: «noventa» no es un porcentaje"));
}

TEST_F(AtCli, AssistancesExportAndImportAsCsv) {
  const std::string codigo = request("CH-2026-0001", "1005.05");
  ASSERT_EQ(as("directora", {"at", "approve", codigo}).status, 0);
  const auto out = cli.path("asistencias.csv");
  RunResult r = as("directora", {"export", "asistencias", out.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string text = read_text(out);
  EXPECT_THAT(text, HasSubstr(codigo + ",CH-2026-0001,Registro sanitario y etiquetado,Consultores "
                                       "Peña y Asociados,1005.05,aprobada,"));
  EXPECT_THAT(text, HasSubstr(",asesora,directora,\n"));
  // A non-director may not bring approvals in, and nothing is written.
  write_text(cli.path("historia.csv"),
             "empresa,descripcion,costo_total,estado,fecha_solicitud,fecha_aprobacion,"
             "aprobada_por\n"
             "CH-2026-0002,Capacitación en costos,200.00,solicitada,2026-02-01,,\n"
             "CH-2026-0002,Marca,300.00,aprobada,2026-02-01,2026-02-03,directora\n");
  r = as("asesora", {"import", "asistencias", cli.path("historia.csv").string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("línea 3: solo un director puede registrar asistencias aprobadas"));
  r = as("directora", {"import", "asistencias", cli.path("historia.csv").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as("directora", {"at", "list", "--empresa", "CH-2026-0002"});
  EXPECT_THAT(r.out, HasSubstr("\tsolicitada\t$200.00\t-\tCapacitación en costos\n"));
  EXPECT_THAT(r.out, HasSubstr("\taprobada\t$300.00\t$270.00\tMarca\n"));
}

}  // namespace
}  // namespace cdmype::clitest
