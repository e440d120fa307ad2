// Bulk imports: all-or-nothing in one transaction, generated codes, audit rows, cancel, lookups.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using ImportTest = StoreTest;

TEST_F(ImportTest, ImportsEveryRowWithAuditAndGeneratedCodes) {
  std::vector<Enterprise> rows;
  for (int i = 0; i < 50; ++i)
    rows.push_back(enterprise("Empresa Citalá " + std::to_string(i), "Titular Peña"));
  rows[3].codigo = "CH-2026-0002";  // a code the file brings is kept and skipped by the sequence
  const auto ids = ws->imports().import_enterprises(asesor1, rows);
  ASSERT_EQ(ids.size(), 50u);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise"), 50);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'enterprise'"), 50);
  EXPECT_EQ(scalar("SELECT COUNT(DISTINCT codigo) FROM enterprise"), 50);
  EXPECT_EQ(ws->enterprises().get(asesor1, ids[3])->codigo, "CH-2026-0002");
  EXPECT_EQ(ws->enterprises().get(asesor1, ids[0])->codigo, "CH-2026-0001");
  EXPECT_EQ(ws->enterprises().get(asesor1, ids[2])->codigo, "CH-2026-0004");
}

TEST_F(ImportTest, ACentersOwnCodesAreKeptAndTheGeneratorSkipsThemInAnyCase) {
  std::vector<Enterprise> rows{enterprise("Panadería Peña", "María Peña"),
                               enterprise("Artesanías Ñandú", "José Niño"),
                               enterprise("Café Citalá", "Rosa Peña")};
  rows[0].codigo = "EMP-0001";
  rows[1].codigo = "ch-2026-0001";  // equals the next generated code but for the case
  const auto ids = ws->imports().import_enterprises(asesor1, rows);
  EXPECT_EQ(ws->enterprises().get(asesor1, ids[0])->codigo, "EMP-0001");
  EXPECT_EQ(ws->enterprises().get(asesor1, ids[1])->codigo, "ch-2026-0001");
  EXPECT_EQ(ws->enterprises().get(asesor1, ids[2])->codigo, "CH-2026-0002");
  EXPECT_EQ(ws->enterprises().by_codigo(asesor1, "emp-0001")->meta.id, ids[0]);
  // A file saved by hand later skips them as well.
  EXPECT_EQ(create("Tienda Niño", "Luis Niño").codigo, "CH-2026-0003");
  // The same code in another case is the same code.
  std::vector<Enterprise> again{enterprise("Otra", "Ana")};
  again[0].codigo = "Emp-0001";
  try {
    ws->imports().import_enterprises(asesor1, again);
    FAIL() << "se esperaba ValidationFailed";
  } catch (const ValidationFailed& e) {
    EXPECT_EQ(e.problems(),
              (std::vector<std::string>{"registro 1: codigo: ya existe un expediente «Emp-0001»"}));
  }
}

TEST_F(ImportTest, AFailingRowInTheMiddleWritesNothing) {
  create("Existente", "Rosa Peña");
  std::vector<Enterprise> rows;
  for (int i = 0; i < 20; ++i)
    rows.push_back(enterprise("Empresa " + std::to_string(i), "Titular"));
  rows[10].titular.dui = "01234567-0";  // wrong check digit
  rows[12].codigo = "CH-2026-0001";     // already in the database
  services::ImportOptions options;
  for (int line = 2; line <= 21; ++line) options.line_numbers.push_back(line);  // after the header
  try {
    ws->imports().import_enterprises(asesor1, rows, options);
    FAIL() << "se esperaba ValidationFailed";
  } catch (const ValidationFailed& e) {
    ASSERT_EQ(e.problems().size(), 2u);
    EXPECT_EQ(e.problems()[0].rfind("línea 12: titular_dui", 0), 0u) << e.problems()[0];
    EXPECT_EQ(e.problems()[1], "línea 14: codigo: ya existe un expediente «CH-2026-0001»");
  }
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise"), 1);
}

