// End to end: the register of a person's data-protection requests through `cdmype-cli rights`
// (Decreto Legislativo 144): 20 business days on El Salvador's calendar, one extension, the
// answer, the overdue list, and the person's name sealed in the audit log.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class RightsRequestsCli : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("rights-requests", [](const Cli& c) {
      ASSERT_EQ(c.init().status, 0);
      ASSERT_EQ(c.add_user("directora", "director", "Ana Lucía Cortez").status, 0);
      ASSERT_EQ(c.add_user("asesora", "asesor", "Marta Ayala").status, 0);
    });
  }
  RunResult as(const std::string& user, const std::vector<std::string>& args) const {
    return cli.as(user, kUserPassword, args);
  }
  std::string record(const std::vector<std::string>& extra) const {
    std::vector<std::string> args{"rights", "record"};
    args.insert(args.end(), extra.begin(), extra.end());
    const RunResult r = as("directora", args);
    EXPECT_EQ(r.status, 0) << r.err;
    std::string id = r.out;
    if (!id.empty() && id.back() == '\n') id.pop_back();
    return id;
  }

  Cli cli;
};

TEST_F(RightsRequestsCli, ADeadlineOfTwentyBusinessDaysOverHolyWeekAndTheOverdueList) {
  const RunResult r = as("directora", {"rights", "record", "--nombre", "Rosa Peña Ñandú", "--dui",
                                       "012345678", "--derecho", "acceso", "--recibida",
                                       "2026-03-23"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("vence el 22/04/2026"));
  const std::string old_id = r.out.substr(0, r.out.size() - 1);

  const RunResult overdue = as("directora", {"rights", "list", "--vencidas"});
  EXPECT_EQ(overdue.status, 1);
  EXPECT_EQ(overdue.out, old_id +
                             "\tacceso\tabierta\t23/03/2026\t22/04/2026\tRosa Peña Ñandú\t"
                             "01234567-8\n");
  EXPECT_THAT(overdue.err, HasSubstr("1 solicitud vencida"));
  const RunResult late = as("directora", {"rights", "extend", old_id, "--reason", "Volumen"});
  EXPECT_EQ(late.status, 1);
  EXPECT_THAT(late.err, HasSubstr("venció el 22/04/2026"));

  ASSERT_EQ(as("directora", {"rights", "answer", old_id, "--respuesta",
                             "Se entregó su expediente en JSON y PDF."})
                .status,
            0);
  const RunResult none = as("directora", {"rights", "list", "--vencidas"});
  EXPECT_EQ(none.status, 0);
  EXPECT_EQ(none.out, "");
  EXPECT_THAT(as("directora", {"rights", "list"}).out, HasSubstr("\tacceso\trespondida\t"));
  EXPECT_THAT(as("directora", {"rights", "answer", old_id, "--respuesta", "otra"}).err,
              HasSubstr("ya fue respondida"));
}

TEST_F(RightsRequestsCli, OneExtensionWithItsReasonAndAnAddedHoliday) {
  ASSERT_EQ(as("directora",
               {"rights", "holiday-add", "--fecha", "2026-04-21", "--nombre", "Fiesta patronal"})
                .status,
            0);
  EXPECT_EQ(as("directora", {"rights", "holidays"}).out, "21/04/2026\tFiesta patronal\n");
  EXPECT_THAT(
      as("directora", {"rights", "holiday-add", "--fecha", "2026-09-15", "--nombre", "x"}).err,
      HasSubstr("ya es asueto nacional (Día de la Independencia)"));
  const RunResult r = as("directora", {"rights", "record", "--nombre", "José Niño", "--derecho",
                                       "olvido", "--recibida", "2026-03-23"});
  EXPECT_THAT(r.err, HasSubstr("vence el 23/04/2026"));

  const std::string id = record({"--nombre", "Lucía Citalá", "--derecho", "portabilidad"});
  EXPECT_THAT(as("directora", {"rights", "extend", id, "--reason", " "}).err,
              HasSubstr("necesita su motivo"));
  const RunResult extended =
      as("directora", {"rights", "extend", id, "--reason", "Datos en el archivo histórico"});
  ASSERT_EQ(extended.status, 0) << extended.err;
  EXPECT_THAT(extended.err, HasSubstr("prorrogada hasta el "));
  EXPECT_THAT(as("directora", {"rights", "extend", id, "--reason", "otra vez"}).err,
              HasSubstr("una sola prórroga"));
  EXPECT_THAT(as("directora", {"rights", "list"}).out, HasSubstr("\tLucía Citalá\t\tprorrogada\n"));
}

TEST_F(RightsRequestsCli, OnlyTheDirectorKeepsTheRegisterAndInputIsChecked) {
  const RunResult asesora =
      as("asesora", {"rights", "record", "--nombre", "Rosa", "--derecho", "acceso"});
  EXPECT_EQ(asesora.status, 1);
  EXPECT_THAT(asesora.err, HasSubstr("no puede llevar los registros de protección de datos"));
  EXPECT_EQ(as("directora", {"rights", "record", "--nombre", "Rosa", "--derecho", "borrar"}).status,
            2);
  EXPECT_THAT(as("directora", {"rights", "record", "--nombre", "Rosa", "--dui", "12", "--derecho",
                               "acceso"})
                  .err,
              HasSubstr("no es válido"));
  EXPECT_THAT(as("directora", {"rights", "record", "--nombre", "Rosa", "--derecho", "acceso",
                               "--recibida", "2099-01-01"})
                  .err,
              HasSubstr("posterior a hoy"));
}

TEST_F(RightsRequestsCli, TheAuditLogHoldsThePersonSealed) {
  record({"--nombre", "Quintanilla Ñandú", "--dui", "03456789-8", "--derecho", "oposicion"});
  EXPECT_EQ(cli.as("admin", kAdminPassword, {"check"}).status, 0);
  if (cli.on_postgresql()) return;
  SQLite::Database db(cli.db());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM audit_log WHERE table_name = 'rights_request'")
                .getInt(),
            1);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM audit_log WHERE after_json LIKE '%Quintanilla%' "
                          "OR after_json LIKE '%03456789%'")
                .getInt(),
            0);
}

