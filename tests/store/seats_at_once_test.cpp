// Eight seats at once on one center (each its own connection, as eight PCs): sessions, edits of
// the same file, AT requests and approvals. Nothing is lost, a stale edit is refused instead of
// overwriting, the fund is never overdrawn, nobody is told "ocupada", the audit chain holds.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "at_test_support.hpp"
#include "store/audit_chain.hpp"

namespace cdmype::testing_support {
namespace {

class SeatsAtOnceTest : public AtTest {};

TEST_F(SeatsAtOnceTest, EightSeatsLoseNothingAndNeverOverdrawTheFund) {
  constexpr int kSeats = 8;
  constexpr int kRounds = 12;
  set_budget(2026, "5000.00");  // room for five approvals of $1,000 at 90-95 %
  const std::vector<Enterprise> files{mujer_urbana(), hombre_urbano(), hombre_rural()};

  std::atomic<int> sessions{0}, edits{0}, stale{0}, approved{0}, over_fund{0};
  std::mutex mutex;
  std::vector<std::string> unexpected;
  auto seat = [&](int n) {
    try {
      auto mine = services::Workspace::open(source, clock.clock());
      for (int round = 0; round < kRounds; ++round) {
        const Enterprise& file = files[static_cast<size_t>((n + round) % 3)];
        switch ((n + round) % 3) {
          case 0:
            mine.sessions().log(asesor1, session_for(file.meta.id, asesor1));
            ++sessions;
            break;
          case 1: {
            // Everybody edits the same file: read, change, save.
            auto e = *mine.enterprises().get(directora, files[0].meta.id);
            e.notas = "Visita del puesto " + std::to_string(n) + ", ronda " + std::to_string(round);
            try {
              mine.enterprises().update(directora, e);
              ++edits;
            } catch (const StaleRecord&) {
              ++stale;
            }
            break;
          }
          default: {
            const auto at = mine.assistances().request_new(asesor1, draft_for(file, "1000.00"));
            try {
              mine.assistances().approve(directora, at.codigo);
              ++approved;
            } catch (const UserError& e) {
              if (std::string(e.what()).find("excede el fondo") == std::string::npos) throw;
              ++over_fund;
            }
          }
        }
      }
    } catch (const std::exception& e) {
      const std::lock_guard lock(mutex);
      unexpected.push_back(e.what());
    }
  };
  std::vector<std::thread> seats;
  for (int n = 0; n < kSeats; ++n) seats.emplace_back(seat, n);
  for (auto& t : seats) t.join();

  EXPECT_TRUE(unexpected.empty()) << ::testing::PrintToString(unexpected);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM advisory_session"), sessions.load());
  // Every save that was not refused is there: one version per successful edit.
  EXPECT_EQ(ws->enterprises().get(directora, files[0].meta.id)->meta.version, 1 + edits.load());
  EXPECT_EQ(edits + stale, kSeats * kRounds / 3);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM technical_assistance WHERE estado = 'aprobada'"),
            approved.load());
  EXPECT_GT(over_fund.load(), 0);  // more was asked than the fund holds
  const auto f = ws->budgets().figures(consulta, 2026);
  EXPECT_LE(f.committed, Money::from_cents(500000));
  EXPECT_GE(f.remaining, Money{});
  EXPECT_FALSE(store::first_audit_chain_break(sql()));
}

}  // namespace
}  // namespace cdmype::testing_support
