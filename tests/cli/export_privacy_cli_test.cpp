// End to end: what `cdmype-cli export` leaves out of personal data (Decreto Legislativo 144).
// Disability and returnee status stay out unless a director asks for them (audited), and
// `--seudonimo` files for CONAMYPE carry a keyed pseudonym instead of names, DUIs, phones,
// birth dates and notes — the same pseudonym for the same person at two centers.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kKey = "clave-nacional-CONAMYPE-2026-Ñandú";

// Two files: a returnee with a disability whose NIT is her DUI, and an association.
constexpr const char* kEmpresas =
    "codigo;nombre;forma_juridica;titular_nombre;titular_dui;titular_sexo;"
    "titular_fecha_nacimiento;sector;distrito;zona;fecha_ingreso;asesor;nit;retornado;"
    "discapacidad;notas\n"
    "CH-2026-0001;Dulces Peña;persona_natural;Rosalinda Peña Ñandú;03456789-8;mujer;20/11/1996;"
    "alimentos_bebidas;Citalá;rural;15/01/2026;asesora;03456789-8;sí;sí;"
    "Rosalinda vive en el cantón El Niño\n"
    "CH-2026-0002;Asociación Textil Citalá;asociacion;Pedro Niño;01234567-8;hombre;02/02/1980;"
    "textiles_confeccion;La Palma;urbana;2026-01-20;asesora;0407-150398-101-2;no;no;\n";
constexpr const char* kSesiones =
    "empresa;asesor;fecha;duracion_min;modalidad;area;tema;acuerdos\n"
    "CH-2026-0001;asesora;05/10/2026;90;presencial_empresa;asesoria_empresarial;"
    "Costos de Rosalinda;Rosalinda llama al 7012-3456\n";

// The 64 hex digits of an HMAC-SHA-256.
const std::regex kPseudonym("[0-9a-f]{64}");

class ExportPrivacyCli : public ::testing::Test {
 protected:
  void SetUp() override { build(cli, "export-privacy"); }

  static void build(Cli& center, const std::string& name) {
    center.restore(name, [](const Cli& c) {
      ASSERT_EQ(c.init().status, 0);
      ASSERT_EQ(c.add_user("directora", "director", "Ana Lucía Cortez").status, 0);
      ASSERT_EQ(c.add_user("asesora", "asesor", "Marta Ayala").status, 0);
      ASSERT_EQ(c.add_user("vcitala", "ventanilla", "Ventanilla Citalá").status, 0);
      for (const auto& [kind, csv] :
           {std::pair{"empresas", kEmpresas}, std::pair{"sesiones", kSesiones}}) {
        const auto r = c.import_csv("directora", kind, csv);
        ASSERT_EQ(r.status, 0) << r.err;
      }
      const auto r = c.as("vcitala", kUserPassword,
                          {"referral", "record", "--ventanilla", "Citalá", "--nombre",
                           "Rosalinda Peña Ñandú", "--sexo", "mujer", "--telefono", "7012-3456",
                           "--dui", "03456789-8", "--necesidad", "Rosalinda necesita crédito",
                           "--fecha", "2026-10-02"});
      ASSERT_EQ(r.status, 0) << r.err;
    });
  }

  static RunResult export_as(const Cli& center, const std::string& user, const std::string& kind,
                             const std::vector<std::string>& flags = {}) {
    std::vector<std::string> args{"export", kind, center.path(kind + "-salida.csv").string()};
    args.insert(args.end(), flags.begin(), flags.end());
    std::filesystem::remove(center.path(kind + "-salida.csv"));
    return center.as(user, kUserPassword, args);
  }
  static std::string exported(const Cli& center, const std::string& kind,
                              const std::vector<std::string>& flags = {}) {
    const RunResult r = export_as(center, "directora", kind, flags);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? read_text(center.path(kind + "-salida.csv")) : "";
  }
  static void set_key(const Cli& center, const std::string& key) {
    const auto r = center.as("directora", kUserPassword, {"settings", "set", "clave_nacional", key});
    ASSERT_EQ(r.status, 0) << r.err;
  }
  // The file's data rows, cells split (none of these rows quote a separator).
  static std::vector<std::vector<std::string>> rows(const std::string& csv) {
    std::vector<std::vector<std::string>> out;
    std::stringstream lines(csv);
    for (std::string line; std::getline(lines, line);) {
      std::vector<std::string> cells;
      std::stringstream cs(line);
      for (std::string cell; std::getline(cs, cell, ',');) cells.push_back(cell);
      if (!line.empty() && line.back() == ',') cells.emplace_back();
      out.push_back(cells);
    }
    return out;
  }
  static std::string cell(const std::vector<std::vector<std::string>>& t, std::size_t row,
                          const std::string& column) {
    const auto& header = t.at(0);
    const auto at = std::find(header.begin(), header.end(), column);
    if (at == header.end()) return "<sin columna " + column + ">";
    return t.at(row).at(static_cast<std::size_t>(at - header.begin()));
  }

  Cli cli;
};

