// Enterprise files through the service: codes, optimistic versions, derived columns, lists,
// permissions.
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.hpp"
#include "store/enterprise_codigo.hpp"
#include "store/enterprise_repository.hpp"
#include "store/write_transaction.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using EnterpriseTest = StoreTest;

TEST_F(EnterpriseTest, CreateGeneratesCodigoUuidAndVersion) {
  const auto a = create("Café Citalá", "Rosa Peña");
  const auto b = create("Miel La Palma", "Carmen Niño");
  EXPECT_EQ(a.codigo, "CH-2026-0001");
  EXPECT_EQ(b.codigo, "CH-2026-0002");
  EXPECT_EQ(a.meta.version, 1);
  EXPECT_EQ(a.meta.uuid.size(), 36u);
  EXPECT_NE(a.meta.uuid, b.meta.uuid);
  EXPECT_EQ(a.meta.created_by, asesor1.user_id);
  const auto stored = ws->enterprises().by_codigo(consulta, "CH-2026-0001");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->nombre, "Café Citalá");
  EXPECT_EQ(stored->titular.fecha_nacimiento, parse_iso_date("1990-05-20"));
  EXPECT_EQ(stored->ventas_anuales.cents, 1'250'000);
}

TEST_F(EnterpriseTest, CodigoSequenceFollowsTheYearOfIngresoAndPassesExistingCodes) {
  auto e = enterprise("Textiles Peña", "Rosa Peña");
  e.codigo = "CH-2026-0041";
  ws->enterprises().create(asesor1, e);
  EXPECT_EQ(create("Café Citalá", "Ana Niño").codigo, "CH-2026-0042");
  auto next_year = enterprise("Artesanías del Norte", "Luis Peña", Sexo::Hombre);
  next_year.fecha_ingreso = *parse_iso_date("2027-01-05");
  EXPECT_EQ(ws->enterprises().create(asesor1, next_year).codigo, "CH-2027-0001");
  EXPECT_EQ(ws->enterprises().next_codigo(asesor1, 2026), "CH-2026-0043");
  EXPECT_EQ(store::format_enterprise_codigo("CH", 2026, 12345), "CH-2026-12345");
  const auto parsed = store::parse_enterprise_codigo("CH-2026-0042");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->sequence, 42);
}

TEST_F(EnterpriseTest, SequencePast9999KeepsCounting) {
  store::WriteTransaction tx(ws->database());
  store::EnterpriseRepository repo(sql());
  const store::Author who{asesor1.user_id, "asesor1", "2026-10-15T15:00:00Z"};
  for (const char* code : {"CH-2026-9999", "CH-2026-10000", "CH-2026-0500"}) {
    auto e = enterprise(std::string("Empresa ") + code, "Titular");
    e.codigo = code;
    repo.insert(who, e);
  }
  EXPECT_EQ(repo.next_sequence("CH", 2026), 10001);
  EXPECT_EQ(repo.next_sequence("CH", 2025), 1);
}

TEST_F(EnterpriseTest, RepeatedCodigoIsRefused) {
  auto e = enterprise("Café Citalá", "Rosa Peña");
  e.codigo = "CH-2026-0007";
  ws->enterprises().create(asesor1, e);
  try {
    ws->enterprises().create(asesor1, e);
    FAIL() << "se esperaba un error";
  } catch (const UserError& err) {
    EXPECT_STREQ(err.what(), "Ya existe un expediente con el código «CH-2026-0007».");
  }
}

TEST_F(EnterpriseTest, StaleVersionIsRefusedWithTheStoredVersion) {
  const auto original = create("Café Citalá", "Rosa Peña");
  auto mine = original;
  auto theirs = original;
  theirs.notas = "Visita de seguimiento en noviembre";
  ws->enterprises().update(directora, theirs);
  mine.nombre = "Café Citalá de Altura";
  try {
    ws->enterprises().update(asesor1, mine);
    FAIL() << "se esperaba StaleRecord";
  } catch (const StaleRecord& err) {
    // Who saved first and when, so the two can talk; what this person typed stays with them.
    const std::string said = err.what();
    EXPECT_EQ(said.rfind("Otra persona modificó este expediente desde que usted lo abrió: "
                         "María José Peña (directora), el 15/10/2026 a las ",
                         0),
              0u)
        << said;
    EXPECT_NE(said.find("(versión 2). Lo que usted escribió sigue en su ventana: vuelva a "
                        "abrirlo para ver los cambios y aplíquelo de nuevo."),
              std::string::npos)
        << said;
  }
  const auto stored = ws->enterprises().get(asesor1, original.meta.id);
  EXPECT_EQ(stored->nombre, "Café Citalá");
  EXPECT_EQ(stored->meta.version, 2);
}

