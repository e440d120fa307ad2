// Fixture for the AT service tests: the store template plus a compras account and ready
// enterprises.
#pragma once
#include <gtest/gtest.h>

#include <string>

#include "core/errors.hpp"
#include "store/at_record_json.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {

// The compras account of an open AT center.
Actor read_compras(store::Connection& c);
// The compras account of the AT template (created once per test process).
const Actor& at_template_compras();
const fs::path& at_template_database();
// The AT recipe in an empty database (the PostgreSQL template is built with it).
void build_at_center(const store::DataSource& source);

class AtTest : public StoreTest {
 protected:
  void SetUp() override {
    if (testing_on_postgresql()) {
      server_copy.emplace("cdmype_plantilla_at", build_at_center);
      source = server_copy->source();
    } else {
      db_path = dir / "centro.db";
      fs::copy_file(at_template_database(), db_path);
      source = db_path;
    }
    ws.emplace(services::Workspace::open(source, clock.clock()));
    const auto a = read_accounts(sql());
    admin = a.admin;
    directora = a.directora;
    asesor1 = a.asesor1;
    asesor2 = a.asesor2;
    consulta = a.consulta;
    compras = read_compras(sql());
  }

  // Woman-led, urban, persona natural: weighted (liderada por mujer).
  Enterprise mujer_urbana() {
    auto e = enterprise("Mermeladas Peña", "Rosa Peña", Sexo::Mujer);
    e.zona = Zona::Urbana;
    return ws->enterprises().create(asesor1, e);
  }
  // Men-led, urban, persona natural: not weighted.
  Enterprise hombre_urbano() {
    auto e = enterprise("Taller Niño", "Pedro Niño", Sexo::Hombre);
    e.zona = Zona::Urbana;
    return ws->enterprises().create(asesor1, e);
  }
  // Men-led in rural Citalá: weighted (rural).
  Enterprise hombre_rural() {
    return ws->enterprises().create(asesor1,
                                    enterprise("Café Citalá", "Julio Cortez", Sexo::Hombre));
  }

  services::AtDraft draft_for(const Enterprise& e, const std::string& costo,
                              const std::string& proveedor = "Consultores Peña") const {
    services::AtDraft d;
    d.empresa_codigo = e.codigo;
    d.descripcion = "Registro sanitario y etiquetado";
    d.especialidad = "inocuidad alimentaria";
    d.proveedor = proveedor;
    d.costo_total = *parse_money(costo);
    return d;
  }

  TechnicalAssistance request(const Enterprise& e, const std::string& costo,
                              const Actor* who = nullptr) {
    return ws->assistances().request_new(who ? *who : asesor1, draft_for(e, costo));
  }
  TechnicalAssistance step(const Actor& a, const TechnicalAssistance& at, AtAction action,
                           AtStepInput in = {}) {
    return ws->assistances().step(a, at.codigo, action, in);
  }
  TechnicalAssistance get(const std::string& codigo) {
    return ws->assistances().detail(directora, codigo)->at;
  }
  std::int64_t audit_rows(const TechnicalAssistance& at) {
    return static_cast<std::int64_t>(
        ws->maintenance().history(directora, store::kAuditAt, at.meta.id).size());
  }
  // Compras records the whole co-payment and the provider's payment (settling needs both).
  TechnicalAssistance pay_in_full(const TechnicalAssistance& at) {
    ws->assistances().receive_copayment(compras, at.codigo, at.subsidio->copago);
    return ws->assistances().pay_provider(compras, at.codigo, at.costo_total);
  }
  void set_budget(int year, const std::string& fondo) {
    ws->budgets().set(directora, AtBudget{year, *parse_money(fondo), kDefaultConamypeBp});
  }

  Actor compras;
};

// Step inputs (designated initializers would warn about the fields left out).
inline AtStepInput with_motivo(std::string motivo) {
  AtStepInput in;
  in.motivo = std::move(motivo);
  return in;
}
inline AtStepInput with_rating(int calificacion) {
  AtStepInput in;
  in.calificacion = calificacion;
  return in;
}

// The message of the UserError `f` throws, or a failure.
template <class E = UserError, class F>
std::string refusal(F&& f) {
  try {
    f();
  } catch (const E& e) {
    return e.what();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "excepción de otro tipo: " << e.what();
    return {};
  }
  ADD_FAILURE() << "se esperaba un rechazo";
  return {};
}

}  // namespace cdmype::testing_support
