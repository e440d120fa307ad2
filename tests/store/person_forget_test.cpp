// Personal data in the audit log (0016): snapshots keep names and DUIs sealed with the person's
// key, the history still reads them, forgetting the person destroys the key and scrubs the live
// records, and databases from before are converted on upgrade with the chain intact.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/person_forgetting.hpp"
#include "store/audit_chain.hpp"
#include "store/audit_seal.hpp"
#include "store/migrations.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/write_transaction.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

const std::string kName = "Rosalinda Ñandú";
const std::string kDui = make_dui(3456789);

class PersonForgetTest : public StoreTest {
 protected:
  Enterprise her_file() {
    auto e = create("Dulces Ñandú", kName, Sexo::Mujer, kDui);
    auto s = session_for(e.meta.id, asesor1);
    s.acuerdos = "Rosalinda trae las facturas";
    ws->sessions().log(asesor1, s);
    return e;
  }
  // Audit rows whose stored text holds `value` (the bytes the chain hashes).
  std::int64_t stored_rows_with(const std::string& value) {
    store::Statement q(sql(),
                       "SELECT COUNT(*) AS n FROM audit_log WHERE before_json LIKE :v "
                       "OR after_json LIKE :v");
    q.bind("v", "%" + value + "%");
    q.step();
    return q.int64("n");
  }
  std::string history_text(std::string_view table, std::int64_t id) {
    std::string out;
    for (const auto& e : ws->maintenance().history(directora, table, id))
      out += e.before_json.value_or("") + e.after_json.value_or("") + "\n";
    return out;
  }
};

TEST_F(PersonForgetTest, SnapshotsStoreIdentifyingFieldsSealedAndTheHistoryReadsThem) {
  const auto e = her_file();
  EXPECT_EQ(stored_rows_with(kName), 0);
  EXPECT_EQ(stored_rows_with(kDui), 0);
  EXPECT_EQ(stored_rows_with("Rosalinda"), 0);
  EXPECT_GT(stored_rows_with(std::string(store::kSealedMember)), 0);
  // What statistics need stays readable as stored.
  EXPECT_GT(stored_rows_with("\"titular_sexo\":\"mujer\""), 0);
  const std::string history = history_text(store::kAuditEnterprise, e.meta.id);
  EXPECT_NE(history.find("\"titular_nombre\":\"" + kName + "\""), std::string::npos) << history;
  EXPECT_NE(history.find(kDui), std::string::npos);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM clave_personal"), 1);  // the session uses the file's key
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE datos_personales_cifrados <> 1"), 0);
  EXPECT_EQ(ws->maintenance().check(admin), std::vector<std::string>{});
}

TEST_F(PersonForgetTest, ForgettingScrubsTheRecordsAndLeavesTheOldSnapshotsUnreadable) {
  const auto e = her_file();
  const auto other = create("Taller Niño", "Pedro Niño", Sexo::Hombre, make_dui(7654321));
  EXPECT_THROW(ws->persons().forget(asesor1, kDui, "Solicitud"), PermissionDenied);
  EXPECT_THROW(ws->persons().forget(directora, kDui, " "), UserError);

  const auto out = ws->persons().forget(directora, kDui, "Solicitud de cancelación n.º 4");
  EXPECT_EQ(out.empresas, 1);
  EXPECT_EQ(out.sesiones, 1);
  EXPECT_EQ(out.claves, 1);

  const auto now = *ws->enterprises().get(directora, e.meta.id);
  EXPECT_EQ(now.titular.nombre, kForgottenPersonName);
  EXPECT_EQ(now.titular.dui, "");
  EXPECT_EQ(now.titular.fecha_nacimiento, parse_iso_date("1990-05-01"));
  EXPECT_EQ(now.titular.sexo, Sexo::Mujer);
  EXPECT_EQ(now.nombre, "Empresa de persona olvidada");
  EXPECT_EQ(now.ventas_anuales, Money::from_cents(1'250'000));
  const auto sessions = ws->sessions().by_enterprise(directora, e.meta.id);
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].acuerdos, "[…] trae las facturas");

  const std::string history = history_text(store::kAuditEnterprise, e.meta.id);
  EXPECT_EQ(history.find(kName), std::string::npos) << history;
  EXPECT_EQ(history.find(kDui), std::string::npos);
  EXPECT_NE(history.find(store::kForgottenValue), std::string::npos);
  EXPECT_NE(history_text(store::kAuditEnterprise, other.meta.id).find("Pedro Niño"),
            std::string::npos);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'persona'"), 1);
  EXPECT_EQ(ws->maintenance().check(admin), std::vector<std::string>{});
  // Nothing holds the DUI any more.
  EXPECT_THROW(ws->persons().forget(directora, kDui, "otra vez"), UserError);
}

