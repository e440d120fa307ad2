// The technical_assistance columns read by SELECTs (table aliased `a`) and the row ↔ record
// mapping, by column name.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "core/at_record.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// "a.id, a.uuid, …": the columns read_at reads, by these names. A query that
// joins other tables aliases their columns (e.codigo AS empresa_codigo) so
// no name is returned twice.
inline constexpr const char* kAtSelectColumns =
    "a.id, a.uuid, a.version, a.created_at, a.updated_at, a.created_by, a.updated_by, "
    "a.codigo, a.enterprise_id, a.drafted_by, a.requested_by, a.descripcion, a.especialidad, "
    "a.provider_id, a.costo_total_centavos, a.estado, a.fecha_solicitud, a.fecha_aprobacion, "
    "a.fecha_contratacion, a.fecha_inicio, a.fecha_finalizacion, a.fecha_liquidacion, "
    "a.fecha_cancelacion, a.approved_by, a.motivo_rechazo, a.motivo_cancelacion, "
    "a.policy_version_id, a.policy_kind, a.center_bp, a.subsidio_centavos, a.copago_centavos, "
    "a.subsidio_motivos, a.subsidio_regla, a.subsidio_tope, a.calificacion, "
    "a.aporte_recibido_centavos, a.fecha_aporte, a.pago_proveedor_centavos, "
    "a.fecha_pago_proveedor";

// The states whose subsidy is reserved against the year's fund (core
// at_commits_budget), for WHERE clauses on the alias-free column `estado`.
inline constexpr const char* kAtCommitsBudgetSql =
    "estado IN ('aprobada','contratada','en_ejecucion','finalizada','liquidada')";

// The record's own fields: each is a column of the table and, in INSERT and
// UPDATE, the parameter of the same name (`:codigo` …), bound by bind_at_fields.
// clang-format off
inline constexpr std::array<std::string_view, 32> kAtFields = {
    "codigo", "enterprise_id", "drafted_by", "requested_by", "descripcion", "especialidad",
    "provider_id", "costo_total_centavos", "estado", "fecha_solicitud", "fecha_aprobacion",
    "fecha_contratacion", "fecha_inicio", "fecha_finalizacion", "fecha_liquidacion",
    "fecha_cancelacion", "approved_by", "motivo_rechazo", "motivo_cancelacion",
    "policy_version_id", "policy_kind", "center_bp", "subsidio_centavos", "copago_centavos",
    "subsidio_motivos", "subsidio_regla", "subsidio_tope", "calificacion",
    "aporte_recibido_centavos", "fecha_aporte", "pago_proveedor_centavos",
    "fecha_pago_proveedor"};
// clang-format on

// Binds every name of kAtFields.
void bind_at_fields(Statement& st, const TechnicalAssistance& at);

// Reads the columns of kAtSelectColumns from the current row of `q`. They are
// found by name once, at the first row (PostgreSQL knows a result's columns
// only once the statement runs), then read by position: the AT list and the
// export read 50,000 rows at national scale. One reader per statement.
class AtReader {
 public:
  TechnicalAssistance read(Statement& q);

 private:
  std::array<int, 7 + kAtFields.size()> at_{};  // the stamps, then kAtFields
  bool resolved_ = false;
};

// One row, for lookups that read a single AT.
inline TechnicalAssistance read_at(Statement& q) { return AtReader().read(q); }

}  // namespace cdmype::store
