// End to end: a titular's consent through `cdmype-cli consent` (Decreto Legislativo 144).
// Imported files are "consentimiento no registrado" until a grant; every change is a new record;
// an objection takes the person out of contact lists and identified exports at once; the form
// prints the center, the delegado, the person and one box per scope.
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

// A returnee with a disability (imported history keeps both) and an association.
constexpr const char* kEmpresas =
    "codigo;nombre;forma_juridica;titular_nombre;titular_dui;titular_sexo;"
    "titular_fecha_nacimiento;sector;distrito;zona;fecha_ingreso;asesor;retornado;discapacidad\n"
    "CH-2026-0001;Dulces Peña;persona_natural;Rosalinda Peña Ñandú;03456789-8;mujer;20/11/1996;"
    "alimentos_bebidas;Citalá;rural;15/01/2026;asesora;sí;sí\n"
    "CH-2026-0002;Asociación Textil Citalá;asociacion;Pedro Niño;01234567-8;hombre;02/02/1980;"
    "textiles_confeccion;La Palma;urbana;2026-01-20;asesora;no;no\n";
constexpr const char* kSesiones =
    "empresa;asesor;fecha;duracion_min;modalidad;area;tema\n"
    "CH-2026-0001;asesora;05/10/2026;90;presencial_empresa;asesoria_empresarial;"
    "Costos de Rosalinda\n";

class ConsentCli : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("consent", [](const Cli& c) {
      ASSERT_EQ(c.init().status, 0);
      ASSERT_EQ(c.add_user("directora", "director", "Ana Lucía Cortez").status, 0);
      ASSERT_EQ(c.add_user("asesora", "asesor", "Marta Ayala").status, 0);
      for (const auto& [kind, csv] :
           {std::pair{"empresas", kEmpresas}, std::pair{"sesiones", kSesiones}}) {
        const auto r = c.import_csv("directora", kind, csv);
        ASSERT_EQ(r.status, 0) << r.err;
      }
    });
  }
  RunResult as(const std::string& user, const std::vector<std::string>& args) const {
    return cli.as(user, kUserPassword, args);
  }
  void ok(const std::string& user, const std::vector<std::string>& args) const {
    const RunResult r = as(user, args);
    ASSERT_EQ(r.status, 0) << r.err;
  }
  std::string exported(const std::string& kind, const std::vector<std::string>& flags = {}) const {
    const auto file = cli.path(kind + "-salida.csv");
    std::filesystem::remove(file);
    std::vector<std::string> args{"export", kind, file.string()};
    args.insert(args.end(), flags.begin(), flags.end());
    const RunResult r = as("directora", args);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? read_text(file) : "";
  }
  // What the file holds (the SQLite run; the PostgreSQL run checks the same through the CLI).
  void expect_count(const std::string& sql, std::int64_t expected) const {
    if (cli.on_postgresql()) return;
    SQLite::Database db(cli.db());
    EXPECT_EQ(db.execAndGet(sql).getInt64(), expected) << sql;
  }

  Cli cli;
};

TEST_F(ConsentCli, ImportedFilesAreUnregisteredUntilAGrantAndEachChangeIsANewRecord) {
  RunResult pending = as("asesora", {"consent", "pending"});
  ASSERT_EQ(pending.status, 0) << pending.err;
  EXPECT_EQ(
      pending.out,
      "CH-2026-0001\tDulces Peña\tasesora\tdatos sensibles sin consentimiento expreso\n"
      "CH-2026-0002\tAsociación Textil Citalá\tasesora\n");
  EXPECT_THAT(pending.err, HasSubstr("2 expediente(s) con el consentimiento no registrado"));
  EXPECT_THAT(as("asesora", {"consent", "show", "CH-2026-0001"}).out,
              HasSubstr("estado\tconsentimiento no registrado\n"));

  ok("asesora", {"consent", "grant", "CH-2026-0001", "--alcances",
                 "atencion,seguimiento,sensibles,compartir", "--fecha", "2026-10-01"});
  EXPECT_EQ(as("asesora", {"consent", "pending"}).out,
            "CH-2026-0002\tAsociación Textil Citalá\tasesora\n");
  ok("asesora", {"consent", "withdraw", "CH-2026-0001", "--alcances", "seguimiento"});
  const RunResult shown = as("asesora", {"consent", "show", "CH-2026-0001"});
  EXPECT_THAT(shown.out, HasSubstr("estado\tregistrado\nalcances\tatencion,sensibles,compartir\n"));
  EXPECT_THAT(shown.out, HasSubstr("registro\t01/10/2026\totorga\tatencion,seguimiento,sensibles,"
                                   "compartir\tCDMYPE-2026-1\tasesora\t\n"));
  EXPECT_THAT(shown.out, HasSubstr("\tretira\tseguimiento\t"));
  expect_count("SELECT count(*) FROM consent_record", 2);
  expect_count("SELECT count(*) FROM audit_log WHERE table_name = 'consent_record'", 2);

  // Refusals name what is wrong, in Spanish, and write nothing.
  EXPECT_THAT(as("asesora", {"consent", "grant", "CH-2026-0002", "--alcances", "seguimiento"}).err,
              HasSubstr("la atención y el expediente son necesarios"));
  EXPECT_THAT(as("asesora", {"consent", "withdraw", "CH-2026-0001", "--alcances", "atencion"}).err,
              HasSubstr("Olvidar a la persona"));
  EXPECT_THAT(as("asesora", {"consent", "grant", "CH-2026-0002", "--alcances", "todo"}).err,
              HasSubstr("no es una lista de alcances"));
  EXPECT_THAT(as("asesora", {"consent", "object", "CH-2026-0001", "--reason", "x"}).err,
              HasSubstr("no puede"));
  expect_count("SELECT count(*) FROM consent_record", 2);
}

