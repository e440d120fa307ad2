// Builds the audit JSON of AT records from their fields.
#include "store/at_record_json.hpp"

#include "store/json_object.hpp"

namespace cdmype::store {
namespace {

JsonObject& opt_date(JsonObject& j, std::string_view key, const std::optional<Date>& d) {
  return d ? j.text(key, to_iso(*d)) : j.null(key);
}

JsonObject& opt_int(JsonObject& j, std::string_view key, const std::optional<std::int64_t>& v) {
  return v ? j.integer(key, *v) : j.null(key);
}

JsonObject& opt_money(JsonObject& j, std::string_view key, const std::optional<Money>& m) {
  return m ? j.integer(key, m->cents) : j.null(key);
}

}  // namespace

std::string at_json(const TechnicalAssistance& a) {
  JsonObject j;
  j.integer("id", a.meta.id).text("uuid", a.meta.uuid).integer("version", a.meta.version);
  j.text("codigo", a.codigo).integer("enterprise_id", a.enterprise_id);
  j.integer("drafted_by", a.drafted_by);
  opt_int(j, "requested_by",
          a.requested_by ? std::optional<std::int64_t>(a.requested_by) : std::nullopt);
  j.text("descripcion", a.descripcion).text("especialidad", a.especialidad);
  opt_int(j, "provider_id", a.provider_id);
  j.integer("costo_total_centavos", a.costo_total.cents).text("estado", code_of(a.estado));
  opt_date(j, "fecha_solicitud", a.fecha_solicitud);
  opt_date(j, "fecha_aprobacion", a.fecha_aprobacion);
  opt_date(j, "fecha_contratacion", a.fecha_contratacion);
  opt_date(j, "fecha_inicio", a.fecha_inicio);
  opt_date(j, "fecha_finalizacion", a.fecha_finalizacion);
  opt_date(j, "fecha_liquidacion", a.fecha_liquidacion);
  opt_date(j, "fecha_cancelacion", a.fecha_cancelacion);
  opt_int(j, "approved_by", a.approved_by);
  j.text("motivo_rechazo", a.motivo_rechazo).text("motivo_cancelacion", a.motivo_cancelacion);
  if (a.subsidio) {
    const auto& d = *a.subsidio;
    if (d.policy_version_id != 0)
      j.integer("policy_version_id", d.policy_version_id);
    else
      j.null("policy_version_id");
    j.text("policy_kind", policy_kind_code(d.kind)).integer("center_bp", d.center_bp);
    j.integer("subsidio_centavos", d.subsidio.cents).integer("copago_centavos", d.copago.cents);
    j.text("subsidio_motivos", format_condition_codes(d.reasons));
    j.text("subsidio_regla", d.rule_id).text("subsidio_tope", subsidy_cap_code(d.cap));
  } else {
    j.null("policy_version_id").null("subsidio_centavos").null("copago_centavos");
  }
  opt_int(j, "calificacion",
          a.calificacion ? std::optional<std::int64_t>(*a.calificacion) : std::nullopt);
  // Payments appear in the audit only once recorded, so older entries read the same.
  if (a.aporte_recibido)
    j.integer("aporte_recibido_centavos", a.aporte_recibido->monto.cents)
        .text("fecha_aporte", to_iso(a.aporte_recibido->fecha));
  if (a.pago_proveedor)
    j.integer("pago_proveedor_centavos", a.pago_proveedor->monto.cents)
        .text("fecha_pago_proveedor", to_iso(a.pago_proveedor->fecha));
  return j.str();
}

std::string provider_json(const Provider& p) {
  JsonObject j;
  j.integer("id", p.meta.id).text("uuid", p.meta.uuid).integer("version", p.meta.version);
  j.text("nombre", p.nombre).text("nit", p.nit).text("especialidades", p.especialidades);
  j.text("contacto", p.contacto);
  opt_int(j, "distrito_id",
          p.distrito_id ? std::optional<std::int64_t>(*p.distrito_id) : std::nullopt);
  j.boolean("activo", p.activo);
  return j.str();
}

std::string policy_json(const PolicyVersion& v) {
  JsonObject j;
  j.integer("id", v.id).text("effective_from", to_iso(v.effective_from));
  j.text("kind", policy_kind_code(v.kind)).integer("base_bp", v.base_bp);
  j.integer("weighted_bp", v.weighted_bp);
  j.text("weight_conditions", format_condition_codes(v.weight_conditions));
  opt_money(j, "cap_per_at_centavos", v.cap_per_at);
  opt_money(j, "cap_per_enterprise_year_centavos", v.cap_per_enterprise_year);
  std::string rules;
  for (const auto& r : v.rules) {
    if (!rules.empty()) rules += ';';
    rules += r.id + ":" + format_condition_codes(r.conditions) + ":" + std::to_string(r.copago_bp);
  }
  j.text("reglas", rules).text("nota", v.nota);
  return j.str();
}

std::string budget_json(const AtBudget& b) {
  JsonObject j;
  j.integer("year", b.year).integer("fondo_centavos", b.fondo.cents);
  j.integer("conamype_bp", b.conamype_bp);
  return j.str();
}

}  // namespace cdmype::store
