// End to end: a person's right to be forgotten through `cdmype-cli person forget` (Decreto
// Legislativo 144): the live records and the audit snapshots stop holding them, the chain still
// verifies, the month's report is the same, and on a file no byte of the name or DUI is left.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kName = "Rosalinda Quintanilla Ñandú";
constexpr const char* kDui = "03456789-8";
constexpr const char* kPhone = "7012-3456";

// The person's file and a neighbour's that must stay as it is.
constexpr const char* kEmpresas =
    "codigo;nombre;forma_juridica;titular_nombre;titular_dui;titular_sexo;"
    "titular_fecha_nacimiento;sector;distrito;zona;fecha_ingreso;asesor;nit\n"
    "CH-2026-0001;Dulces Quintanilla;persona_natural;Rosalinda Quintanilla Ñandú;03456789-8;"
    "mujer;20/11/1996;alimentos_bebidas;Citalá;rural;15/01/2026;asesora;03456789-8\n"
    "CH-2026-0002;Taller Niño;persona_natural;Pedro Niño;;hombre;02/02/1980;artesanias;"
    "La Palma;urbana;2026-01-20;asesora;\n";
constexpr const char* kSesiones =
    "empresa;asesor;fecha;duracion_min;modalidad;area;tema;acuerdos\n"
    "CH-2026-0001;asesora;05/10/2026;90;presencial_empresa;asesoria_empresarial;"
    "Costos de los dulces;Rosalinda llama al 7012-3456 si falta algo\n"
    "CH-2026-0002;asesora;06/10/2026;60;presencial_empresa;asesoria_empresarial;"
    "Inventario del taller;Pedro Niño ordena la bodega\n";

class PersonForgetCli : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("person-forget-center", [](const Cli& c) {
      ASSERT_EQ(c.init().status, 0);
      ASSERT_EQ(c.add_user("directora", "director", "Ana Lucía Cortez").status, 0);
      ASSERT_EQ(c.add_user("asesora", "asesor", "Marta Ayala").status, 0);
      ASSERT_EQ(c.add_user("vcitala", "ventanilla", "Ventanilla Citalá").status, 0);
      for (const auto& [kind, csv] :
           {std::pair{"empresas", kEmpresas}, std::pair{"sesiones", kSesiones}}) {
        const auto r = c.import_csv("directora", kind, csv);
        ASSERT_EQ(r.status, 0) << r.err;
      }
      auto r = c.as("vcitala", kUserPassword,
                    {"referral", "record", "--ventanilla", "Citalá", "--nombre", kName, "--sexo",
                     "mujer", "--telefono", kPhone, "--dui", kDui, "--necesidad",
                     "Rosalinda necesita crédito", "--fecha", "2026-10-02"});
      ASSERT_EQ(r.status, 0) << r.err;
      r = c.as("asesora", kUserPassword,
               {"at", "request", "--empresa", "CH-2026-0001", "--descripcion",
                "Etiquetas para los dulces de Rosalinda Quintanilla", "--costo", "800.00"});
      ASSERT_EQ(r.status, 0) << r.err;
    });
  }
  RunResult as(const std::string& user, const std::vector<std::string>& args) const {
    return cli.as(user, kUserPassword, args);
  }
  std::string october_json(const std::string& name) const {
    const auto r = as("directora", {"report", "monthly", "--month", "2026-10", "--json",
                                    cli.path(name).string()});
    EXPECT_EQ(r.status, 0) << r.err;
    // The figures, without the one line that says when they were computed.
    std::string json = read_text(cli.path(name));
    const size_t at = json.find("\"generado\"");
    if (at != std::string::npos) json.erase(at, json.find('\n', at) - at);
    return json;
  }
  // The file and its write-ahead log as bytes, where a value could hide.
  std::string raw_database() const {
    std::string bytes = read_text(cli.path("centro.db"));
    if (std::filesystem::exists(cli.path("centro.db-wal")))
      bytes += read_text(cli.path("centro.db-wal"));
    return bytes;
  }
  Cli cli;
};

