// Demonstration AT: the generator's stories (every state, dates in order, the month's approvals)
// and the small demo end to end (budget, providers, queue, payments, the month's report).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <set>

#include "cli/cli_json.hpp"
#include "cli/cli_support.hpp"
#include "demo/demo_assistances.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using demo::DemoAssistance;

const Date kToday(2026, 11, 23);

demo::DemoData small_center() { return demo::generate(demo::Scale::Small, kToday); }

// The step dates that are present never go backwards and never pass today.
void expect_dates_in_order(const DemoAssistance& a) {
  const std::optional<Date> steps[] = {a.solicitud, a.decision,     a.contratacion,
                                       a.inicio,    a.finalizacion, a.liquidacion};
  std::optional<Date> last;
  for (const auto& d : steps) {
    if (!d) continue;
    EXPECT_LE(*d, kToday);
    if (last) {
      EXPECT_LE(*last, *d);
    }
    last = d;
  }
  if (a.cancelacion) {
    EXPECT_LE(*last, *a.cancelacion);
  }
}

TEST(DemoAssistances, SmallCenterHasEveryStateAndTheMonthsApprovalsAreWeighted) {
  const auto data = small_center();
  const auto g = demo::generate_assistances(data, kToday);
  EXPECT_EQ(g.providers.size(), 8u);
  EXPECT_GE(g.assistances.size(), 35u);
  EXPECT_LE(g.assistances.size(), 45u);
  std::map<AtEstado, int> per_state;
  int this_month = 0, woman_led = 0, rural = 0;
  for (const auto& a : g.assistances) {
    ++per_state[a.estado];
    expect_dates_in_order(a);
    const Enterprise& e = data.enterprises[a.enterprise_index].record;
    EXPECT_EQ(data.users[a.asesor_index].role, Role::Asesor) << "la directora no solicita";
    if (a.estado == AtEstado::Rechazada || a.estado == AtEstado::Cancelada) {
      EXPECT_FALSE(a.motivo.empty());
    }
    if (a.estado == AtEstado::Liquidada) {
      EXPECT_EQ(a.aporte, demo::DemoPaid::Todo);
      EXPECT_EQ(a.pago, demo::DemoPaid::Todo);
    }
    if (a.finalizacion) {
      EXPECT_TRUE(a.calificacion);
    }
    if (a.decision && a.decision->month() == kToday.month() &&
        a.decision->year() == kToday.year() && at_commits_budget(a.estado)) {
      ++this_month;
      woman_led += is_liderada_por_mujer(e);
      rural += e.zona == Zona::Rural;
    }
  }
  EXPECT_EQ(per_state.size(), 9u) << "cada estado del ciclo de vida";
  EXPECT_GE(this_month, 5);
  EXPECT_GE(woman_led, 2);
  EXPECT_GE(rural, 1);
  EXPECT_EQ(g.budget.year, 2026);
  EXPECT_GT(g.budget.fondo.cents, 0);
}

TEST(DemoAssistances, NationalScaleMakesFiftyThousandInEveryState) {
  auto data = small_center();
  data.scale = demo::Scale::National;
  const auto g = demo::generate_assistances(data, kToday);
  EXPECT_EQ(g.assistances.size(), 50000u);
  EXPECT_GT(g.providers.size(), 50u);
  std::set<AtEstado> states;
  for (const auto& a : g.assistances) states.insert(a.estado);
  EXPECT_EQ(states.size(), 9u);
  for (size_t i = 0; i < g.assistances.size(); i += 97) expect_dates_in_order(g.assistances[i]);
}

// The whole small demo, as the directora and compras would find it.
TEST(DemoAssistances, SmallDemoHasBudgetProvidersQueueAndTheMonthsReport) {
  Cli cli;
  const auto start = std::chrono::steady_clock::now();
  RunResult r = cli.run({"demo", "--scale", "small"});
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(r.status, 0) << r.err;
  RecordProperty("demo_seconds", std::to_string(seconds));
  const char* password = demo::kDemoPassword;

  r = cli.as("directora", password, {"at", "list"});
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* estado : {"borrador", "solicitada", "aprobada", "rechazada", "contratada",
                             "en_ejecucion", "finalizada", "liquidada", "cancelada"})
    EXPECT_THAT(r.out, HasSubstr(std::string("\t") + estado + "\t")) << estado;

  r = cli.as("directora", password, {"at", "queue"});
  EXPECT_THAT(r.out, HasSubstr("espera"));
  r = cli.as("compras", password, {"provider", "list"});
  EXPECT_THAT(r.out, HasSubstr("Diseños Citalá"));
  EXPECT_THAT(r.out, HasSubstr(" de 5 ("));  // ratings of finished AT

  r = cli.as("compras", password, {"at", "list", "--estado", "liquidada"});
  const std::string settled = r.out.substr(0, r.out.find('\t'));
  r = cli.as("compras", password, {"at", "show", settled});
  EXPECT_THAT(r.out, HasSubstr("Aporte recibido: "));
  EXPECT_THAT(r.out, HasSubstr("Pagado al proveedor: "));

  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  char month[8];
  std::strftime(month, sizeof month, "%Y-%m", &local);
  r = cli.as("directora", password,
             {"report", "monthly", "--month", month, "--json", cli.path("mes.json").string(),
              "--pdf", cli.path("mes.pdf").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const Json figures = Json::parse(read_text(cli.path("mes.json")));
  EXPECT_GE(figures.at_path("asistencias_tecnicas.aprobadas").integer(), 5);
  EXPECT_GE(figures.at_path("asistencias_tecnicas.ponderadas").integer(), 2);
  EXPECT_GT(figures.at_path("asistencias_tecnicas.subsidio_centavos").integer(), 0);
  EXPECT_GT(figures.at_path("asistencias_tecnicas.presupuesto.fondo_centavos").integer(), 0);
  EXPECT_THAT(pdf_text(cli.path("mes.pdf")), HasSubstr("Asistencias técnicas"));
}

}  // namespace
}  // namespace cdmype::clitest
