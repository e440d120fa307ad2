// The monthly report reads one snapshot: another seat's writes while it is being computed never
// mix into its figures, and a caller's own transaction serves as that snapshot.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <functional>
#include <optional>
#include <string>

#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "report_db_fixture.hpp"
#include "store/referral_repository.hpp"
#include "store/write_transaction.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::report::testing {
namespace {

// Calls `on_statement` with the SQL text of every statement as it starts on
// the connection. The hook is SQLite's (sqlite3_trace_v2): PostgreSQL has no
// client-side equivalent, so this file stays on the SQLite engine.
class StatementHook {
 public:
  StatementHook(services::Workspace& ws, std::function<void(const std::string&)> on_statement)
      : db_(ws.database().sqlite().getHandle()), on_statement_(std::move(on_statement)) {
    sqlite3_trace_v2(db_, SQLITE_TRACE_STMT, &StatementHook::trace, this);
  }
  ~StatementHook() { sqlite3_trace_v2(db_, 0, nullptr, nullptr); }
  StatementHook(const StatementHook&) = delete;
  StatementHook& operator=(const StatementHook&) = delete;

 private:
  static int trace(unsigned, void* self, void* stmt, void*) {
    if (const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt)))
      static_cast<StatementHook*>(self)->on_statement_(sql);
    return 0;
  }
  sqlite3* db_;
  std::function<void(const std::string&)> on_statement_;
};

class ReportSnapshot : public ReportDbTest {
 protected:
  void SetUp() override {
    ReportDbTest::SetUp();
    enterprise_id = enterprise({"Café de Altura Citalá", Sexo::Mujer, Zona::Rural, "2028-01-15"});
    session(enterprise_id, "2028-03-02", 60);
    ws->goals().set(directora, 2028, "sesiones", 10);
    ws->goals().set(directora, 2028, "remisiones", 5);
  }

  std::string report_json() {
    return monthly_json(compute_monthly_figures(*ws, directora, {2028, 3}, kAt));
  }

  // Another seat (its own connection to the same file) records March's work:
  // a new enterprise attended, sessions, a referral and a training.
  void other_seat_writes(services::Workspace& other) {
    Enterprise e = *other.enterprises().get(asesor, enterprise_id);
    e.meta = RecordMeta{};
    e.codigo.clear();
    e.nombre = "Panadería Ñandú de Peña";
    e.fecha_ingreso = *parse_iso_date("2028-03-05");
    const std::int64_t nueva = other.enterprises().create(asesor, e).meta.id;
    for (const std::int64_t id : {enterprise_id, nueva}) {
      AdvisorySession s;
      s.enterprise_id = id;
      s.asesor_id = asesor.user_id;
      s.fecha = *parse_iso_date("2028-03-20");
      s.duracion_min = 90;
      s.area = Area::AsesoriaEmpresarial;
      s.tema = "Costos del niño";
      other.sessions().log(asesor, s);
    }
    Referral r;
    r.fecha = *parse_iso_date("2028-03-21");
    r.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
    r.nombre = "Rosa Peña";
    r.sexo = Sexo::Mujer;
    other.referrals().record(directora, r);
    Training t;
    t.titulo = "Costos y precios";
    t.institucion = "Universidad Católica de El Salvador";
    t.fecha = *parse_iso_date("2028-03-22");
    t.minutos = 240;
    other.trainings().create(asesor, t);
  }

  static constexpr GeneratedAt kAt{Date(2028, 4, 1), 8, 0};
  std::int64_t enterprise_id = 0;
};

TEST_F(ReportSnapshot, AnotherSeatsWritesDuringTheReportDoNotMixIntoItsFigures) {
  if (testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Solo SQLite (sqlite3_trace_v2 marca el momento de la escritura).";
  const std::string before = report_json();
  auto other = services::Workspace::open(source, clock.clock());

  // The other seat writes as soon as the report's first aggregate starts:
  // every later query (sessions, referrals, trainings, goals) would see its
  // rows unless all of them read the snapshot taken before.
  bool wrote = false;
  int statements_outside_a_transaction = 0;
  std::optional<std::string> during;
  {
    StatementHook hook(*ws, [&](const std::string& sql) {
      if (!ws->database().connection().in_transaction()) ++statements_outside_a_transaction;
      if (wrote || sql.find("enterprise_attendance") == std::string::npos) return;
      wrote = true;
      other_seat_writes(other);
    });
    during = report_json();
  }
  ASSERT_TRUE(wrote) << "el informe no leyó enterprise_attendance: la prueba no escribió nada";
  EXPECT_EQ(*during, before);
  // BEGIN itself runs before the transaction is open; every query after it inside.
  EXPECT_LE(statements_outside_a_transaction, 1);
  EXPECT_FALSE(ws->database().connection().in_transaction())
      << "el informe dejó abierta su lectura";

  // The writes were real: the next report sees them.
  const auto after = compute_monthly_figures(*ws, directora, {2028, 3}, kAt);
  EXPECT_EQ(after.sesiones.total, 3);
  EXPECT_EQ(after.empresas_atendidas.total, 2);
  EXPECT_EQ(after.remisiones.recibidas, 1);
  EXPECT_EQ(after.capacitaciones.eventos, 1);
  EXPECT_NE(monthly_json(after), before);
}

TEST_F(ReportSnapshot, InsideTheCallersTransactionTheReportReadsThatTransaction) {
  EXPECT_EQ(compute_monthly_figures(*ws, directora, {2028, 3}, kAt).remisiones.recibidas, 0);
  store::WriteTransaction tx(ws->database());
  // Written in the open transaction and never committed: only a report that
  // reads this very transaction (instead of beginning its own) counts it.
  Referral r;
  r.fecha = *parse_iso_date("2028-03-21");
  r.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
  r.nombre = "José Niño";
  r.sexo = Sexo::Hombre;
  store::ReferralRepository(ws->database().connection())
      .insert({directora.user_id, directora.username, "2028-03-21T15:00:00Z"}, r);
  std::optional<MonthlyFigures> f;
  ASSERT_NO_THROW(f = compute_monthly_figures(*ws, directora, {2028, 3}, kAt));
  EXPECT_EQ(f->remisiones.recibidas, 1);
  EXPECT_TRUE(ws->database().connection().in_transaction()) << "el informe cerró la transacción";
}

}  // namespace
}  // namespace cdmype::report::testing
