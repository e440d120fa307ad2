// Accounts, settings, the distrito seed and `check` over store::Connection on the suite's engine.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "core/territory.hpp"
#include "store/integrity.hpp"
#include "store/migrations.hpp"
#include "store/settings_repository.hpp"
#include "store/sql/statement.hpp"
#include "store/territory_seed.hpp"
#include "store/user_repository.hpp"
#include "store/write_transaction.hpp"
#include "support/engine_connection.hpp"

namespace cdmype::store {
namespace {

namespace fs = std::filesystem;
using testing_support::EngineConnection;
using testing_support::testing_on_postgresql;

// The engine's migrations: SQLite's are embedded in the program; PostgreSQL's
// twins are read from db/migrations/postgresql in the source tree.
class AccountsEngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing_on_postgresql()) {
      const fs::path folder = fs::path(CDMYPE_SOURCE_DIR) / "db" / "migrations" / "postgresql";
      if (!fs::is_directory(folder)) GTEST_SKIP() << "no hay migraciones PostgreSQL en " << folder;
      std::vector<fs::path> paths;
      for (const auto& e : fs::directory_iterator(folder))
        if (e.path().extension() == ".sql") paths.push_back(e.path());
      std::sort(paths.begin(), paths.end());
      for (const auto& p : paths) {
        std::ifstream in(p);
        std::stringstream text;
        text << in.rdbuf();
        texts.push_back(text.str());
      }
      for (std::size_t i = 0; i < paths.size(); ++i)
        files.push_back(Migration{static_cast<int>(i) + 1, paths[i].filename().string(), texts[i]});
    } else {
      files = migrations();
    }
    WriteTransaction tx(c());
    apply_migrations(c(), files, static_cast<int>(files.size()), "2026-10-15T15:00:00Z");
    EXPECT_TRUE(distritos_need_seed(c()));
    seed_distritos(c());
    tx.commit();
  }

  Connection& c() { return db.connection(); }

  User add(const Author& who, const std::string& username, const std::string& full_name,
           Role role) {
    User u;
    u.username = username;
    u.full_name = full_name;
    u.role = role;
    WriteTransaction tx(c());
    UserRepository(c()).insert(who, u, "$argon2id$prueba");
    tx.commit();
    return u;
  }

  EngineConnection db;
  std::vector<std::string> texts;
  std::vector<Migration> files;
  const Author system{0, "sistema", "2026-10-15T15:00:00Z"};
};

TEST_F(AccountsEngineTest, TheSeedIsCompleteAndRepeatable) {
  EXPECT_EQ(read_schema_version(c()), static_cast<int>(files.size()));
  EXPECT_FALSE(distritos_need_seed(c()));
  WriteTransaction tx(c());
  seed_distritos(c());  // again: nothing added, nothing refused
  tx.commit();
  Statement q(c(), "SELECT COUNT(*) AS n, MAX(id) AS last_id FROM distrito");
  ASSERT_TRUE(q.step());
  const auto size = static_cast<std::int64_t>(Territory::el_salvador().distritos().size());
  EXPECT_EQ(q.int64("n"), size);
  EXPECT_EQ(q.int64("last_id"), size);
  // The catalog's explicit ids do not trip the next generated one (PostgreSQL's identity).
  WriteTransaction more(c());
  Statement ins(c(),
                "INSERT INTO distrito (nombre, municipio, departamento) "
                "VALUES ('Ñandú', 'Peña', 'Prueba') RETURNING id");
  ASSERT_TRUE(ins.step());
  EXPECT_EQ(ins.int64("id"), size + 1);
}