// The conversion of a database from before 0016 (SQLite: the file is built by hand at 0015).
class PersonalDataUpgradeTest : public SqliteFileTest {};

TEST_F(PersonalDataUpgradeTest, OldSnapshotsAreSealedOnUpgradeAndTheChainStillVerifies) {
  const auto path = dir / "viejo.db";
  {
    store::SqliteConnection conn(path, true);
    store::WriteTransaction tx(conn);
    store::apply_migrations(conn, store::migrations(), 15, "2026-01-01T00:00:00Z");
    // Two entries as version 15 wrote them: plain names, chained.
    std::string previous;
    for (int i = 1; i <= 2; ++i) {
      store::AuditEntry e{.id = i,
                          .at = "2026-01-0" + std::to_string(i) + "T10:00:00Z",
                          .user_id = 0,
                          .username = "admin",
                          .operation = i == 1 ? "insert" : "update",
                          .table_name = "enterprise",
                          .record_id = 7,
                          .before_json = std::nullopt,
                          .after_json = "{\"id\":7,\"titular_nombre\":\"" + kName +
                                        "\",\"titular_dui\":\"" + kDui +
                                        "\",\"titular_sexo\":\"mujer\"}"};
      if (i == 2) e.before_json = e.after_json;
      previous = store::audit_chain_hash(previous, e);
      store::Statement st(conn,
                          "INSERT INTO audit_log (id, at, user_id, username, operation, "
                          "table_name, record_id, before_json, after_json, chain_hash) VALUES "
                          "(:id, :at, NULL, :username, :operation, :table_name, :record_id, "
                          ":before_json, :after_json, :chain_hash)");
      st.bind("id", e.id).bind("at", e.at).bind("username", e.username);
      st.bind("operation", e.operation).bind("table_name", e.table_name);
      st.bind("record_id", e.record_id).bind("before_json", e.before_json);
      st.bind("after_json", e.after_json).bind("chain_hash", previous);
      st.execute();
    }
    tx.commit();
  }
  auto upgraded = services::Workspace::open(path, clock.clock());
  auto& c = upgraded.database().connection();
  EXPECT_FALSE(store::first_audit_chain_break(c));
  EXPECT_EQ(store::query_int64(c, "SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%" +
                                      kDui + "%' OR before_json LIKE '%" + kDui + "%'"),
            0);
  // The conversion is on the record, with the head hash the chain had before.
  EXPECT_EQ(store::query_int64(c, "SELECT COUNT(*) FROM audit_log WHERE table_name = 'audit_log' "
                                  "AND after_json LIKE '%cabeza_anterior%'"),
            1);
  const auto history = store::AuditRepository(c).for_record("enterprise", 7);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_NE(history[1].before_json->find(kName), std::string::npos) << *history[1].before_json;
  // Once converted, a row refuses the conversion's exception too.
  auto& raw = upgraded.database().sqlite();
  EXPECT_THROW(raw.exec("UPDATE audit_log SET datos_personales_cifrados = 0 WHERE id = 1"),
               SQLite::Exception);
  EXPECT_THROW(raw.exec("UPDATE audit_log SET after_json = '{}', chain_hash = 'x' WHERE id = 1"),
               SQLite::Exception);
}

}  // namespace
}  // namespace cdmype::testing_support
