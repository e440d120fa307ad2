// The technical-assistance record (asistencia técnica, AT) with its frozen subsidy decision.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/at_estado.hpp"
#include "core/dates.hpp"
#include "core/enterprise.hpp"
#include "core/money.hpp"
#include "core/subsidy_decision.hpp"

namespace cdmype {

// Money that changed hands for an AT, recorded by compras: the running total
// and the date of the latest payment.
struct AtPayment {
  Money monto;
  Date fecha;
};

struct TechnicalAssistance {
  RecordMeta meta;
  std::string codigo;  // CH-AT-2026-0003
  std::int64_t enterprise_id = 0;
  std::int64_t drafted_by = 0;    // user who wrote the draft
  std::int64_t requested_by = 0;  // user who sent it to the director (0 while borrador)
  std::string descripcion;
  std::string especialidad;
  std::optional<std::int64_t> provider_id;
  Money costo_total;
  AtEstado estado = AtEstado::Borrador;

  std::optional<Date> fecha_solicitud;
  // Date of the director's decision, approval or rejection alike (the CSV
  // and the monthly report use one column for both).
  std::optional<Date> fecha_aprobacion;
  std::optional<Date> fecha_contratacion;
  std::optional<Date> fecha_inicio;
  std::optional<Date> fecha_finalizacion;
  std::optional<Date> fecha_liquidacion;
  std::optional<Date> fecha_cancelacion;

  std::optional<std::int64_t> approved_by;  // the director who approved or rejected
  std::string motivo_rechazo;
  std::string motivo_cancelacion;

  // Frozen at approval; never recomputed (a later policy must not change it).
  std::optional<SubsidyDecision> subsidio;
  // Quality of the provider's work, 1–5, recorded when it is finished.
  std::optional<int> calificacion;

  // Recorded by compras from contracting on (core/at_payments.hpp): what the
  // enterprise has paid of its co-payment and what the center has paid the
  // provider. Absent in imported history (the asistencias file has no such
  // columns), so only a settlement through the program requires them.
  std::optional<AtPayment> aporte_recibido;
  std::optional<AtPayment> pago_proveedor;
};

inline constexpr int kMinCalificacion = 1;
inline constexpr int kMaxCalificacion = 5;

// "CH-AT-2026-0003": center prefix, "AT", year, 4-digit sequence (more
// digits past 9999).
std::string format_at_codigo(std::string_view prefix, int year, int sequence);

struct AtCodigo {
  std::string prefix;
  int year = 0;
  int sequence = 0;
};
std::optional<AtCodigo> parse_at_codigo(std::string_view codigo);

// Spanish problems with a record before saving or importing ("costo_total: …");
// empty when valid. Checks the fields and that the state has what it implies:
// a request date once requested, decision date, director and frozen subsidy
// once approved, a reason when rejected, the finish date once finished, and
// the dates in order. Contract, start, settle and cancel dates are optional
// because imported history (product.md §4) does not carry them.
std::vector<std::string> validate(const TechnicalAssistance& at);

}  // namespace cdmype
