// The AT section of the monthly report from a real database: approvals, weighting, finished,
// budget.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "core/territory.hpp"
#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "services/workspace.hpp"
#include "support/center_setup.hpp"
#include "support/temp_dir.hpp"

namespace cdmype::report {
namespace {

namespace fs = std::filesystem;

class AtMonthlyReport : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = testing_support::make_temp_dir("cdmype-at-report");
    ws.emplace(services::Workspace::create(
        dir / "centro.db", [] { return *store::parse_iso_utc("2026-11-20T15:00:00Z"); }));
    testing_support::CenterSpec spec;
    spec.password = "clave-segura-2026";
    spec.accounts = {testing_support::kDirectora, {"asesora", "Ana Niño", Role::Asesor}};
    const auto people = testing_support::create_center(*ws, spec);
    directora = people.at("directora");
    asesora = people.at("asesora").user_id;
    mujer = enterprise("Mermeladas Peña", Sexo::Mujer, Zona::Urbana);
    hombre = enterprise("Taller Niño", Sexo::Hombre, Zona::Urbana);
    rural = enterprise("Café Citalá", Sexo::Hombre, Zona::Rural);
  }
  void TearDown() override {
    ws.reset();
    std::error_code ec;
    fs::remove_all(dir, ec);
  }

  std::int64_t enterprise(const std::string& nombre, Sexo sexo, Zona zona) {
    Enterprise e;
    e.nombre = nombre;
    e.titular.nombre = sexo == Sexo::Mujer ? "Rosa Peña" : "Julio Niño";
    e.titular.sexo = sexo;
    e.sector = Sector::Agroindustria;
    e.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
    e.zona = zona;
    e.fecha_ingreso = Date(2026, 1, 15);
    return ws->enterprises().create(directora, e).meta.id;
  }

  // An AT of history; the requester defaults to the director, the approver
  // is set explicitly to another user id only when decided.
  services::AtImportRow row(std::int64_t enterprise_id, AtEstado estado, Date solicitud,
                            std::optional<Date> decision = std::nullopt,
                            std::optional<Date> fin = std::nullopt) {
    services::AtImportRow r;
    r.at.enterprise_id = enterprise_id;
    r.at.descripcion = "Asistencia técnica";
    r.at.costo_total = Money::from_cents(100505);
    r.at.estado = estado;
    r.at.fecha_solicitud = solicitud;
    r.at.fecha_aprobacion = decision;
    r.at.fecha_finalizacion = fin;
    r.at.drafted_by = r.at.requested_by = asesora;
    if (decision) r.at.approved_by = directora.user_id;
    if (estado == AtEstado::Rechazada) r.at.motivo_rechazo = "Fuera del plan";
    if (estado == AtEstado::Cancelada) r.at.fecha_cancelacion = decision ? decision : solicitud;
    if (estado == AtEstado::Finalizada || estado == AtEstado::Liquidada)
      r.proveedor = "Consultores Peña";
    return r;
  }

  void load_history() {
    std::vector<services::AtImportRow> rows;
    rows.push_back(row(mujer, AtEstado::Aprobada, Date(2026, 9, 1), Date(2026, 9, 3)));
    rows.push_back(
        row(mujer, AtEstado::Liquidada, Date(2026, 10, 1), Date(2026, 10, 2), Date(2026, 10, 10)));
    rows.push_back(row(hombre, AtEstado::Aprobada, Date(2026, 10, 1), Date(2026, 10, 5)));
    // Cancelled after approval and rejected: decided in October, not approvals.
    rows.push_back(row(rural, AtEstado::Cancelada, Date(2026, 10, 1), Date(2026, 10, 6)));
    rows.push_back(row(rural, AtEstado::Rechazada, Date(2026, 10, 1), Date(2026, 10, 7)));
    rows.push_back(row(rural, AtEstado::Solicitada, Date(2026, 10, 20)));
    ws->assistance_imports().import_assistances(directora, std::move(rows));
  }

  AsistenciasTecnicas figures(int year, int month) {
    return compute_monthly_figures(*ws, directora, YearMonth{year, month}, GeneratedAt{})
        .asistencias_tecnicas;
  }

  fs::path dir;
  std::optional<services::Workspace> ws;
  Actor directora;
  std::int64_t asesora = 0, mujer = 0, hombre = 0, rural = 0;
};

TEST_F(AtMonthlyReport, CountsApprovalsOfTheMonthWithTheirMoneyAndReasons) {
  load_history();
  ws->budgets().set(directora, AtBudget{2026, Money::from_cents(2500000), kDefaultConamypeBp});
  const auto a = figures(2026, 10);
  EXPECT_EQ(a.aprobadas, 2);
  EXPECT_EQ(a.costo_total_centavos, 201010);
  EXPECT_EQ(a.subsidio_centavos, 95480 + 90455);
  EXPECT_EQ(a.aporte_empresas_centavos, 5025 + 10050);
  EXPECT_EQ(a.subsidio_centavos + a.aporte_empresas_centavos, a.costo_total_centavos);
  EXPECT_EQ(a.ponderadas, 1);
  EXPECT_EQ(a.por_motivo, (CountMap{{"liderada_por_mujer", 1}}));
  EXPECT_EQ(a.finalizadas, 1);
  ASSERT_TRUE(a.presupuesto);
  EXPECT_EQ(a.presupuesto->fondo_centavos, 2500000);
  EXPECT_EQ(a.presupuesto->comprometido_centavos, 95480 * 2 + 90455);
  EXPECT_EQ(a.presupuesto->ejecutado_centavos, 95480);
  EXPECT_EQ(a.presupuesto->disponible_centavos, 2500000 - (95480 * 2 + 90455));

  const auto september = figures(2026, 9);
  EXPECT_EQ(september.aprobadas, 1);
  EXPECT_EQ(september.finalizadas, 0);
  EXPECT_EQ(september.presupuesto->comprometido_centavos, 95480) << "acumulado al cierre del mes";
  EXPECT_EQ(september.presupuesto->ejecutado_centavos, 0);

  const std::string json = monthly_json(compute_monthly_figures(*ws, directora, {2026, 10}, {}));
  EXPECT_NE(json.find("\"aprobadas\": 2"), std::string::npos) << json;
  EXPECT_NE(json.find("\"subsidio_centavos\": 185935"), std::string::npos);
  EXPECT_NE(json.find("\"rural\": 0"), std::string::npos);
}

TEST_F(AtMonthlyReport, AYearWithoutBudgetReportsItAsNotSet) {
  load_history();
  const auto a = figures(2026, 10);
  EXPECT_FALSE(a.presupuesto);
  EXPECT_NE(monthly_json(compute_monthly_figures(*ws, directora, {2026, 10}, {}))
                .find("\"presupuesto\": null"),
            std::string::npos);
  EXPECT_EQ(figures(2026, 8).aprobadas, 0);
}

}  // namespace
}  // namespace cdmype::report
