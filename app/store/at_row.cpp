// Row ↔ TechnicalAssistance: the frozen subsidy decision is read back exactly as it was approved.
#include "store/at_row.hpp"

#include <stdexcept>

#include "store/record_stamps.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {
namespace {

void bind_optional_id(Statement& st, std::string_view name, const std::optional<std::int64_t>& id) {
  bind_id_or_null(st, name, id.value_or(0));
}

// A payment is two columns: cents (NULL when none) and the date of the latest one.
std::optional<AtPayment> read_payment(Statement& q, std::string_view cents,
                                      std::string_view fecha) {
  const auto date = column_optional_date(q, fecha);
  const auto monto = q.optional_int64(cents);
  if (!monto || !date) return std::nullopt;
  return AtPayment{Money::from_cents(*monto), *date};
}

void bind_payment(Statement& st, std::string_view cents, std::string_view fecha,
                  const std::optional<AtPayment>& p) {
  if (p) {
    st.bind(cents, p->monto.cents);
    st.bind(fecha, to_iso(p->fecha));
  } else {
    st.bind_null(cents, SqlType::Integer);
    st.bind_null(fecha, SqlType::Text);
  }
}

}  // namespace

TechnicalAssistance read_at(Statement& q) {
  TechnicalAssistance a;
  a.meta = read_record_meta(q);
  a.codigo = q.text("codigo");
  a.enterprise_id = q.int64("enterprise_id");
  a.drafted_by = q.int64("drafted_by");
  a.requested_by = column_id(q, "requested_by");
  a.descripcion = column_text(q, "descripcion");
  a.especialidad = column_text(q, "especialidad");
  a.provider_id = q.optional_int64("provider_id");
  a.costo_total = Money::from_cents(q.int64("costo_total_centavos"));
  a.estado = column_code<AtEstado>(q, "estado");
  a.fecha_solicitud = column_optional_date(q, "fecha_solicitud");
  a.fecha_aprobacion = column_optional_date(q, "fecha_aprobacion");
  a.fecha_contratacion = column_optional_date(q, "fecha_contratacion");
  a.fecha_inicio = column_optional_date(q, "fecha_inicio");
  a.fecha_finalizacion = column_optional_date(q, "fecha_finalizacion");
  a.fecha_liquidacion = column_optional_date(q, "fecha_liquidacion");
  a.fecha_cancelacion = column_optional_date(q, "fecha_cancelacion");
  a.approved_by = q.optional_int64("approved_by");
  a.motivo_rechazo = column_text(q, "motivo_rechazo");
  a.motivo_cancelacion = column_text(q, "motivo_cancelacion");
  if (const auto center_bp = q.optional_int64("center_bp")) {
    SubsidyDecision d;
    d.policy_version_id = column_id(q, "policy_version_id");
    const auto kind = parse_policy_kind(column_text(q, "policy_kind"));
    if (!kind) throw std::runtime_error("tipo de política desconocido en la base de datos");
    d.kind = *kind;
    d.center_bp = static_cast<int>(*center_bp);
    d.costo_total = a.costo_total;
    d.subsidio = Money::from_cents(q.int64("subsidio_centavos"));
    d.copago = Money::from_cents(q.int64("copago_centavos"));
    d.reasons = parse_condition_codes(column_text(q, "subsidio_motivos")).value_or(ConditionSet{});
    d.rule_id = column_text(q, "subsidio_regla");
    d.cap = parse_subsidy_cap(column_text(q, "subsidio_tope")).value_or(SubsidyCap::Ninguno);
    a.subsidio = d;
  }
  if (const auto c = q.optional_int64("calificacion")) a.calificacion = static_cast<int>(*c);
  a.aporte_recibido = read_payment(q, "aporte_recibido_centavos", "fecha_aporte");
  a.pago_proveedor = read_payment(q, "pago_proveedor_centavos", "fecha_pago_proveedor");
  return a;
}

void bind_at_fields(Statement& st, const TechnicalAssistance& a) {
  st.bind("codigo", a.codigo);
  st.bind("enterprise_id", a.enterprise_id);
  st.bind("drafted_by", a.drafted_by);
  bind_id_or_null(st, "requested_by", a.requested_by);
  st.bind("descripcion", a.descripcion);
  st.bind("especialidad", a.especialidad);
  bind_optional_id(st, "provider_id", a.provider_id);
  st.bind("costo_total_centavos", a.costo_total.cents);
  bind_code(st, "estado", a.estado);
  bind_optional_date(st, "fecha_solicitud", a.fecha_solicitud);
  bind_optional_date(st, "fecha_aprobacion", a.fecha_aprobacion);
  bind_optional_date(st, "fecha_contratacion", a.fecha_contratacion);
  bind_optional_date(st, "fecha_inicio", a.fecha_inicio);
  bind_optional_date(st, "fecha_finalizacion", a.fecha_finalizacion);
  bind_optional_date(st, "fecha_liquidacion", a.fecha_liquidacion);
  bind_optional_date(st, "fecha_cancelacion", a.fecha_cancelacion);
  bind_optional_id(st, "approved_by", a.approved_by);
  st.bind("motivo_rechazo", a.motivo_rechazo);
  st.bind("motivo_cancelacion", a.motivo_cancelacion);
  if (a.subsidio) {
    const SubsidyDecision& d = *a.subsidio;
    bind_id_or_null(st, "policy_version_id", d.policy_version_id);  // 0: the built-in default
    st.bind("policy_kind", policy_kind_code(d.kind));
    st.bind("center_bp", d.center_bp);
    st.bind("subsidio_centavos", d.subsidio.cents);
    st.bind("copago_centavos", d.copago.cents);
    st.bind("subsidio_motivos", format_condition_codes(d.reasons));
    st.bind("subsidio_regla", d.rule_id);
    st.bind("subsidio_tope", subsidy_cap_code(d.cap));
  } else {
    for (const char* integer :
         {"policy_version_id", "center_bp", "subsidio_centavos", "copago_centavos"})
      st.bind_null(integer, SqlType::Integer);
    for (const char* text : {"policy_kind", "subsidio_motivos", "subsidio_regla", "subsidio_tope"})
      st.bind_null(text, SqlType::Text);
  }
  if (a.calificacion)
    st.bind("calificacion", *a.calificacion);
  else
    st.bind_null("calificacion", SqlType::Integer);
  bind_payment(st, "aporte_recibido_centavos", "fecha_aporte", a.aporte_recibido);
  bind_payment(st, "pago_proveedor_centavos", "fecha_pago_proveedor", a.pago_proveedor);
}

}  // namespace cdmype::store
