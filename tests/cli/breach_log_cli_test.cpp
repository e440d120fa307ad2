// End to end: the breach log through `cdmype-cli breach` (Decreto Legislativo 144): a breach is
// recorded with when it was detected, each notice (ACE, Fiscalía, the people) once, and the list
// shows the 72-hour clock.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

// Local "AAAA-MM-DD HH:MM", `hours` before now.
std::string hours_ago(int hours) {
  const std::time_t t = std::time(nullptr) - hours * 3600;
  std::tm local{};
  localtime_r(&t, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
  return text;
}

class BreachLogCli : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("breach-log", [](const Cli& c) {
      ASSERT_EQ(c.init().status, 0);
      ASSERT_EQ(c.add_user("directora", "director", "Ana Lucía Cortez").status, 0);
      ASSERT_EQ(c.add_user("asesora", "asesor", "Marta Ayala").status, 0);
    });
  }
  RunResult as(const std::string& user, const std::vector<std::string>& args) const {
    return cli.as(user, kUserPassword, args);
  }
  Cli cli;
};

TEST_F(BreachLogCli, TheSeventyTwoHourClockRunsUntilEveryoneIsNotified) {
  RunResult r = as("directora", {"breach", "record", "--detectada", hours_ago(10), "--descripcion",
                                 "Robo de la laptop de la asesora en Citalá", "--datos",
                                 "nombres, DUI, teléfonos", "--personas", "120", "--medidas",
                                 "Contraseña cambiada; copia cifrada verificada"});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string id = r.out.substr(0, r.out.size() - 1);
  EXPECT_THAT(r.err, HasSubstr("quedan 6"));  // 61 or 62 h, depending on the minute
  EXPECT_THAT(r.err, HasSubstr("para notificar a: ACE, Fiscalía, personas"));

  r = as("directora", {"breach", "notify", id, "--a", "ace", "--fecha", hours_ago(2)});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("Agencia de Ciberseguridad del Estado"));
  EXPECT_THAT(r.err, HasSubstr("para notificar a: Fiscalía, personas"));
  EXPECT_THAT(as("directora", {"breach", "notify", id, "--a", "ace"}).err,
              HasSubstr("ya está registrada"));
  EXPECT_THAT(
      as("directora", {"breach", "notify", id, "--a", "fiscalia", "--fecha", hours_ago(20)}).err,
      HasSubstr("anterior a la detección"));
  ASSERT_EQ(as("directora", {"breach", "notify", id, "--a", "fiscalia"}).status, 0);
  ASSERT_EQ(as("directora", {"breach", "notify", id, "--a", "personas"}).status, 0);
  EXPECT_THAT(as("directora", {"breach", "list"}).out,
              MatchesRegex(id + "\t[0-9/]+ [0-9:]+\t120\tnotificada a todos\tRobo de la laptop de "
                                "la asesora en Citalá\n"));
  EXPECT_EQ(cli.as("admin", kAdminPassword, {"check"}).status, 0);
}

TEST_F(BreachLogCli, ALateNoticeIsShownAsLateAndInputIsChecked) {
  RunResult r = as("directora", {"breach", "record", "--detectada", hours_ago(80), "--descripcion",
                                 "Correo con la lista de Niño enviado a otra persona"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("plazo de 72 h vencido hace 8 h; faltan: ACE, Fiscalía, personas"));
  EXPECT_THAT(as("asesora", {"breach", "list"}).err,
              HasSubstr("no puede llevar los registros de protección de datos"));
  EXPECT_EQ(as("directora", {"breach", "record", "--detectada", "ayer", "--descripcion", "x"})
                .status,
            2);
  EXPECT_THAT(as("directora", {"breach", "record", "--detectada", "2099-01-01 10:00",
                               "--descripcion", "x"})
                  .err,
              HasSubstr("posterior a ahora"));
  EXPECT_EQ(as("directora", {"breach", "notify", "1", "--a", "prensa"}).status, 2);
}

}  // namespace
}  // namespace cdmype::clitest
