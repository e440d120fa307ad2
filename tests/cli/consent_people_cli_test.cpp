// End to end: the consent of the people the center records outside a file (Decreto Legislativo
// 144): a referral's person asked at the ventanilla (`referral record --alcances`), a training
// participant without a file (`training attend --alcances`). Their records are their own, a
// withdrawal or objection takes them out of identified exports at once, the ventanilla's grant
// opens the file made from the referral, and the person's export lists them.
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

class ConsentPeopleCli : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("consent-people", [](const Cli& c) {
      ASSERT_EQ(c.init().status, 0);
      ASSERT_EQ(c.add_user("directora", "director", "Ana Lucía Cortez").status, 0);
      ASSERT_EQ(c.add_user("asesora", "asesor", "Marta Ayala").status, 0);
      ASSERT_EQ(c.add_user("vcitala", "ventanilla", "Ventanilla Citalá").status, 0);
    });
  }
  RunResult as(const std::string& user, const std::vector<std::string>& args) const {
    return cli.as(user, kUserPassword, args);
  }
  void ok(const std::string& user, const std::vector<std::string>& args) const {
    const RunResult r = as(user, args);
    ASSERT_EQ(r.status, 0) << r.err;
  }
  // The uuid the command printed alone on stdout.
  std::string printed_id(const std::string& user, const std::vector<std::string>& args) const {
    const RunResult r = as(user, args);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.out.substr(0, r.out.find('\n'));
  }
  std::string referral(const std::string& nombre, const std::string& dui,
                       const std::vector<std::string>& extra) const {
    std::vector<std::string> args{"referral", "record",    "--ventanilla", "Citalá",
                                  "--nombre", nombre,      "--sexo",       "mujer",
                                  "--dui",    dui,         "--telefono",   "7123-4567",
                                  "--fecha",  "2026-10-05"};
    args.insert(args.end(), extra.begin(), extra.end());
    return printed_id("vcitala", args);
  }
  std::string exported(const std::string& kind) const {
    const auto file = cli.path(kind + "-salida.csv");
    std::filesystem::remove(file);
    const RunResult r = as("directora", {"export", kind, file.string()});
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? read_text(file) : "";
  }
  void expect_count(const std::string& sql, std::int64_t expected) const {
    if (cli.on_postgresql()) return;  // the same is checked there through the CLI
    SQLite::Database db(cli.db());
    EXPECT_EQ(db.execAndGet(sql).getInt64(), expected) << sql;
  }

  Cli cli;
};

TEST_F(ConsentPeopleCli, AReferralsPersonHasTheirOwnConsentAndItOpensTheirFile) {
  // What a referral may be granted: atención is needed, sensitive data is a file's.
  std::vector<std::string> args{"referral",   "record",        "--ventanilla", "Citalá",
                                "--nombre",   "Rosa Peña",     "--sexo",       "mujer",
                                "--alcances", "comunicaciones"};
  EXPECT_THAT(as("vcitala", args).err, HasSubstr("la atención es necesaria"));
  args.back() = "atencion,sensibles";
  EXPECT_THAT(as("vcitala", args).err, HasSubstr("no guarda datos sensibles"));
  args.back() = "atencion,nada";
  EXPECT_EQ(as("vcitala", args).status, 2);
  expect_count("SELECT count(*) FROM referral", 0);  // nothing half-written

  const std::string rosa =
      referral("Rosa Peña Ñandú", "03456789-8", {"--alcances", "atencion,seguimiento,compartir"});
  const std::string jose = referral("José Niño", "01234567-8", {});  // not asked: unregistered
  ASSERT_EQ(rosa.size(), 36u);
  const std::string rosa_id = rosa.substr(28);
  RunResult shown = as("directora", {"consent", "show", "--remision", rosa_id});
  ASSERT_EQ(shown.status, 0) << shown.err;
  EXPECT_THAT(shown.out, HasSubstr("estado\tregistrado\n"));
  EXPECT_THAT(shown.out, HasSubstr("alcances\tatencion,seguimiento,compartir\n"));
  EXPECT_THAT(shown.out, HasSubstr("\tvcitala\t"));
  EXPECT_THAT(as("directora", {"consent", "show", "--remision", jose.substr(28)}).out,
              HasSubstr("estado\tconsentimiento no registrado\n"));
  // The ventanilla records the grant with the referral and does not manage consents after; the
  // two options do not go together.
  EXPECT_THAT(as("vcitala", {"consent", "show", "--remision", rosa_id}).err, HasSubstr("no puede"));
  ok("asesora", {"consent", "show", "--remision", rosa_id});
  EXPECT_EQ(as("directora", {"consent", "show", "--remision", rosa_id, "--asistente", "x"}).status,
            2);

  // The ventanilla prints the form for the person to sign: no sensitive data, no file.
  const auto form = cli.path("consentimiento-rosa.pdf");
  ok("vcitala", {"consent", "form", "--remision", rosa_id, "--pdf", form.string()});
  const std::string text = pdf_text(form);
  for (const char* expected : {"Rosa Peña Ñandú", "03456789-8", "Firma de la persona",
                               "Compartir datos identificados con CONAMYPE"})
    EXPECT_THAT(text, HasSubstr(expected));
  EXPECT_THAT(text, Not(HasSubstr("Datos sensibles")));
  EXPECT_THAT(text, Not(HasSubstr("Expediente")));

  // Withdrawing identified sharing takes her name and DUI out of the referrals export at once.
  EXPECT_THAT(exported("remisiones"), HasSubstr("Rosa Peña Ñandú"));
  ok("directora", {"consent", "withdraw", "--remision", rosa_id, "--alcances", "compartir"});
  std::string remisiones = exported("remisiones");
  EXPECT_THAT(remisiones, Not(HasSubstr("Rosa Peña")));
  EXPECT_THAT(remisiones, Not(HasSubstr("03456789-8")));
  EXPECT_THAT(remisiones, HasSubstr("José Niño"));
  ok("directora",
     {"consent", "object", "--remision", jose.substr(28), "--reason", "Llamó para oponerse"});
  EXPECT_THAT(exported("remisiones"), Not(HasSubstr("José Niño")));

  // The file opened from Rosa's referral starts from what she agreed to at the ventanilla.
  const RunResult file = as("directora", {"referral", "new-file", rosa_id, "--zona", "rural"});
  ASSERT_EQ(file.status, 0) << file.err;
  const std::string codigo = file.out.substr(0, file.out.find('\n'));
  shown = as("directora", {"consent", "show", codigo});
  EXPECT_THAT(shown.out, HasSubstr("estado\tregistrado\n"));
  EXPECT_THAT(shown.out, HasSubstr("alcances\tatencion,seguimiento\n"));
  EXPECT_THAT(shown.out, HasSubstr("registro\t05/10/2026\totorga\t"));

  // Her export lists the referral with its consent records; forgetting her empties their reasons.
  const auto json = cli.path("persona.json");
  ok("directora", {"person", "export", "--dui", "03456789-8", "--json", json.string()});
  const std::string data = read_text(json);
  EXPECT_THAT(data, HasSubstr("\"alcances\": \"atencion,seguimiento,compartir\""));
  EXPECT_THAT(data, HasSubstr("\"accion\": \"retira\""));
  ok("directora", {"person", "forget", "--dui", "01234567-8", "--reason", "Pidió el olvido"});
  expect_count("SELECT count(*) FROM consent_record WHERE motivo <> ''", 0);
  EXPECT_EQ(cli.as("admin", kAdminPassword, {"check"}).status, 0);
}

