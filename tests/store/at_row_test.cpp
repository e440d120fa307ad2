// Every field of an AT goes through the repository and comes back the same: each column is bound
// and read under its own name, so a field left out of the INSERT, the UPDATE or the SELECT fails.
#include <gtest/gtest.h>

#include "at_test_support.hpp"
#include "store/at_repository.hpp"
#include "store/policy_repository.hpp"
#include "store/provider_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::testing_support {
namespace {

class AtRowTest : public AtTest {
 protected:
  const store::Author who{1, "admin", "2026-10-15T15:00:00Z"};

  // Every optional field set, each to a value no other field has.
  TechnicalAssistance full(const Enterprise& e, std::int64_t provider, std::int64_t policy) {
    TechnicalAssistance a;
    a.codigo = "CH-AT-2026-0042";
    a.enterprise_id = e.meta.id;
    a.drafted_by = asesor1.user_id;
    a.requested_by = asesor2.user_id;
    a.descripcion = "Etiquetado nutricional para Ñandú";
    a.especialidad = "inocuidad alimentaria (Citalá)";
    a.provider_id = provider;
    a.costo_total = Money::from_cents(123'456);
    a.estado = AtEstado::Liquidada;
    a.fecha_solicitud = Date(2026, 2, 1);
    a.fecha_aprobacion = Date(2026, 2, 2);
    a.fecha_contratacion = Date(2026, 2, 3);
    a.fecha_inicio = Date(2026, 2, 4);
    a.fecha_finalizacion = Date(2026, 2, 5);
    a.fecha_liquidacion = Date(2026, 2, 6);
    a.fecha_cancelacion = Date(2026, 2, 7);
    a.approved_by = directora.user_id;
    a.motivo_rechazo = "Falta cotización de Peña";
    a.motivo_cancelacion = "La empresa de Niño cerró";
    SubsidyDecision d;
    d.policy_version_id = policy;
    d.kind = PolicyKind::Graduated;
    d.center_bp = 9'250;
    d.costo_total = a.costo_total;
    d.subsidio = Money::from_cents(100'000);
    d.copago = Money::from_cents(23'456);
    d.reasons = {SubsidyCondition::LideradaPorMujer, SubsidyCondition::MicroSubsistencia};
    d.rule_id = "mujer-subsistencia";
    d.cap = SubsidyCap::PorEmpresaAnio;
    a.subsidio = d;
    a.calificacion = 3;
    a.aporte_recibido = AtPayment{Money::from_cents(23'000), Date(2026, 2, 8)};
    a.pago_proveedor = AtPayment{Money::from_cents(99'000), Date(2026, 2, 9)};
    return a;
  }

  std::int64_t provider() {
    Provider p;
    p.nombre = "Consultores Peña y Niño";
    return ws->providers().create(compras, p).meta.id;
  }

  // One committed write transaction around `change`.
  template <class Change>
  void write(const Change& change) {
    store::WriteTransaction tx(ws->database());
    change();
    tx.commit();
  }

  std::int64_t policy() {
    PolicyVersion v;
    v.effective_from = Date(2026, 1, 1);
    v.kind = PolicyKind::Graduated;
    v.rules = {GraduatedRule{"mujer-subsistencia",
                             "Mujer, micro de subsistencia",
                             {SubsidyCondition::LideradaPorMujer},
                             750}};
    store::WriteTransaction tx(ws->database());
    store::PolicyRepository(sql()).insert(who, v);
    tx.commit();
    return v.id;
  }
};

TEST_F(AtRowTest, EveryFieldIsWrittenAndReadBackUnderItsOwnName) {
  TechnicalAssistance a = full(mujer_urbana(), provider(), policy());
  store::AtRepository repo(sql());
  write([&] { repo.insert(who, a); });
  const auto back = repo.get(a.meta.id);
  ASSERT_TRUE(back);
  EXPECT_EQ(store::at_json(*back), store::at_json(a));
  EXPECT_EQ(back->subsidio, a.subsidio);
  EXPECT_EQ(back->meta.created_at, "2026-10-15T15:00:00Z");
  EXPECT_EQ(back->meta.created_by, 1);
  EXPECT_EQ(back->meta.version, 1);
}

TEST_F(AtRowTest, AnUpdateClearsEveryOptionalFieldAndKeepsTheStamps) {
  TechnicalAssistance a = full(hombre_rural(), provider(), policy());
  store::AtRepository repo(sql());
  write([&] { repo.insert(who, a); });
  TechnicalAssistance bare = a;
  bare.estado = AtEstado::Borrador;
  bare.requested_by = 0;
  bare.provider_id.reset();
  bare.fecha_solicitud = bare.fecha_aprobacion = bare.fecha_contratacion = std::nullopt;
  bare.fecha_inicio = bare.fecha_finalizacion = bare.fecha_liquidacion = std::nullopt;
  bare.fecha_cancelacion = std::nullopt;
  bare.approved_by.reset();
  bare.motivo_rechazo.clear();
  bare.motivo_cancelacion.clear();
  bare.subsidio.reset();
  bare.calificacion.reset();
  bare.aporte_recibido.reset();
  bare.pago_proveedor.reset();
  const store::Author later{directora.user_id, directora.username, "2026-10-16T09:30:00Z"};
  write([&] { repo.update(later, bare); });
  const auto back = repo.get(a.meta.id);
  ASSERT_TRUE(back);
  EXPECT_EQ(store::at_json(*back), store::at_json(bare));
  EXPECT_FALSE(back->subsidio);
  EXPECT_FALSE(back->provider_id);
  EXPECT_EQ(back->meta.version, 2);
  EXPECT_EQ(back->meta.created_at, "2026-10-15T15:00:00Z");
  EXPECT_EQ(back->meta.updated_at, "2026-10-16T09:30:00Z");
  EXPECT_EQ(back->meta.updated_by, directora.user_id);
  // The list with the enterprise joined reads the same record by the same names.
  const auto listed = repo.list_with_enterprise({});
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(store::at_json(listed[0].at), store::at_json(bare));
  EXPECT_EQ(listed[0].empresa_nombre, "Café Citalá");
}

}  // namespace
}  // namespace cdmype::testing_support