TEST_F(ConsentCli, WithdrawingSensitiveDataErasesItFromTheFile) {
  ok("asesora", {"consent", "grant", "CH-2026-0001", "--alcances", "atencion,sensibles"});
  expect_count(
      "SELECT titular_discapacidad + titular_retornado FROM enterprise WHERE codigo = "
      "'CH-2026-0001'",
      2);
  EXPECT_THAT(exported("empresas", {"--incluir-sensibles"}), HasSubstr(",si,"));
  ok("asesora", {"consent", "withdraw", "CH-2026-0001", "--alcances", "sensibles"});
  EXPECT_THAT(exported("empresas", {"--incluir-sensibles"}), Not(HasSubstr(",si,")));
  expect_count(
      "SELECT titular_discapacidad + titular_retornado FROM enterprise WHERE codigo = "
      "'CH-2026-0001'",
      0);
}

TEST_F(ConsentCli, AnObjectionTakesThePersonOutOfContactsAndIdentifiedExportsAtOnce) {
  ok("asesora", {"consent", "grant", "CH-2026-0001", "--alcances",
                 "atencion,seguimiento,comunicaciones,compartir"});
  ok("asesora", {"consent", "grant", "CH-2026-0002", "--alcances", "atencion,seguimiento"});
  EXPECT_EQ(as("asesora", {"consent", "contacts", "--para", "seguimiento"}).out,
            "CH-2026-0001\tDulces Peña\tRosalinda Peña Ñandú\tasesora\n"
            "CH-2026-0002\tAsociación Textil Citalá\tPedro Niño\tasesora\n");
  EXPECT_EQ(as("asesora", {"consent", "contacts", "--para", "comunicaciones"}).out,
            "CH-2026-0001\tDulces Peña\tRosalinda Peña Ñandú\tasesora\n");
  // Pedro did not agree to identified sharing: his association keeps its name, he does not.
  std::string empresas = exported("empresas");
  EXPECT_THAT(empresas, HasSubstr("Rosalinda Peña Ñandú"));
  EXPECT_THAT(empresas, Not(HasSubstr("Pedro Niño")));
  EXPECT_THAT(empresas, HasSubstr("Asociación Textil Citalá"));

  ok("directora",
     {"consent", "object", "CH-2026-0001", "--reason", "Solicitud de oposición n.º 1"});
  EXPECT_EQ(as("asesora", {"consent", "contacts", "--para", "comunicaciones"}).out, "");
  EXPECT_THAT(as("asesora", {"consent", "show", "CH-2026-0001"}).out, HasSubstr("oposicion\tsi\n"));
  empresas = exported("empresas");
  EXPECT_THAT(empresas, Not(HasSubstr("Rosalinda")));
  EXPECT_THAT(empresas, Not(HasSubstr("03456789-8")));
  EXPECT_THAT(empresas, HasSubstr("CH-2026-0001"));  // the row stays, for the figures
  EXPECT_THAT(exported("sesiones"), Not(HasSubstr("Costos de Rosalinda")));

  ok("directora", {"consent", "lift", "CH-2026-0001", "--reason", "La persona lo pidió"});
  EXPECT_THAT(exported("empresas"), HasSubstr("Rosalinda Peña Ñandú"));
  EXPECT_THAT(as("asesora", {"consent", "contacts", "--para", "encuestas"}).err,
              HasSubstr("use seguimiento o comunicaciones"));
}

TEST_F(ConsentCli, TheFormNamesTheCenterTheDelegadoThePersonAndEveryScope) {
  ok("directora", {"settings", "set", "delegado_nombre", "Licda. Ana Peña Niño"});
  const auto pdf = cli.path("consentimiento.pdf");
  ok("asesora", {"consent", "form", "CH-2026-0001", "--pdf", pdf.string()});
  const std::string text = pdf_text(pdf);
  for (const char* expected :
       {"Consentimiento para el tratamiento de datos personales", "Rosalinda Peña Ñandú",
        "03456789-8", "CH-2026-0001", "Dulces Peña", "Licda. Ana Peña Niño",
        "Atención y expediente", "Seguimiento y encuestas", "Comunicaciones", "Datos sensibles",
        "Compartir datos identificados con CONAMYPE", "Firma de la persona titular",
        "Decreto Legislativo 144", "CDMYPE-2026-1"})
    EXPECT_THAT(text, HasSubstr(expected));
}

