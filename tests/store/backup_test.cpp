// Online backup (0600, verified copy) and the `check` findings.
#include "store/backup.hpp"

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store/integrity.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using BackupTest = SqliteFileTest;

TEST_F(BackupTest, BackupIsAVerifiedOwnerOnlyCopyWithRecentCommits) {
  create("Café Citalá", "Rosa Peña");  // still in the -wal file: the copy must include it
  const auto dest = dir / "copia.db";
  int calls = 0;
  const auto result = ws->maintenance().backup(admin, dest, [&](std::int64_t, std::int64_t) {
    ++calls;
    return true;
  });
  EXPECT_EQ(result.path, dest);
  EXPECT_GT(result.pages, 0);
  EXPECT_EQ(file_mode(dest), 0600);
  auto copy = services::Workspace::open(dest, clock.clock());
  const auto found = copy.enterprises().search(consulta, "pena");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].nombre, "Café Citalá");
  EXPECT_TRUE(copy.maintenance().check(admin).empty());
}

TEST_F(BackupTest, BackupNeverOverwritesAndNeedsThePermission) {
  const auto dest = dir / "copia.db";
  ws->maintenance().backup(admin, dest);
  EXPECT_THROW(ws->maintenance().backup(admin, dest), UserError);
  EXPECT_THROW(ws->maintenance().backup(asesor1, dir / "otra.db"), PermissionDenied);
  EXPECT_FALSE(fs::exists(dir / "otra.db"));
}

TEST_F(BackupTest, CancelledBackupLeavesNoFile) {
  create("Café Citalá", "Rosa Peña");
  const auto dest = dir / "cancelada.db";
  EXPECT_THROW(
      ws->maintenance().backup(admin, dest, [](std::int64_t, std::int64_t) { return false; }),
      UserError);
  EXPECT_FALSE(fs::exists(dest));
}

TEST_F(BackupTest, CheckIsCleanOnAHealthyDatabase) {
  const auto e = create("Café Citalá", "Rosa Peña");
  ws->sessions().log(asesor1, session_for(e.meta.id, asesor1));
  EXPECT_EQ(ws->maintenance().check(admin), std::vector<std::string>{});
  EXPECT_THROW(ws->maintenance().check(asesor1), PermissionDenied);
}

TEST_F(BackupTest, CheckReportsRowsWrittenBehindTheProgramsBack) {
  create("Café Citalá", "Rosa Peña");
  sqlite().exec(
      "INSERT INTO enterprise (uuid, codigo, nombre, forma_juridica, titular_nombre, titular_sexo, "
      "sector, distrito_id, zona, fecha_ingreso, fuente, estado, created_at, updated_at) VALUES "
      "('u-1', 'CH-2026-0999', 'Fantasma', 'persona_natural', 'Nadie', 'hombre', 'otro', 56, "
      "'rural', '2026-01-01', 'otra', 'activa', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
  sqlite().exec("DROP TRIGGER audit_log_no_delete");
  const auto findings = ws->maintenance().check(admin);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_NE(findings[0].find("protecciones"), std::string::npos) << findings[0];
  EXPECT_EQ(findings[1].rfind("1 expedientes no tienen registro de creación", 0), 0u)
      << findings[1];
}

TEST_F(BackupTest, CheckReportsADamagedSearchIndex) {
  create("Café Citalá", "Rosa Peña");
  sqlite().exec(
      "INSERT INTO enterprise_fts (enterprise_fts, rowid, nombre, codigo, titular_nombre, "
      "titular_dui) VALUES ('delete', 1, 'Café Citalá', 'CH-2026-0001', 'Rosa Peña', NULL)");
  const auto findings = ws->maintenance().check(admin);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].find("índice de búsqueda"), std::string::npos);
}

}  // namespace
}  // namespace cdmype::testing_support