TEST_F(ExportPrivacyCli, SensitiveFieldsStayOutUnlessTheDirectorAsksAndThatIsAudited) {
  const auto plain = rows(exported(cli, "empresas"));
  ASSERT_EQ(plain.size(), 3u);
  EXPECT_EQ(cell(plain, 1, "retornado"), "");
  EXPECT_EQ(cell(plain, 1, "discapacidad"), "");
  EXPECT_EQ(cell(plain, 1, "titular_nombre"), "Rosalinda Peña Ñandú");  // an ordinary export

  const RunResult refused = export_as(cli, "asesora", "empresas", {"--incluir-sensibles"});
  EXPECT_EQ(refused.status, 1);
  EXPECT_THAT(refused.err, HasSubstr("no puede exportar datos sensibles"));
  EXPECT_FALSE(std::filesystem::exists(cli.path("empresas-salida.csv")));

  const auto full = rows(exported(cli, "empresas", {"--incluir-sensibles"}));
  EXPECT_EQ(cell(full, 1, "retornado"), "si");
  EXPECT_EQ(cell(full, 1, "discapacidad"), "si");
  EXPECT_EQ(cell(full, 2, "discapacidad"), "no");
  if (!cli.on_postgresql()) {
    SQLite::Database db(cli.db());
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM audit_log WHERE table_name = "
                            "'exportacion_sensible' AND after_json LIKE '%empresas%'")
                  .getInt(),
              1);
  }
}

TEST_F(ExportPrivacyCli, PseudonymousFilesNeedTheNationalKey) {
  const RunResult r = export_as(cli, "directora", "empresas", {"--seudonimo"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("clave nacional"));
  EXPECT_THAT(r.err, HasSubstr("settings set clave_nacional"));
  EXPECT_FALSE(std::filesystem::exists(cli.path("empresas-salida.csv")));
}

TEST_F(ExportPrivacyCli, PseudonymousFilesCarryNoIdentifierAndOnePseudonymPerPerson) {
  set_key(cli, kKey);
  const std::string empresas = exported(cli, "empresas", {"--seudonimo"});
  const std::string sesiones = exported(cli, "sesiones", {"--seudonimo"});
  const std::string remisiones = exported(cli, "remisiones", {"--seudonimo"});
  for (const std::string& csv : {empresas, sesiones, remisiones}) {
    for (const char* personal : {"Rosalinda", "Ñandú", "03456789", "0345-6789", "7012-3456",
                                 "1996-11-20", "Pedro Niño", "01234567-8", "cantón"})
      EXPECT_THAT(csv, Not(HasSubstr(personal))) << csv;
  }
  const auto e = rows(empresas);
  ASSERT_EQ(e.size(), 3u);
  const std::string rosalinda = cell(e, 1, "seudonimo");
  EXPECT_TRUE(std::regex_match(rosalinda, kPseudonym)) << rosalinda;
  EXPECT_EQ(cell(e, 1, "anio_nacimiento"), "1996");
  EXPECT_EQ(cell(e, 1, "nombre"), "");  // a natural person's trade name is her name
  EXPECT_EQ(cell(e, 1, "distrito"), "Citalá");
  EXPECT_EQ(cell(e, 1, "titular_sexo"), "mujer");
  EXPECT_EQ(cell(e, 1, "retornado"), "");  // sensitive data stays out here too
  // A legal person keeps its name and NIT, and is identified by that NIT.
  EXPECT_EQ(cell(e, 2, "nombre"), "Asociación Textil Citalá");
  EXPECT_TRUE(std::regex_match(cell(e, 2, "seudonimo"), kPseudonym));
  EXPECT_NE(cell(e, 2, "seudonimo"), rosalinda);

  // A session and a referral of the same person carry her file's pseudonym.
  const auto s = rows(sesiones);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(cell(s, 1, "seudonimo"), rosalinda);
  EXPECT_EQ(cell(s, 1, "duracion_min"), "90");
  const auto r = rows(remisiones);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(cell(r, 1, "seudonimo"), rosalinda);
  EXPECT_EQ(cell(r, 1, "sexo"), "mujer");

  // A second center with the same national key gives her the same pseudonym; another key does
  // not.
  Cli other;
  build(other, "export-privacy");
  set_key(other, kKey);
  EXPECT_EQ(cell(rows(exported(other, "empresas", {"--seudonimo"})), 1, "seudonimo"), rosalinda);
  set_key(other, "otra-clave-nacional-de-prueba");
  EXPECT_NE(cell(rows(exported(other, "empresas", {"--seudonimo"})), 1, "seudonimo"), rosalinda);
}

TEST_F(ExportPrivacyCli, SettingsNameTheDelegadoAndKeepTheNationalKeySecret) {
  auto r = cli.as("directora", kUserPassword, {"settings", "set", "delegado_contacto", "x"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("nombre de la persona delegada"));
  r = cli.as("directora", kUserPassword,
             {"settings", "set", "delegado_nombre", "  Lucía Peña Ñandú "});
  ASSERT_EQ(r.status, 0) << r.err;
  r = cli.as("directora", kUserPassword,
             {"settings", "set", "delegado_contacto", "datos@cdmype-citala.sv, 2335-1010"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(cli.as("asesora", kUserPassword, {"settings", "set", "clave_nacional", kKey}).status,
            1);
  set_key(cli, kKey);
  r = cli.as("asesora", kUserPassword, {"settings", "show"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("delegado_nombre: Lucía Peña Ñandú\n"));
  EXPECT_THAT(r.out, HasSubstr("delegado_contacto: datos@cdmype-citala.sv, 2335-1010\n"));
  EXPECT_THAT(r.out, HasSubstr("clave_nacional: guardada\n"));
  EXPECT_THAT(r.out, Not(HasSubstr(kKey)));
  if (!cli.on_postgresql()) {
    SQLite::Database db(cli.db());
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM audit_log WHERE after_json LIKE '%CONAMYPE-2026%'"
                            " OR before_json LIKE '%CONAMYPE-2026%'")
                  .getInt(),
              0)
        << "the key is audited as «(secreta)»";
  }
}

}  // namespace
}  // namespace cdmype::clitest