TEST_F(EnterpriseTest, InvalidRecordIsRefusedWithEveryProblem) {
  auto e = enterprise("", "Rosa Peña", Sexo::Mujer, "01234567-0");
  e.distrito_id = 0;
  try {
    ws->enterprises().create(asesor1, e);
    FAIL() << "se esperaba ValidationFailed";
  } catch (const ValidationFailed& err) {
    EXPECT_GE(err.problems().size(), 3u);  // nombre, DUI, distrito
  }
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise"), 0);
}

TEST_F(EnterpriseTest, ConsultaAndAdminCannotCreateEnterprises) {
  EXPECT_THROW(ws->enterprises().create(consulta, enterprise("Café", "Rosa Peña")),
               PermissionDenied);
  EXPECT_THROW(ws->enterprises().create(admin, enterprise("Café", "Rosa Peña")), PermissionDenied);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise"), 0);
  EXPECT_NO_THROW(ws->enterprises().page(consulta, {}, {}, 10, 0));
}

struct DerivedCase {
  FormaJuridica forma;
  Sexo sexo;
  int socias;
  int socios;
};

TEST_F(EnterpriseTest, GeneratedColumnsAgreeWithCoreRules) {
  const DerivedCase cases[] = {
      {FormaJuridica::PersonaNatural, Sexo::Mujer, 0, 0},
      {FormaJuridica::PersonaNatural, Sexo::Hombre, 0, 0},
      {FormaJuridica::Sociedad, Sexo::Hombre, 2, 2},
      {FormaJuridica::Sociedad, Sexo::Hombre, 1, 2},
      {FormaJuridica::Cooperativa, Sexo::Hombre, 10, 9},
      {FormaJuridica::Cooperativa, Sexo::Hombre, 9, 10},
      {FormaJuridica::Asociacion, Sexo::Mujer, 0, 12},
      {FormaJuridica::GrupoAsociativo, Sexo::Hombre, 0, 0},
      {FormaJuridica::GrupoAsociativo, Sexo::Hombre, 3, 0},
      {FormaJuridica::Asociacion, Sexo::Hombre, 0, 5},
  };
  for (const auto& c : cases) {
    auto e = enterprise("Empresa", "Titular", c.sexo);
    e.forma_juridica = c.forma;
    e.socias = c.socias;
    e.socios = c.socios;
    const auto stored = ws->enterprises().create(asesor1, e);
    store::Statement q(sql(),
                       "SELECT liderada_por_mujer, asociativa FROM enterprise WHERE id = :id");
    q.bind("id", stored.meta.id);
    ASSERT_TRUE(q.step());
    SCOPED_TRACE(std::string(code_of(c.forma)) + " " + std::string(code_of(c.sexo)) + " " +
                 std::to_string(c.socias) + "/" + std::to_string(c.socios));
    EXPECT_EQ(q.int64("liderada_por_mujer") == 1, is_liderada_por_mujer(e));
    EXPECT_EQ(q.int64("asociativa") == 1, is_asociativa(e.forma_juridica));
  }
}

TEST_F(EnterpriseTest, PagedListFiltersOrdersAndCounts) {
  for (int i = 0; i < 12; ++i) {
    auto e = enterprise("Empresa " + std::to_string(100 + i), "Titular",
                        i % 3 == 0 ? Sexo::Mujer : Sexo::Hombre);
    e.asesor_id = i % 2 ? asesor2.user_id : asesor1.user_id;
    if (i >= 8) e.distrito_id = distrito_id("La Palma");
    ws->enterprises().create(directora, e);
  }
  store::EnterpriseFilter f;
  EXPECT_EQ(ws->enterprises().count(consulta, f), 12);
  f.asesor_id = asesor2.user_id;
  EXPECT_EQ(ws->enterprises().count(consulta, f), 6);
  f = {};
  f.liderada_por_mujer = true;
  EXPECT_EQ(ws->enterprises().count(consulta, f), 4);
  f = {};
  f.municipio = "Chalatenango Norte";
  EXPECT_EQ(ws->enterprises().count(consulta, f), 12);
  f.distrito_id = distrito_id("La Palma");
  EXPECT_EQ(ws->enterprises().count(consulta, f), 4);

  const auto page1 =
      ws->enterprises().page(consulta, {}, {store::EnterpriseSort::Nombre, true}, 5, 0);
  const auto page3 =
      ws->enterprises().page(consulta, {}, {store::EnterpriseSort::Nombre, true}, 5, 10);
  ASSERT_EQ(page1.size(), 5u);
  ASSERT_EQ(page3.size(), 2u);
  EXPECT_EQ(page1.front().nombre, "Empresa 111");
  EXPECT_EQ(page3.back().nombre, "Empresa 100");
  EXPECT_EQ(page1.front().distrito, "La Palma");
  EXPECT_EQ(page1.front().municipio, "Chalatenango Norte");
  EXPECT_EQ(page1.front().asesor_nombre, "Ana Lucía Guardado");
}

