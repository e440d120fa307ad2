// Two processes writing the same database at once (WAL, busy_timeout, BEGIN IMMEDIATE): nobody
// ever sees "database is locked", no write is lost, and a stale edit is refused, never applied.
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <chrono>
#include <sstream>

#include "process_support.hpp"
#include "store/sqlite_errors.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

// Issue 8: "two processes writing the same database for 30 s". A loaded machine may get few
// rounds into those 30 s, so each writer also does at least kMinRounds: the counts below then
// hold however slow the machine is, and a writer that stops early is still caught.
constexpr auto kRunFor = std::chrono::seconds(30);
constexpr int kMinRounds = 15;

using TwoWritersTest = StoreTest;

TEST_F(TwoWritersTest, ConcurrentWritersNeverSeeLockedAndLoseNothing) {
  const auto shared = create("Café Compartido", "Rosa Peña");
  ws.reset();  // no connection may cross a fork
  const auto deadline = std::chrono::steady_clock::now() + kRunFor;

  auto writer = [&](int who) {
    return [&, who](int ack) {
      auto w = services::Workspace::open(source);
      const Actor& me = who == 0 ? asesor1 : asesor2;
      for (int i = 0; i < kMinRounds || std::chrono::steady_clock::now() < deadline; ++i) {
        const char* step = "crear";  // named in the error line: which call gave up
        try {
          auto e = enterprise("Escritor " + std::to_string(who) + " n.º " + std::to_string(i),
                              "Juan Niño", Sexo::Hombre);
          e.asesor_id = me.user_id;
          const auto made = w.enterprises().create(me, e);
          acknowledge(ack, "empresa " + std::to_string(made.meta.id) + " " + made.nombre);
          step = "sesión";
          const auto s = w.sessions().log(me, session_for(made.meta.id, me));
          acknowledge(ack, "sesion " + std::to_string(s.meta.id));
          // Read, think, save: the other writer may have saved meanwhile.
          step = "leer";
          auto copy = *w.enterprises().get(me, shared.meta.id);
          copy.notas = "Editado por " + std::to_string(who) + " en la vuelta " + std::to_string(i);
          step = "editar";
          try {
            w.enterprises().update(me, copy);
            acknowledge(ack, "editado");
          } catch (const StaleRecord&) {
            acknowledge(ack, "rechazado");
          }
        } catch (const std::exception& e) {
          acknowledge(ack, std::string("error ") + step + ": " + e.what());
        }
      }
    };
  };
  WriterProcess first(writer(0));
  WriterProcess second(writer(1));
  auto lines = first.finish();
  for (auto& l : second.finish()) lines.push_back(std::move(l));
  // A writer that crashed (or was stopped by a sanitizer) would just acknowledge less.
  EXPECT_TRUE(first.exited_ok());
  EXPECT_TRUE(second.exited_ok());

  ws.emplace(services::Workspace::open(source, clock.clock()));
  int enterprises = 0, sessions = 0, edits = 0, stale = 0;
  for (const auto& line : lines) {
    std::istringstream in(line);
    std::string kind;
    std::int64_t id = 0;
    in >> kind >> id;
    // Any failure a person would see lands here: "database is locked", or its Spanish form.
    ASSERT_EQ(line.find("locked"), std::string::npos) << line;
    ASSERT_EQ(line.find(store::busy_message()), std::string::npos) << line;
    ASSERT_NE(kind, "error") << line;
    if (kind == "empresa") {
      ++enterprises;
      std::string nombre;
      std::getline(in >> std::ws, nombre);
      const auto stored = ws->enterprises().get(consulta, id);
      ASSERT_TRUE(stored) << "escritura confirmada perdida: " << line;
      EXPECT_EQ(stored->nombre, nombre);
    } else if (kind == "sesion") {
      ++sessions;
      EXPECT_TRUE(ws->sessions().get(consulta, id)) << "sesión confirmada perdida: " << line;
    } else if (kind == "editado") {
      ++edits;
    } else if (kind == "rechazado") {
      ++stale;
    }
  }
  std::cout << enterprises << " expedientes, " << sessions << " sesiones, " << edits
            << " ediciones y " << stale << " ediciones rechazadas por desactualizadas\n";
  EXPECT_GE(enterprises, 2 * kMinRounds);
  EXPECT_EQ(sessions, enterprises);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise WHERE nombre LIKE 'Escritor %'"), enterprises);
  // Every accepted edit bumped the version once: none overwrote another unseen.
  EXPECT_EQ(ws->enterprises().get(consulta, shared.meta.id)->meta.version,
            shared.meta.version + edits);
  EXPECT_EQ(ws->maintenance().check(admin), std::vector<std::string>{});

  // And deterministically: two copies of the same version, the second save is refused.
  auto a = *ws->enterprises().get(asesor1, shared.meta.id);
  auto b = a;
  a.notas = "Primera";
  b.notas = "Segunda, sin ver la primera";
  ws->enterprises().update(asesor1, a);
  EXPECT_THROW(ws->enterprises().update(asesor2, b), StaleRecord);
  EXPECT_EQ(ws->enterprises().get(consulta, shared.meta.id)->notas, "Primera");
}

}  // namespace
}  // namespace cdmype::testing_support
