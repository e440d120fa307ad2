// End to end through cdmype-cli: a ventanilla records and exports referrals, the center imports,
// links, opens a file, declines one, records a training and results, and the report shows them.
#include <gtest/gtest.h>

#include "cli_json.hpp"
#include "cli_support.hpp"

namespace cdmype::clitest {
namespace {

const std::string kUser = kUserPassword;

// A center with a directora, an asesora and the ventanilla of La Palma.
class ReferralCli : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("referral-center", [](const Cli& c) {
      ASSERT_EQ(c.init().status, 0);
      ASSERT_EQ(c.add_user("directora", "director", "María José Peña").status, 0);
      ASSERT_EQ(c.add_user("asesora", "asesor", "Ana Niño").status, 0);
      ASSERT_EQ(c.add_user("vlapalma", "ventanilla", "Ventanilla La Palma").status, 0);
    });
  }
  RunResult as(const std::string& user, const std::vector<std::string>& args) const {
    return cli.as(user, kUser, args);
  }
  std::string record(const std::string& nombre, const std::string& fecha) const {
    const auto r = as("vlapalma", {"referral", "record", "--ventanilla", "La Palma", "--nombre",
                                   nombre, "--sexo", "mujer", "--sector", "Alimentos y bebidas",
                                   "--telefono", "2300-1234", "--fecha", fecha});
    EXPECT_EQ(r.status, 0) << r.err;
    return r.out.substr(0, r.out.find('\n'));
  }
  Cli cli;
};

TEST_F(ReferralCli, VentanillaToCenterAndBack) {
  const std::string rosa = record("Rosa Peña", "2026-10-05");
  const std::string jose = record("José Niño", "2026-10-06");
  ASSERT_EQ(rosa.size(), 36u);

  // The ventanilla sees its referrals and nothing else.
  auto r = as("vlapalma", {"referral", "list"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(count_of(r.out, "\trecibida"), 2);
  r = as("vlapalma", {"export", "empresas", cli.path("e.csv").string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("no puede exportar datos"), std::string::npos) << r.err;
  r = as("vlapalma", {"referral", "inbox"});
  EXPECT_EQ(r.status, 1);
  r = as("vlapalma", {"export", "remisiones", cli.path("mias.csv").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(csv_record_count(read_text(cli.path("mias.csv"))), 2);

  // The center works its inbox.
  r = as("asesora", {"referral", "inbox"});
  EXPECT_EQ(count_of(r.out, "\n"), 2);
  r = as("directora", {"referral", "assign", rosa.substr(28), "--asesor", "asesora"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as("asesora", {"referral", "new-file", rosa.substr(28), "--zona", "rural", "--nombre",
                     "Dulces Rosa", "--fecha-ingreso", "2026-10-08"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "CH-2026-0001\n");
  r = as("directora", {"referral", "reject", jose.substr(28)});
  EXPECT_EQ(r.status, 2);  // --reason missing: misuse
  r = as("directora", {"referral", "reject", jose.substr(28), "--reason", "Sin negocio aún"});
  ASSERT_EQ(r.status, 0) << r.err;

  // The ventanilla follows the status.
  r = as("vlapalma", {"referral", "list"});
  EXPECT_NE(r.out.find("Rosa Peña\tatendida"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("José Niño\tno_procede\tSin negocio aún"), std::string::npos) << r.out;

  // The center's status file goes back to the ventanilla.
  r = as("directora", {"export", "remisiones", cli.path("estado.csv").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string estado = read_text(cli.path("estado.csv"));
  EXPECT_NE(estado.find(rosa + ",2026-10-05,La Palma,Rosa Peña,mujer,2300-1234,,alimentos_bebidas,,"
                               "CH-2026-0001,atendida"),
            std::string::npos)
      << estado;

  // Results and a training, then the report.
  r = as("asesora", {"result", "add", "--empresa", "CH-2026-0001", "--fecha", "2026-10-20",
                     "--tipo", "empleos_mujeres", "--valor", "2"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as("asesora", {"result", "add", "--empresa", "CH-2026-0001", "--fecha", "2026-10-21",
                     "--tipo", "financiamiento", "--valor", "1500.00"});
  EXPECT_EQ(r.status, 1);  // the source is required
  EXPECT_NE(r.err.find("fuente"), std::string::npos) << r.err;
  r = as("asesora", {"training", "add", "--titulo", "Costos y precios", "--fecha", "2026-10-15",
                     "--horas", "3,5", "--institucion", "Universidad de El Salvador"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as("asesora", {"training", "attend", "--capacitacion", "Costos y precios", "--nombre",
                     "Rosa Peña", "--sexo", "mujer", "--empresa", "CH-2026-0001"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as("directora",
         {"report", "monthly", "--month", "2026-10", "--json", cli.path("informe.json").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const Json j = Json::parse(read_text(cli.path("informe.json")));
  EXPECT_EQ(j.at_path("remisiones.recibidas").integer(), 2);
  EXPECT_EQ(j["remisiones"]["por_distrito"]["La Palma"].integer(), 2);
  EXPECT_EQ(j.at_path("remisiones.por_estado.atendida").integer(), 1);
  EXPECT_EQ(j.at_path("capacitaciones.eventos").integer(), 1);
  EXPECT_EQ(j.at_path("capacitaciones.participantes_mujeres").integer(), 1);
  EXPECT_EQ(j.at_path("resultados.empleos_mujeres").integer(), 2);
}

TEST_F(ReferralCli, ImportingTheVentanillasFileTwiceChangesNothing) {
  record("Rosa Peña", "2026-10-05");
  ASSERT_EQ(as("vlapalma", {"export", "remisiones", cli.path("r.csv").string()}).status, 0);
  // The same database stands in for the center: the file's uuids are already here.
  auto r = as("directora", {"import", "remisiones", cli.path("r.csv").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("0 nuevas, 0 actualizadas, 1 sin cambios"), std::string::npos) << r.err;
}

TEST_F(ReferralCli, UnknownSubcommandIsMisuse) {
  const auto r = as("directora", {"referral", "borrar"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("subcomando desconocido"), std::string::npos);
}

}  // namespace
}  // namespace cdmype::clitest