TEST_F(EnterpriseTest, FindsByDuiAndNitInCanonicalForm) {
  const std::string dui = make_dui(4567321);
  auto e = enterprise("Café Citalá", "Rosa Peña", Sexo::Mujer, dui.substr(0, 8) + dui.substr(9));
  e.nit = "06141503901012";
  ws->enterprises().create(asesor1, e);
  ASSERT_EQ(ws->enterprises().find_by_dui(asesor1, dui).size(), 1u);
  ASSERT_EQ(ws->enterprises().find_by_nit(asesor1, "0614-150390-101-2").size(), 1u);
  EXPECT_TRUE(ws->enterprises().find_by_dui(asesor1, make_dui(1)).empty());
}

// The DUI is the NIT of a natural person: search, look-ups and duplicate
// suggestions treat a DUI typed as NIT and the titular's DUI as one person.
TEST_F(EnterpriseTest, ADuiGivenAsNitIsTheSamePersonAsTheTitularsDui) {
  const std::string dui = make_dui(4567321);
  const std::string bare = dui.substr(0, 8) + dui.substr(9);
  const auto as_titular = create("Café Citalá", "Rosa Peña", Sexo::Mujer, dui);
  auto by_nit = enterprise("Ñandú Textil", "Niño Peña");
  by_nit.nit = bare;  // typed without the hyphen, stored canonical
  const auto as_nit = ws->enterprises().create(asesor1, by_nit);
  EXPECT_EQ(as_nit.nit, dui);
  auto other = enterprise("Miel La Palma", "Carmen Niño");
  other.nit = "06141503901012";
  ws->enterprises().create(asesor1, other);

  EXPECT_EQ(ws->enterprises().find_by_dui(asesor1, bare).size(), 2u);
  EXPECT_EQ(ws->enterprises().find_by_nit(asesor1, dui).size(), 2u);
  EXPECT_EQ(ws->enterprises().find_by_nit(asesor1, "0614-150390-101-2").size(), 1u);
  EXPECT_TRUE(ws->enterprises().find_by_nit(asesor1, "no es un NIT").empty());

  // The search box: a DUI finds the titular and the file whose NIT it is; a
  // 14-digit NIT typed without hyphens finds its file.
  std::vector<std::string> found;
  for (const auto& row : ws->enterprises().search(consulta, bare)) found.push_back(row.codigo);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{as_titular.codigo, as_nit.codigo}));
  EXPECT_EQ(ws->enterprises().search(consulta, dui).size(), 2u);
  ASSERT_EQ(ws->enterprises().search(consulta, "06141503901012").size(), 1u);
  EXPECT_EQ(ws->enterprises().search(consulta, "06141503901012").front().nombre, "Miel La Palma");

  // A new file whose NIT is the DUI: both files are suggested, as the same DUI.
  auto draft = enterprise("Otra empresa de Rosa", "Rosa Peña");
  draft.distrito_id = distrito_id("La Palma");
  draft.nit = dui;
  const auto suggestions = ws->referrals().suggestions_for(asesor1, draft);
  ASSERT_EQ(suggestions.size(), 2u);
  for (const auto& s : suggestions)
    EXPECT_EQ(s.reasons, std::vector<MatchReason>{MatchReason::Dui}) << s.enterprise.codigo;

  // A changed NIT is searched by its new number only.
  auto edited = *ws->enterprises().by_codigo(asesor1, as_nit.codigo);
  edited.nit = "";
  ws->enterprises().update(asesor1, edited);
  EXPECT_EQ(ws->enterprises().search(consulta, bare).size(), 1u);
}

}  // namespace
}  // namespace cdmype::testing_support
