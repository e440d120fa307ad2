// Demonstration technical assistance (AT): the current year's budget, a provider registry and AT
// in every state of the life cycle, generated from the demo center and stored through services.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/at_estado.hpp"
#include "core/budget.hpp"
#include "core/provider.hpp"
#include "demo/demo_data.hpp"
#include "services/workspace.hpp"

namespace cdmype::demo {

// How much of a payment compras has recorded.
enum class DemoPaid { Nada, Mitad, Todo };

// One AT as its story: the dates of the steps it went through (a borrador
// has none), in life-cycle order and never after the generation day.
struct DemoAssistance {
  size_t enterprise_index = 0;
  size_t asesor_index = 0;  // drafts and requests it: always an asesor, never the director
  size_t provider_index = 0;
  std::string descripcion;
  std::string especialidad;
  Money costo_total;
  AtEstado estado = AtEstado::Borrador;

  std::optional<Date> solicitud, decision, contratacion, inicio, finalizacion, liquidacion,
      cancelacion;
  std::string motivo;  // of the rejection or the cancellation
  std::optional<int> calificacion;
  DemoPaid aporte = DemoPaid::Nada;  // co-payment received
  DemoPaid pago = DemoPaid::Nada;    // provider paid
  std::optional<Date> fecha_pagos;   // when the payments were recorded
};

struct DemoAssistances {
  AtBudget budget;  // the current year's AT fund, about 80 % committed
  std::vector<Provider> providers;
  std::vector<DemoAssistance> assistances;
};

// Same data, day and seed → same AT. Small (data.scale): about 40 AT over the
// last year, every state present, several approved in the current month
// (woman-led, rural, associative and one men-led urban at 90 %). National:
// 50,000 AT over three years in every state, most of them settled.
DemoAssistances generate_assistances(const DemoData& data, const Date& today,
                                     std::uint64_t seed = 20261124);

// Stores the budget (as the director), the providers (as compras) and the AT.
// Small: each step through AtService as people take it (asesor drafts and
// requests, director approves or rejects, compras contracts, records payments
// and settles). National: the AT as imported history in one transaction
// (AtImportService), subsidies computed by the policy on each approval date.
// `user_ids` parallels data.users; `enterprise_ids` data.enterprises.
void store_assistances(services::Workspace& ws, const DemoData& data,
                       const DemoAssistances& assistances,
                       const std::vector<std::int64_t>& user_ids,
                       const std::vector<std::int64_t>& enterprise_ids);

}  // namespace cdmype::demo