TEST_F(ConsentPeopleCli, AParticipantWithoutAFileGivesTheirOwnConsent) {
  ok("directora",
     {"training", "add", "--titulo", "Costos y precios", "--fecha", "2026-10-15", "--horas", "4"});
  ok("directora",
     {"training", "add", "--titulo", "Ventas en línea", "--fecha", "2026-10-20", "--horas", "3"});
  std::vector<std::string> args{"training",       "attend",
                                "--capacitacion", "Costos y precios",
                                "--nombre",       "Tomás Niño",
                                "--sexo",         "hombre",
                                "--alcances",     "atencion,comunicaciones,compartir"};
  const std::string tomas = printed_id("directora", args);
  ASSERT_EQ(tomas.size(), 36u);
  args[3] = "Ventas en línea";
  args[5] = "Marta Peña";
  args[7] = "mujer";
  args.back() = "atencion";
  const std::string marta = printed_id("directora", args);
  RunResult shown = as("directora", {"consent", "show", "--asistente", tomas});
  EXPECT_THAT(shown.out, HasSubstr("alcances\tatencion,comunicaciones,compartir\n"));
  EXPECT_THAT(as("directora", {"consent", "show", "--asistente", "no-es-un-uuid"}).err,
              HasSubstr("No hay una participación"));

  // Marta did not agree to identified sharing: her row stays for the figures, without her name.
  std::string asistentes = exported("asistentes");
  EXPECT_THAT(asistentes, HasSubstr("Tomás Niño"));
  EXPECT_THAT(asistentes, Not(HasSubstr("Marta Peña")));
  ok("directora", {"consent", "limit", "--asistente", tomas, "--reason", "Revisa sus datos"});
  asistentes = exported("asistentes");
  EXPECT_THAT(asistentes, Not(HasSubstr("Tomás Niño")));
  EXPECT_THAT(asistentes, HasSubstr("hombre"));
  ok("directora", {"consent", "lift", "--asistente", tomas, "--reason", "Datos revisados"});
  EXPECT_THAT(exported("asistentes"), HasSubstr("Tomás Niño"));
  expect_count("SELECT count(*) FROM consent_record WHERE attendee_id IS NOT NULL", 4);
}

TEST_F(ConsentPeopleCli, AParticipantFromAFileIsCoveredByTheFilesConsent) {
  const std::string rosa = referral("Rosa Peña", "03456789-8", {"--alcances", "atencion"});
  const RunResult file = as("directora", {"referral", "new-file", rosa.substr(28), "--zona",
                                          "rural", "--nombre", "Dulces Peña"});
  ASSERT_EQ(file.status, 0) << file.err;
  const std::string codigo = file.out.substr(0, file.out.find('\n'));
  ok("directora",
     {"training", "add", "--titulo", "Costos", "--fecha", "2026-10-15", "--horas", "2"});
  const RunResult r =
      as("directora", {"training", "attend", "--capacitacion", "Costos", "--nombre", "Rosa Peña",
                       "--sexo", "mujer", "--empresa", codigo, "--alcances", "atencion"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("su consentimiento es el del expediente"));
  expect_count("SELECT count(*) FROM training_attendee", 0);
  ok("directora", {"training", "attend", "--capacitacion", "Costos", "--nombre", "Rosa Peña",
                   "--sexo", "mujer", "--empresa", codigo});
}

}  // namespace
}  // namespace cdmype::clitest