TEST_F(ImportTest, DuplicateCodesInsideTheFileAreListed) {
  std::vector<Enterprise> rows{enterprise("Uno", "Ana"), enterprise("Dos", "Eva")};
  rows[0].codigo = rows[1].codigo = "CH-2025-0100";
  EXPECT_THROW(ws->imports().import_enterprises(asesor1, rows), ValidationFailed);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise"), 0);
}

TEST_F(ImportTest, CancelKeepsNothing) {
  std::vector<Enterprise> rows(1200, enterprise("Empresa", "Titular"));
  services::ImportOptions options;
  options.progress = [](std::size_t done, std::size_t) { return done < 1000; };
  try {
    ws->imports().import_enterprises(asesor1, rows, options);
    FAIL() << "se esperaba la cancelación";
  } catch (const UserError& e) {
    EXPECT_STREQ(e.what(), "Importación cancelada; no se guardó nada.");
  }
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise"), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'enterprise'"), 0);
}

TEST_F(ImportTest, SessionsImportWithLookupsAndAllOrNothing) {
  const auto e = create("Café Citalá", "Rosa Peña");
  auto imports = ws->imports();
  const auto empresa_id = imports.enterprise_id_by_codigo(asesor1, e.codigo);
  const auto asesor_id = imports.user_id_by_username(asesor1, "asesor2");
  ASSERT_TRUE(empresa_id && asesor_id);
  EXPECT_FALSE(imports.user_id_by_username(asesor1, "nadie"));
  EXPECT_EQ(imports.enterprise_ids_by_codigo(asesor1).at(e.codigo), e.meta.id);

  std::vector<AdvisorySession> rows;
  for (int i = 0; i < 30; ++i) {
    auto s = session_for(*empresa_id, asesor2);
    s.fecha = *parse_iso_date("2026-09-01") + boost::gregorian::days(i);
    rows.push_back(s);
  }
  rows[15].duracion_min = 0;
  EXPECT_THROW(imports.import_sessions(asesor1, rows), ValidationFailed);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM advisory_session"), 0);
  rows[15].duracion_min = 45;
  EXPECT_EQ(imports.import_sessions(asesor1, rows).size(), 30u);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM advisory_session"), 30);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'advisory_session'"), 30);
}

TEST_F(ImportTest, ImportNeedsImportData) {
  EXPECT_THROW(ws->imports().import_enterprises(consulta, {enterprise("X", "Y")}),
               PermissionDenied);
  EXPECT_THROW(ws->imports().import_enterprises(admin, {enterprise("X", "Y")}), PermissionDenied);
}

TEST_F(ImportTest, ExportStreamsRowsInStableOrderWithNames) {
  auto b = enterprise("Miel La Palma", "Carmen Niño");
  b.codigo = "CH-2026-0009";
  b.distrito_id = distrito_id("La Palma");
  ws->enterprises().create(asesor1, b);
  const auto a = create("Café Citalá", "Rosa Peña");
  ws->sessions().log(asesor1, session_for(a.meta.id, asesor1));
  std::vector<std::string> codes, distritos, users;
  ws->exports().enterprises(consulta, [&](const store::EnterpriseExportRow& r) {
    codes.push_back(r.record.codigo);
    distritos.push_back(r.distrito);
    users.push_back(r.asesor_username);
    return true;
  });
  EXPECT_EQ(codes, (std::vector<std::string>{"CH-2026-0009", "CH-2026-0010"}));
  EXPECT_EQ(distritos, (std::vector<std::string>{"La Palma", "Citalá"}));
  EXPECT_EQ(users[0], "asesor1");
  int sessions = 0;
  ws->exports().sessions(consulta, [&](const store::SessionExportRow& r) {
    EXPECT_EQ(r.empresa_codigo, a.codigo);
    EXPECT_EQ(r.asesor_username, "asesor1");
    ++sessions;
    return true;
  });
  EXPECT_EQ(sessions, 1);
  EXPECT_THROW(ws->exports().sessions(admin, [](const auto&) { return true; }), PermissionDenied);
}

}  // namespace
}  // namespace cdmype::testing_support