TEST_F(AccountsEngineTest, AccountsAreWrittenReadAndRefusedTwice) {
  const User admin = add(system, "rpena", "Rosa Peña Niño", Role::Admin);
  EXPECT_GT(admin.meta.id, 0);
  const Author who{admin.meta.id, "rpena", "2026-10-15T15:01:00Z"};
  EXPECT_THROW(add(who, "rpena", "Otra Persona", Role::Asesor), UserError);

  User asesor = add(who, "ncitala", "Ñandú Citalá", Role::Asesor);
  {
    WriteTransaction tx(c());
    UserRepository users(c());
    asesor.full_name = "Ñandú de Citalá";
    asesor.active = false;
    users.update(who, asesor);
    users.set_password_hash(who, asesor.meta.id, "$argon2id$nueva", true);
    users.record_failure(asesor.meta.id, 3, "2026-10-15T15:10:00Z");
    tx.commit();
  }
  UserRepository users(c());
  const auto found = users.credentials("ncitala");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->user.full_name, "Ñandú de Citalá");
  EXPECT_FALSE(found->user.active);
  EXPECT_TRUE(found->user.must_change_password);
  EXPECT_EQ(found->user.meta.version, 3);
  EXPECT_EQ(found->password_hash, "$argon2id$nueva");
  EXPECT_EQ(found->failed_attempts, 3);
  EXPECT_EQ(found->locked_until, "2026-10-15T15:10:00Z");
  {
    WriteTransaction tx(c());
    users.clear_failures(asesor.meta.id);
    tx.commit();
  }
  EXPECT_EQ(users.credentials("ncitala")->failed_attempts, 0);
  EXPECT_TRUE(users.credentials("ncitala")->locked_until.empty());
  EXPECT_EQ(users.list().size(), 2u);
  EXPECT_EQ(users.count_active_with_role(Role::Admin), 1);
  EXPECT_EQ(users.count_active_with_role(Role::Asesor), 0);
  EXPECT_EQ(users.ids_by_username().at("ncitala"), asesor.meta.id);
  EXPECT_EQ(users.get(admin.meta.id)->username, "rpena");
}

TEST_F(AccountsEngineTest, SettingsAreUpsertedAndAuditedOnlyWhenTheyChange) {
  const Author who{0, "sistema", "2026-10-15T15:02:00Z"};
  SettingsRepository settings(c());
  EXPECT_FALSE(settings.initialized());
  CenterSettings s;
  s.center_name = "CDMYPE Citalá";
  s.prefix = "CH";
  s.departamento = "Chalatenango";
  {
    WriteTransaction tx(c());
    settings.set_center(who, s);
    settings.set(who, setting_key::kPrefix, "CT");
    settings.set(who, setting_key::kPrefix, "CT");  // unchanged: no second audit row
    tx.commit();
  }
  EXPECT_TRUE(settings.initialized());
  EXPECT_EQ(settings.center().prefix, "CT");
  EXPECT_EQ(settings.center().center_name, "CDMYPE Citalá");
  EXPECT_EQ(query_int64(c(),
                        "SELECT COUNT(*) AS n FROM audit_log WHERE table_name = 'setting' "
                        "AND record_id = 0 AND operation = 'update'"),
            1);
}

TEST_F(AccountsEngineTest, CheckFindsNothingThenAnAccountWrittenOutsideTheProgram) {
  add(system, "rpena", "Rosa Peña Niño", Role::Admin);
  EXPECT_EQ(check_database(c()), std::vector<std::string>{});
  c().execute_script(
      "INSERT INTO app_user (uuid, username, full_name, role, password_hash, created_at, "
      "updated_at) VALUES ('u-intruso', 'intruso', 'Intruso', 'admin', 'x', "
      "'2026-10-15T16:00:00Z', '2026-10-15T16:00:00Z')");
  const auto problems = check_database(c());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems.front().find("1 cuentas de usuario no tienen registro de creación"),
            std::string::npos)
      << problems.front();
}

TEST_F(AccountsEngineTest, OnTheServerCheckRunsAmcheckAndNamesADamagedIndex) {
  if (!testing_on_postgresql()) GTEST_SKIP() << "amcheck es del servidor PostgreSQL";
  c().execute_script("CREATE EXTENSION IF NOT EXISTS amcheck");
  EXPECT_EQ(check_database(c()), std::vector<std::string>{});
  // An index over a function that claims IMMUTABLE but is not: once its
  // answer changes, the index no longer matches its table, which is what a
  // damaged index looks like to amcheck.
  c().execute_script(
      "CREATE TABLE prueba_dano (nombre TEXT); "
      "CREATE FUNCTION prueba_clave(t TEXT) RETURNS TEXT IMMUTABLE LANGUAGE sql "
      "AS $$ SELECT t || current_setting('prueba.sufijo') $$; "
      "SET prueba.sufijo = 'a'; "
      "INSERT INTO prueba_dano VALUES ('Peña'), ('Niño'), ('Ñandú'); "
      "CREATE INDEX prueba_dano_clave ON prueba_dano (prueba_clave(nombre)); "
      "SET prueba.sufijo = 'b'");
  const auto problems = check_database(c());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems.front().find("El índice «prueba_dano_clave» del servidor está dañado"),
            std::string::npos)
      << problems.front();
}

}  // namespace
}  // namespace cdmype::store