TEST_F(RightsRequestsCli, ThePersonsExportListsTheirRequestsAndForgettingLeavesOnlyTheRequest) {
  ASSERT_EQ(as("directora", {"settings", "set", "delegado_nombre", "Lucía Peña"}).status, 0);
  const std::string id = record({"--nombre", "Rosalinda Ñandú", "--dui", "03456789-8",
                                 "--derecho", "acceso", "--recibida", "2026-11-30"});
  ASSERT_EQ(as("directora", {"rights", "answer", id, "--respuesta", "Se le entregó su export."})
                .status,
            0);
  const auto json = cli.path("persona.json");
  const auto pdf = cli.path("persona.pdf");
  RunResult r = as("directora", {"person", "export", "--dui", "034567898", "--json",
                                 json.string(), "--pdf", pdf.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("0 expediente(s), 0 remisión(es), 1 solicitud(es) de derechos."));
  const std::string text = read_text(json);
  EXPECT_THAT(text, HasSubstr("\"delegado_proteccion_datos\": \"Lucía Peña\""));
  EXPECT_THAT(text, HasSubstr("\"solicitudes_de_derechos\": ["));
  EXPECT_THAT(text, HasSubstr("\"respuesta\": \"Se le entregó su export.\""));
  EXPECT_THAT(pdf_text(pdf), HasSubstr("Solicitudes de derechos sobre sus datos"));
  EXPECT_THAT(pdf_text(pdf), HasSubstr("Delegado de protección de datos del centro: Lucía Peña"));

  write_text(cli.path("empresas.csv"),
             "codigo;nombre;forma_juridica;titular_nombre;titular_dui;titular_sexo;sector;"
             "distrito;zona;fecha_ingreso\n"
             "CH-2026-0001;Dulces Ñandú;persona_natural;Rosalinda Ñandú;03456789-8;mujer;"
             "alimentos_bebidas;Citalá;rural;15/01/2026\n");
  r = as("directora", {"import", "empresas", cli.path("empresas.csv").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as("directora", {"person", "forget", "--dui", "03456789-8", "--reason", "solicitud " + id});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string list = as("directora", {"rights", "list"}).out;
  EXPECT_THAT(list, HasSubstr("\tacceso\trespondida\t30/11/2026\t"));
  EXPECT_THAT(list, HasSubstr("\t[persona olvidada]\t\n"));
  EXPECT_THAT(list, Not(HasSubstr("Rosalinda")));
  EXPECT_EQ(cli.as("admin", kAdminPassword, {"check"}).status, 0);
}

}  // namespace
}  // namespace cdmype::clitest