TEST_F(ConsentCli, ThePersonsExportListsTheirConsentsAndForgettingEmptiesTheirReasons) {
  ok("asesora", {"consent", "grant", "CH-2026-0001", "--alcances", "atencion,seguimiento"});
  ok("directora", {"consent", "limit", "CH-2026-0001", "--reason", "Rosalinda Peña pide revisar"});
  const auto json = cli.path("persona.json");
  ok("directora", {"person", "export", "--dui", "03456789-8", "--json", json.string()});
  const std::string data = read_text(json);
  EXPECT_THAT(data, HasSubstr("\"consentimientos\""));
  EXPECT_THAT(data, HasSubstr("\"accion\": \"otorga\""));
  EXPECT_THAT(data, HasSubstr("\"alcances\": \"atencion,seguimiento\""));
  EXPECT_THAT(data, HasSubstr("\"accion\": \"limitacion\""));

  ok("directora", {"person", "forget", "--dui", "03456789-8", "--reason", "Pidió el olvido"});
  expect_count("SELECT count(*) FROM consent_record WHERE motivo <> ''", 0);
  expect_count("SELECT count(*) FROM consent_record", 2);
  EXPECT_EQ(cli.as("admin", kAdminPassword, {"check"}).status, 0);
}

TEST_F(ConsentCli, TheDelegadoAccountAnswersThePersonsRightsWithoutBeingDirector) {
  const auto json = cli.path("persona.json");
  const std::vector<std::string> export_args{"person",     "export", "--dui",
                                             "01234567-8", "--json", json.string()};
  EXPECT_THAT(as("asesora", export_args).err, HasSubstr("no puede"));
  EXPECT_THAT(as("directora", {"settings", "set", "delegado_usuario", "nadie"}).err,
              HasSubstr("No existe la cuenta «nadie»"));
  ok("directora", {"settings", "set", "delegado_usuario", "asesora"});
  EXPECT_THAT(as("directora", {"settings", "show"}).out, HasSubstr("delegado_usuario: asesora\n"));
  ok("asesora", export_args);
  ok("asesora", {"rights", "list"});
  ok("asesora", {"report", "tratamiento", "--pdf", cli.path("rat.pdf").string()});
  ok("asesora", {"person", "forget", "--dui", "01234567-8", "--reason", "Solicitud de olvido"});
  // Still an asesor otherwise: no approving, no issuing.
  EXPECT_THAT(as("asesora", {"report", "issue", "--month", "2026-10"}).err, HasSubstr("no puede"));
}

TEST_F(ConsentCli, TheRegisterOfProcessingActivitiesCountsWhatTheCenterHolds) {
  ok("directora", {"settings", "set", "delegado_nombre", "Licda. Ana Peña Niño"});
  ok("asesora", {"consent", "grant", "CH-2026-0001", "--alcances",
                 "atencion,seguimiento,sensibles,compartir"});
  ok("directora", {"consent", "object", "CH-2026-0001", "--reason", "Solicitud n.º 1"});
  const auto pdf = cli.path("tratamiento.pdf");
  EXPECT_THAT(as("asesora", {"report", "tratamiento", "--pdf", pdf.string()}).err,
              HasSubstr("no puede"));
  EXPECT_FALSE(std::filesystem::exists(pdf));
  ok("directora", {"report", "tratamiento", "--pdf", pdf.string()});
  // pdftotext -layout keeps each wrapped line; the figures are read one line at a time.
  std::string text = pdf_text(pdf);
  for (auto& ch : text)
    if (ch == '\n') ch = ' ';
  std::string squeezed;
  for (char ch : text)
    if (!(ch == ' ' && !squeezed.empty() && squeezed.back() == ' ')) squeezed += ch;
  for (const char* expected :
       {"Registro de actividades de tratamiento de datos personales", "CDMYPE Chalatenango",
        "Licda. Ana Peña Niño", "Titulares de expedientes de empresa: 2",
        "Registrado: 1 expediente(s)", "por regularizar): 1",
        "Con oposición o limitación vigente: 1",
        "1 expediente(s) los tienen, 1 con el "
        "consentimiento registrado",
        "No hay transferencias internacionales", "5 año(s)",
        cli.on_postgresql() ? "el servidor PostgreSQL" : "un archivo SQLite"})
    EXPECT_THAT(squeezed, HasSubstr(expected));
}

}  // namespace
}  // namespace cdmype::clitest