TEST_F(PersonForgetCli, ForgetsEverywhereKeepsTheChainAndTheReport) {
  auto r = as("directora", {"report", "issue", "--month", "2026-10"});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string before = october_json("antes.json");
  r = as("directora", {"report", "show-issued", "--month", "2026-10", "--json",
                       cli.path("emitido-antes.json").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  if (!cli.on_postgresql()) {
    // The test can fail: before, the file holds the DUI (live row and search index).
    EXPECT_THAT(raw_database(), HasSubstr("03456789"));
    EXPECT_THAT(raw_database(), HasSubstr(kName));
  }

  // Only a director; a reason is required.
  r = as("asesora", {"person", "forget", "--dui", kDui, "--reason", "Solicitud"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("no puede olvidar a una persona"));
  r = as("directora", {"person", "forget", "--dui", kDui, "--reason", "  "});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("motivo"));
  r = as("directora", {"person", "forget", "--dui", "99999999-9", "--reason", "x"});
  EXPECT_EQ(r.status, 1);

  r = as("directora", {"person", "forget", "--dui", "034567898", "--reason",
                       "Solicitud de cancelación recibida el 1 de diciembre"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("1 expediente(s), 1 remisión(es)"));
  EXPECT_THAT(r.err, HasSubstr("copias de seguridad diarias"));

  // What the center still shows of her: no name, no DUI, no phone.
  r = as("directora", {"export", "empresas", cli.path("empresas.csv").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string empresas = read_text(cli.path("empresas.csv"));
  EXPECT_THAT(empresas, Not(HasSubstr("Quintanilla")));
  EXPECT_THAT(empresas, Not(HasSubstr("03456789")));
  EXPECT_THAT(empresas, HasSubstr("Persona olvidada"));
  EXPECT_THAT(empresas, HasSubstr("1996-11-01"));  // month of birth kept for the «joven» band
  EXPECT_THAT(empresas, HasSubstr("Pedro Niño"));  // the neighbour untouched
  r = as("directora", {"export", "sesiones", cli.path("sesiones.csv").string()});
  const std::string sesiones = read_text(cli.path("sesiones.csv"));
  EXPECT_THAT(sesiones, Not(HasSubstr("Rosalinda")));
  EXPECT_THAT(sesiones, Not(HasSubstr(kPhone)));
  EXPECT_THAT(sesiones, HasSubstr("Pedro Niño ordena la bodega"));
  r = as("directora", {"export", "remisiones", cli.path("remisiones.csv").string()});
  const std::string remisiones = read_text(cli.path("remisiones.csv"));
  EXPECT_THAT(remisiones, Not(HasSubstr("Rosalinda")));
  EXPECT_THAT(remisiones, Not(HasSubstr(kPhone)));
  EXPECT_THAT(remisiones, HasSubstr("necesita crédito"));
  r = as("directora", {"export", "asistencias", cli.path("at.csv").string()});
  EXPECT_THAT(read_text(cli.path("at.csv")), Not(HasSubstr("Quintanilla")));

  // The chain verifies; the month's figures and the issued report are the same.
  r = cli.as("admin", kAdminPassword, {"check"});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(october_json("despues.json"), before);
  r = as("directora", {"report", "show-issued", "--month", "2026-10", "--json",
                       cli.path("emitido-despues.json").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(read_text(cli.path("emitido-despues.json")), read_text(cli.path("emitido-antes.json")));

  if (!cli.on_postgresql()) {
    // Not in the file, not in its log, not in a backup made afterwards.
    const std::string raw = raw_database();
    for (const std::string& value : {std::string("03456789"), std::string(kName),
                                     std::string("Quintanilla"), std::string(kPhone)})
      EXPECT_EQ(raw.find(value), std::string::npos) << value;
    r = cli.as("admin", kAdminPassword, {"backup", cli.path("copia.db").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string copy = read_text(cli.path("copia.db"));
    EXPECT_EQ(copy.find("03456789"), std::string::npos);
    EXPECT_EQ(copy.find("Quintanilla"), std::string::npos);
  }
}

// Acceso y portabilidad: everything about her in a JSON she can take and a PDF she can read.
TEST_F(PersonForgetCli, ExportListsEveryRecordOfThePersonAndIsAudited) {
  auto r = as("asesora", {"person", "export", "--dui", kDui, "--json", cli.path("x.json").string()});
  EXPECT_EQ(r.status, 1);
  r = as("directora", {"person", "export", "--dui", kDui});
  EXPECT_EQ(r.status, 2) << "no output named";
  r = as("directora", {"person", "export", "--dui", kDui, "--json",
                       cli.path("rosalinda.json").string(), "--pdf",
                       cli.path("rosalinda.pdf").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string json = read_text(cli.path("rosalinda.json"));
  EXPECT_THAT(json, HasSubstr("\"formato\": \"cdmype-datos-personales/1\""));
  EXPECT_THAT(json, HasSubstr("\"nombre\": \"Rosalinda Quintanilla Ñandú\""));
  EXPECT_THAT(json, HasSubstr("\"codigo\": \"CH-2026-0001\""));
  EXPECT_THAT(json, HasSubstr("\"tema\": \"Costos de los dulces\""));
  EXPECT_THAT(json, HasSubstr("Etiquetas para los dulces de Rosalinda Quintanilla"));
  EXPECT_THAT(json, HasSubstr("\"necesidad\": \"Rosalinda necesita crédito\""));
  EXPECT_THAT(json, HasSubstr("\"telefono\": \"7012-3456\""));
  EXPECT_THAT(json, Not(HasSubstr("Pedro Niño")));  // the neighbour is not hers
  EXPECT_EQ(count_of(json, "\"codigo\": \"CH-AT-"), 1);
  const std::string pdf = pdf_text(cli.path("rosalinda.pdf"));
  EXPECT_THAT(pdf, HasSubstr("Rosalinda Quintanilla Ñandú"));
  EXPECT_THAT(pdf, HasSubstr("Expediente CH-2026-0001"));
  EXPECT_THAT(pdf, HasSubstr("Remisiones de ventanillas municipales"));
  // The delivery is on the record; after a forget there is nothing left to deliver.
  r = as("directora", {"person", "forget", "--dui", kDui, "--reason", "Solicitud n.º 9"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as("directora", {"person", "export", "--dui", kDui, "--json", cli.path("y.json").string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("Ningún expediente, remisión ni solicitud de derechos tiene el DUI "
                               "03456789-8"));
}

}  // namespace
}  // namespace cdmype::clitest
