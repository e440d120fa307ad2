// Row ↔ TechnicalAssistance: the frozen subsidy decision is read back exactly as it was approved.
#include "store/at_row.hpp"

#include <stdexcept>

#include "store/sql_values.hpp"

namespace cdmype::store {
namespace {

void bind_optional_id(Statement& st, std::string_view name, const std::optional<std::int64_t>& id) {
  bind_id_or_null(st, name, id.value_or(0));
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

namespace {

// The stamp columns, read before kAtFields.
constexpr std::array<std::string_view, 7> kStamps = {
    "id", "uuid", "version", "created_at", "updated_at", "created_by", "updated_by"};

// The reader's slot of a column, found at compile time: a name that is not a
// stamp or a field does not compile.
consteval int slot(std::string_view name) {
  for (std::size_t i = 0; i < kStamps.size(); ++i)
    if (kStamps[i] == name) return static_cast<int>(i);
  for (std::size_t i = 0; i < kAtFields.size(); ++i)
    if (kAtFields[i] == name) return static_cast<int>(kStamps.size() + i);
  throw "columna que kAtSelectColumns no tiene";
}

}  // namespace

TechnicalAssistance AtReader::read(Statement& q) {
  if (!resolved_) {
    for (std::size_t i = 0; i < kStamps.size(); ++i) at_[i] = q.column(kStamps[i]);
    for (std::size_t i = 0; i < kAtFields.size(); ++i)
      at_[kStamps.size() + i] = q.column(kAtFields[i]);
    resolved_ = true;
  }
  const auto null = [&](int s) { return q.is_null(at_[s]); };
  const auto view = [&](int s) { return q.text_view(at_[s]); };
  const auto text = [&](int s) { return null(s) ? std::string() : std::string(view(s)); };
  const auto number = [&](int s) { return q.int64(at_[s]); };
  const auto optional_number = [&](int s) {
    return null(s) ? std::nullopt : std::optional<std::int64_t>(number(s));
  };
  const auto optional_date = [&](int s) {
    return null(s) ? std::nullopt : std::optional<Date>(date_from_text(view(s)));
  };
  // A payment is two columns: cents (NULL when none) and the date of the latest one.
  const auto payment = [&](int cents, int fecha) -> std::optional<AtPayment> {
    if (null(cents) || null(fecha)) return std::nullopt;
    return AtPayment{Money::from_cents(number(cents)), date_from_text(view(fecha))};
  };

  TechnicalAssistance a;
  a.meta.id = number(slot("id"));
  a.meta.uuid = text(slot("uuid"));
  a.meta.version = static_cast<int>(number(slot("version")));
  a.meta.created_at = text(slot("created_at"));
  a.meta.updated_at = text(slot("updated_at"));
  a.meta.created_by = optional_number(slot("created_by")).value_or(0);
  a.meta.updated_by = optional_number(slot("updated_by")).value_or(0);
  a.codigo = text(slot("codigo"));
  a.enterprise_id = number(slot("enterprise_id"));
  a.drafted_by = number(slot("drafted_by"));
  a.requested_by = optional_number(slot("requested_by")).value_or(0);
  a.descripcion = text(slot("descripcion"));
  a.especialidad = text(slot("especialidad"));
  a.provider_id = optional_number(slot("provider_id"));
  a.costo_total = Money::from_cents(number(slot("costo_total_centavos")));
  a.estado = code_from_text<AtEstado>(view(slot("estado")));
  a.fecha_solicitud = optional_date(slot("fecha_solicitud"));
  a.fecha_aprobacion = optional_date(slot("fecha_aprobacion"));
  a.fecha_contratacion = optional_date(slot("fecha_contratacion"));
  a.fecha_inicio = optional_date(slot("fecha_inicio"));
  a.fecha_finalizacion = optional_date(slot("fecha_finalizacion"));
  a.fecha_liquidacion = optional_date(slot("fecha_liquidacion"));
  a.fecha_cancelacion = optional_date(slot("fecha_cancelacion"));
  a.approved_by = optional_number(slot("approved_by"));
  a.motivo_rechazo = text(slot("motivo_rechazo"));
  a.motivo_cancelacion = text(slot("motivo_cancelacion"));
  if (!null(slot("center_bp"))) {
    SubsidyDecision d;
    d.policy_version_id = optional_number(slot("policy_version_id")).value_or(0);
    const auto kind = parse_policy_kind(view(slot("policy_kind")));
    if (!kind) throw std::runtime_error("tipo de política desconocido en la base de datos");
    d.kind = *kind;
    d.center_bp = static_cast<int>(number(slot("center_bp")));
    d.costo_total = a.costo_total;
    d.subsidio = Money::from_cents(number(slot("subsidio_centavos")));
    d.copago = Money::from_cents(number(slot("copago_centavos")));
    d.reasons = parse_condition_codes(text(slot("subsidio_motivos"))).value_or(ConditionSet{});
    d.rule_id = text(slot("subsidio_regla"));
    d.cap = parse_subsidy_cap(text(slot("subsidio_tope"))).value_or(SubsidyCap::Ninguno);
    a.subsidio = d;
  }
  if (const auto c = optional_number(slot("calificacion"))) a.calificacion = static_cast<int>(*c);
  a.aporte_recibido = payment(slot("aporte_recibido_centavos"), slot("fecha_aporte"));
  a.pago_proveedor = payment(slot("pago_proveedor_centavos"), slot("fecha_pago_proveedor"));
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
