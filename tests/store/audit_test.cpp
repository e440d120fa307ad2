// The audit log: written in the same transaction as the change, append-only, readable per record.
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store/audit_repository.hpp"
#include "store/enterprise_repository.hpp"
#include "store/write_transaction.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using AuditTest = StoreTest;

TEST_F(AuditTest, CreatingAnEnterpriseWritesItsAuditRowWithTheRecordAsJson) {
  const auto e = create("Café Citalá", "Rosa Peña");
  const auto history = ws->maintenance().history(directora, store::kAuditEnterprise, e.meta.id);
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].operation, "insert");
  EXPECT_EQ(history[0].username, "asesor1");
  EXPECT_EQ(history[0].user_id, asesor1.user_id);
  EXPECT_EQ(history[0].at, "2026-10-15T15:00:00Z");
  EXPECT_FALSE(history[0].before_json.has_value());
  ASSERT_TRUE(history[0].after_json.has_value());
  EXPECT_NE(history[0].after_json->find("\"nombre\":\"Café Citalá\""), std::string::npos);
  EXPECT_NE(history[0].after_json->find("\"titular_nombre\":\"Rosa Peña\""), std::string::npos);
}

TEST_F(AuditTest, UpdateRecordsBeforeAndAfter) {
  auto e = create("Café Citalá", "Rosa Peña");
  e.nombre = "Café de Altura Citalá";
  ws->enterprises().update(directora, e);
  const auto history = ws->maintenance().history(directora, store::kAuditEnterprise, e.meta.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].operation, "update");
  EXPECT_EQ(history[1].username, "directora");
  EXPECT_NE(history[1].before_json->find("\"nombre\":\"Café Citalá\""), std::string::npos);
  EXPECT_NE(history[1].after_json->find("\"nombre\":\"Café de Altura Citalá\""), std::string::npos);
  EXPECT_NE(history[1].after_json->find("\"version\":2"), std::string::npos);
}

TEST_F(AuditTest, RolledBackChangeLeavesNeitherRowNorAuditEntry) {
  const auto audits_before = scalar("SELECT COUNT(*) FROM audit_log");
  {
    store::WriteTransaction tx(ws->database());
    store::EnterpriseRepository repo(sql());
    auto e = enterprise("Panadería Niño", "Luis Niño", Sexo::Hombre);
    e.codigo = "CH-2026-0500";
    repo.insert(store::Author{asesor1.user_id, "asesor1", "2026-10-15T15:00:00Z"}, e);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log"), audits_before + 1);  // same transaction
  }  // no commit: rolled back
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise"), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log"), audits_before);
}

TEST_F(AuditTest, AuditLogRefusesUpdateAndDelete) {
  create("Café Citalá", "Rosa Peña");
  // Each refusal in its own transaction: PostgreSQL ends a transaction at its first error.
  EXPECT_THROW(sql().execute_script("UPDATE audit_log SET username = 'nadie'"), store::DbError);
  EXPECT_THROW(sql().execute_script("DELETE FROM audit_log"), store::DbError);
  if (on_postgresql()) {
    EXPECT_THROW(sql().execute_script("TRUNCATE audit_log"), store::DbError);
  }
  EXPECT_GT(scalar("SELECT COUNT(*) FROM audit_log WHERE username = 'asesor1'"), 0);
}

TEST_F(AuditTest, UserChangesAreAuditedWithoutPasswordHashes) {
  ws->users().disable(admin, "asesor2");
  ws->users().reset_password(admin, "asesor1", "otra-clave-2026");
  const auto d = ws->maintenance().history(admin, store::kAuditUser, asesor2.user_id);
  ASSERT_GE(d.size(), 2u);  // created, disabled
  EXPECT_NE(d.back().after_json->find("\"active\":false"), std::string::npos);
  const auto p = ws->maintenance().history(admin, store::kAuditUser, asesor1.user_id);
  EXPECT_EQ(*p.back().after_json, "{\"password\":\"cambiada\"}");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%argon2%' "
                   "OR before_json LIKE '%argon2%'"),
            0);
}

TEST_F(AuditTest, OnlyRolesWithViewAuditReadIt) {
  EXPECT_THROW(ws->maintenance().history(asesor1, store::kAuditEnterprise, 1), PermissionDenied);
  EXPECT_NO_THROW(ws->maintenance().latest_audit(admin));
}

}  // namespace
}  // namespace cdmype::testing_support
