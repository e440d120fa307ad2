// Row ↔ TechnicalAssistance: the frozen subsidy decision is read back exactly as it was approved.
#include "store/at_row.hpp"

#include <stdexcept>

#include "store/sql_values.hpp"

namespace cdmype::store {
namespace {

std::optional<std::int64_t> optional_id(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}

void bind_optional_id(SQLite::Statement& st, int index, const std::optional<std::int64_t>& id) {
  if (id && *id != 0)
    st.bind(index, static_cast<int64_t>(*id));
  else
    st.bind(index);
}

// A payment is two columns: cents (NULL when none) and the date of the latest one.
std::optional<AtPayment> read_payment(SQLite::Statement& q, int cents_column) {
  const auto date = column_optional_date(q.getColumn(cents_column + 1));
  if (q.getColumn(cents_column).isNull() || !date) return std::nullopt;
  return AtPayment{Money::from_cents(q.getColumn(cents_column).getInt64()), *date};
}

void bind_payment(SQLite::Statement& st, int cents_index, const std::optional<AtPayment>& p) {
  if (p) {
    st.bind(cents_index, static_cast<int64_t>(p->monto.cents));
    st.bind(cents_index + 1, to_iso(p->fecha));
  } else {
    st.bind(cents_index);
    st.bind(cents_index + 1);
  }
}

}  // namespace

TechnicalAssistance read_at(SQLite::Statement& q, int f) {
  TechnicalAssistance a;
  a.meta.id = q.getColumn(f + 0).getInt64();
  a.meta.uuid = q.getColumn(f + 1).getString();
  a.meta.version = q.getColumn(f + 2).getInt();
  a.meta.created_at = q.getColumn(f + 3).getString();
  a.meta.updated_at = q.getColumn(f + 4).getString();
  a.meta.created_by = column_id(q.getColumn(f + 5));
  a.meta.updated_by = column_id(q.getColumn(f + 6));
  a.codigo = q.getColumn(f + 7).getString();
  a.enterprise_id = q.getColumn(f + 8).getInt64();
  a.drafted_by = q.getColumn(f + 9).getInt64();
  a.requested_by = column_id(q.getColumn(f + 10));
  a.descripcion = q.getColumn(f + 11).getString();
  a.especialidad = q.getColumn(f + 12).getString();
  a.provider_id = optional_id(q.getColumn(f + 13));
  a.costo_total = Money::from_cents(q.getColumn(f + 14).getInt64());
  a.estado = column_code<AtEstado>(q.getColumn(f + 15));
  a.fecha_solicitud = column_optional_date(q.getColumn(f + 16));
  a.fecha_aprobacion = column_optional_date(q.getColumn(f + 17));
  a.fecha_contratacion = column_optional_date(q.getColumn(f + 18));
  a.fecha_inicio = column_optional_date(q.getColumn(f + 19));
  a.fecha_finalizacion = column_optional_date(q.getColumn(f + 20));
  a.fecha_liquidacion = column_optional_date(q.getColumn(f + 21));
  a.fecha_cancelacion = column_optional_date(q.getColumn(f + 22));
  a.approved_by = optional_id(q.getColumn(f + 23));
  a.motivo_rechazo = q.getColumn(f + 24).getString();
  a.motivo_cancelacion = q.getColumn(f + 25).getString();
  if (!q.getColumn(f + 28).isNull()) {
    SubsidyDecision d;
    d.policy_version_id = column_id(q.getColumn(f + 26));
    const auto kind = parse_policy_kind(column_text(q.getColumn(f + 27)));
    if (!kind) throw std::runtime_error("tipo de política desconocido en la base de datos");
    d.kind = *kind;
    d.center_bp = q.getColumn(f + 28).getInt();
    d.costo_total = a.costo_total;
    d.subsidio = Money::from_cents(q.getColumn(f + 29).getInt64());
    d.copago = Money::from_cents(q.getColumn(f + 30).getInt64());
    d.reasons = parse_condition_codes(column_text(q.getColumn(f + 31))).value_or(ConditionSet{});
    d.rule_id = column_text(q.getColumn(f + 32));
    d.cap = parse_subsidy_cap(column_text(q.getColumn(f + 33))).value_or(SubsidyCap::Ninguno);
    a.subsidio = d;
  }
  if (!q.getColumn(f + 34).isNull()) a.calificacion = q.getColumn(f + 34).getInt();
  a.aporte_recibido = read_payment(q, f + 35);
  a.pago_proveedor = read_payment(q, f + 37);
  return a;
}

void bind_at_fields(SQLite::Statement& st, const TechnicalAssistance& a) {
  st.bind(1, a.codigo);
  st.bind(2, static_cast<int64_t>(a.enterprise_id));
  st.bind(3, static_cast<int64_t>(a.drafted_by));
  bind_id_or_null(st, 4, a.requested_by);
  st.bind(5, a.descripcion);
  st.bind(6, a.especialidad);
  bind_optional_id(st, 7, a.provider_id);
  st.bind(8, static_cast<int64_t>(a.costo_total.cents));
  bind_code(st, 9, a.estado);
  bind_optional_date(st, 10, a.fecha_solicitud);
  bind_optional_date(st, 11, a.fecha_aprobacion);
  bind_optional_date(st, 12, a.fecha_contratacion);
  bind_optional_date(st, 13, a.fecha_inicio);
  bind_optional_date(st, 14, a.fecha_finalizacion);
  bind_optional_date(st, 15, a.fecha_liquidacion);
  bind_optional_date(st, 16, a.fecha_cancelacion);
  bind_optional_id(st, 17, a.approved_by);
  st.bind(18, a.motivo_rechazo);
  st.bind(19, a.motivo_cancelacion);
  if (a.subsidio) {
    const SubsidyDecision& d = *a.subsidio;
    bind_id_or_null(st, 20, d.policy_version_id);  // 0: the built-in default, not stored
    st.bind(21, std::string(policy_kind_code(d.kind)));
    st.bind(22, d.center_bp);
    st.bind(23, static_cast<int64_t>(d.subsidio.cents));
    st.bind(24, static_cast<int64_t>(d.copago.cents));
    st.bind(25, format_condition_codes(d.reasons));
    st.bind(26, d.rule_id);
    st.bind(27, std::string(subsidy_cap_code(d.cap)));
  } else {
    for (int i = 20; i <= 27; ++i) st.bind(i);
  }
  if (a.calificacion)
    st.bind(28, *a.calificacion);
  else
    st.bind(28);
  bind_payment(st, 29, a.aporte_recibido);
  bind_payment(st, 31, a.pago_proveedor);
}

}  // namespace cdmype::store
