// AT record: código format and the consistency checks used before saving and importing.
#include "core/at_record.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/subsidy_compute.hpp"

namespace cdmype {
namespace {

bool mentions(const std::vector<std::string>& problems, std::string_view text) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

TechnicalAssistance approved_at() {
  TechnicalAssistance at;
  at.codigo = "CH-AT-2026-0001";
  at.enterprise_id = 7;
  at.drafted_by = at.requested_by = 2;
  at.descripcion = "Diseño de etiqueta";
  at.costo_total = Money::from_cents(100505);
  at.estado = AtEstado::Aprobada;
  at.fecha_solicitud = Date(2026, 3, 2);
  at.fecha_aprobacion = Date(2026, 3, 5);
  at.approved_by = 1;
  at.subsidio = compute_subsidy(default_policy(), EnterpriseFacts{}, at.costo_total);
  return at;
}

TEST(AtRecord, FormatsAndParsesTheCodigo) {
  EXPECT_EQ(format_at_codigo("CH", 2026, 3), "CH-AT-2026-0003");
  EXPECT_EQ(format_at_codigo("SS", 2027, 12345), "SS-AT-2027-12345");
  auto c = parse_at_codigo("CH-AT-2026-0042");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->prefix, "CH");
  EXPECT_EQ(c->year, 2026);
  EXPECT_EQ(c->sequence, 42);
  EXPECT_FALSE(parse_at_codigo("CH-2026-0042"));
  EXPECT_FALSE(parse_at_codigo("CH-AT-26-0042"));
  EXPECT_FALSE(parse_at_codigo("CH-AT-2026-00x2"));
}

TEST(AtRecord, ConsistentApprovedRecordIsValid) { EXPECT_TRUE(validate(approved_at()).empty()); }

TEST(AtRecord, StateNeedsWhatItImplies) {
  auto at = approved_at();
  at.fecha_aprobacion.reset();
  at.subsidio.reset();
  auto p = validate(at);
  EXPECT_TRUE(mentions(p, "fecha_aprobacion: una asistencia en estado «aprobada» necesita"));
  EXPECT_TRUE(mentions(p, "subsidio: falta el subsidio"));

  auto rejected = approved_at();
  rejected.estado = AtEstado::Rechazada;
  rejected.subsidio.reset();
  EXPECT_TRUE(mentions(validate(rejected), "motivo_rechazo"));

  auto settled = approved_at();
  settled.estado = AtEstado::Liquidada;
  settled.provider_id = 4;
  EXPECT_TRUE(mentions(validate(settled), "fecha_finalizacion"));
  settled.fecha_finalizacion = Date(2026, 4, 1);
  EXPECT_TRUE(validate(settled).empty());
}

TEST(AtRecord, RefusesDatesOutOfOrderAndBadFields) {
  auto at = approved_at();
  at.fecha_aprobacion = Date(2026, 3, 1);
  at.costo_total = Money{};
  at.calificacion = 6;
  auto p = validate(at);
  EXPECT_TRUE(
      mentions(p, "fecha_aprobacion: 01/03/2026 es anterior a fecha_solicitud (02/03/2026)."));
  EXPECT_TRUE(mentions(p, "costo_total: debe ser mayor que $0.00"));
  EXPECT_TRUE(mentions(p, "calificacion: debe estar entre 1 y 5 (es 6)."));
  // The frozen subsidy no longer adds up to the (changed) total.
  EXPECT_TRUE(mentions(p, "no suman el costo total"));
}

}  // namespace
}  // namespace cdmype
