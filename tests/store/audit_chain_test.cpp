// The audit log's hash chain: written with every entry, verified by `check`, which names the first
// entry changed behind the program's back; databases from before the chain are sealed on upgrade.
#include "store/audit_chain.hpp"

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <iostream>

#include "store/migrations.hpp"
#include "store/write_transaction.hpp"
#include "sanitizer_slack.hpp"
#include "support/cpu_time.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class AuditChainTest : public StoreTest {
 protected:
  // A few entries of different tables: enterprises, a session, an account, a setting.
  void some_history() {
    const auto e = create("Café Citalá", "Rosa Peña");
    create("Panadería Niño", "Juan Niño", Sexo::Hombre);
    ws->sessions().log(asesor1, session_for(e.meta.id, asesor1));
    auto changed = *ws->enterprises().get(asesor1, e.meta.id);
    changed.notas = "Visita en Citalá";
    ws->enterprises().update(asesor1, changed);
  }
  std::vector<std::string> chain_findings() {
    std::vector<std::string> out;
    for (const auto& f : ws->maintenance().check(admin))
      if (f.find("huella") != std::string::npos) out.push_back(f);
    return out;
  }
  // The id of an entry in the middle of the log.
  std::int64_t middle_id() {
    return scalar(
        "SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM audit_log)");
  }
  // The audit log's trigger `name` removed, as its owner could on either engine.
  void drop_guard(const std::string& name) {
    sql().execute_script("DROP TRIGGER " + name + (on_postgresql() ? " ON audit_log" : ""));
  }
};

TEST_F(AuditChainTest, EveryEntryCarriesAHashOfThePreviousOneAndItself) {
  some_history();
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE length(chain_hash) <> 64"), 0);
  // Recomputed here from the rows as stored (identifying fields sealed, 0016):
  // the first entry starts from an empty hash.
  store::Statement q(sql(), std::string("SELECT ") + store::kAuditEntryColumns +
                                ", chain_hash FROM audit_log ORDER BY id");
  std::string previous;
  int rows = 0;
  while (q.step()) {
    EXPECT_EQ(q.text("chain_hash"), store::audit_chain_hash(previous, store::read_audit_entry(q)));
    previous = q.text("chain_hash");
    ++rows;
  }
  EXPECT_EQ(rows, static_cast<int>(ws->maintenance().latest_audit(admin, 1000).size()));
  EXPECT_FALSE(store::first_audit_chain_break(sql()));
  EXPECT_EQ(ws->maintenance().check(admin), std::vector<std::string>{});
}

TEST_F(AuditChainTest, CheckNamesTheOneEntryAnAttackerChanged) {
  some_history();
  const auto target = middle_id();
  const auto table = [&] {
    store::Statement q(sql(), "SELECT table_name, at FROM audit_log WHERE id = :id");
    q.bind("id", target);
    q.step();
    return std::pair(q.text("table_name"), q.text("at"));
  }();
  // Someone with the file (or the database owner's login) drops the guard and rewrites who did it.
  drop_guard("audit_log_no_update");
  sql().execute_script("UPDATE audit_log SET username = 'nadie' WHERE id = " +
                       std::to_string(target));
  const auto broken = store::first_audit_chain_break(sql());
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->id, target);
  EXPECT_EQ(broken->table_name, table.first);
  EXPECT_EQ(broken->at, table.second);
  const auto findings = ws->maintenance().check(admin);
  const auto chain = chain_findings();
  ASSERT_EQ(chain.size(), 1u) << ::testing::PrintToString(findings);
  EXPECT_NE(chain[0].find("n.º " + std::to_string(target) + " "), std::string::npos) << chain[0];
  EXPECT_NE(chain[0].find("«" + table.first + "»"), std::string::npos) << chain[0];
}

TEST_F(AuditChainTest, ADeletedEntryBreaksTheChainAtTheNextOne) {
  some_history();
  const auto target = middle_id();
  drop_guard("audit_log_no_delete");
  sql().execute_script("DELETE FROM audit_log WHERE id = " + std::to_string(target));
  const auto broken = store::first_audit_chain_break(sql());
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->id, target + 1);
}

TEST_F(AuditChainTest, EntriesFromBeforeTheChainAreSealedOnUpgradeAndStayProtected) {
  const int chain_version = 6;  // 0006_audit_chain.sql
  const auto path = dir / "viejo.db";
  {
    store::SqliteConnection conn(path, true);  // migrations run on a Connection
    SQLite::Database& raw = conn.raw();
    store::WriteTransaction tx(conn);
    store::apply_migrations(conn, store::migrations(), chain_version - 1, "2026-01-01T00:00:00Z");
    for (int i = 1; i <= 3; ++i)
      raw.exec(
          "INSERT INTO audit_log (at, user_id, username, operation, table_name, record_id, "
          "after_json) VALUES ('2026-01-0" +
          std::to_string(i) + "T10:00:00Z', NULL, 'admin', 'insert', 'setting', " +
          std::to_string(i) + ", '{\"valor\":\"Citalá\"}')");
    tx.commit();
  }
  auto upgraded = services::Workspace::open(path, clock.clock());
  auto& db = upgraded.database().sqlite();
  EXPECT_FALSE(store::first_audit_chain_break(upgraded.database().connection()));
  SQLite::Statement q(db, "SELECT COUNT(*) FROM audit_log WHERE chain_hash IS NULL");
  q.executeStep();
  EXPECT_EQ(q.getColumn(0).getInt(), 0);
  // The sealing exception lets nothing else through.
  EXPECT_THROW(db.exec("UPDATE audit_log SET username = 'nadie' WHERE id = 1"), SQLite::Exception);
  EXPECT_THROW(db.exec("UPDATE audit_log SET chain_hash = 'x' WHERE id = 1"), SQLite::Exception);
  EXPECT_THROW(db.exec("DELETE FROM audit_log WHERE id = 1"), SQLite::Exception);
}

// Not a benchmark: a guard that the chain keeps bulk imports fast (one indexed
// read of the newest entry and a hash per row, in the import's transaction).
// Counted in this thread's CPU time: the wall clock also holds the disk's
// fsyncs and whatever else the machine runs, which a loaded machine stretches
// past any limit; the work a per-row scan of the log would add is CPU time.
TEST_F(AuditChainTest, TenThousandEnterprisesImportQuickly) {
  std::vector<Enterprise> rows;
  for (int i = 0; i < 10'000; ++i)
    rows.push_back(enterprise("Panadería Peña n.º " + std::to_string(i), "María Niño"));
  const double start = thread_cpu_seconds();
  ws->imports().import_enterprises(asesor1, rows, {});
  const double seconds = thread_cpu_seconds() - start;
  std::cout << "10.000 expedientes importados en " << seconds << " s de CPU\n";
  EXPECT_LT(seconds, 20.0 * kTimeLimitSlack);
  EXPECT_FALSE(store::first_audit_chain_break(sql()));
}

}  // namespace
}  // namespace cdmype::testing_support
