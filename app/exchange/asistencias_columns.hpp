// The columns of the `asistencias` exchange file, in export order (product.md §4).
#pragma once
#include <array>

#include "exchange/csv_columns.hpp"

namespace cdmype::exchange {

// Subsidy and co-payment are not columns: they are computed by the policy in
// force on the approval date, never read from a file.
inline constexpr std::array<ColumnSpec, 12> kAsistenciasColumns{{
    {"codigo", false},  // assigned on save when absent or empty (CH-AT-2026-0003)
    {"empresa", true},
    {"descripcion", true},
    {"proveedor", false},  // name; created when new
    {"costo_total", true},
    {"estado", true},
    {"fecha_solicitud", false},
    {"fecha_aprobacion", false},
    {"fecha_finalizacion", false},
    {"solicitada_por", false},  // default: the enterprise's asesor
    {"aprobada_por", false},    // default: the user importing (who must then be a director)
    {"motivo_rechazo", false},  // required when estado is rechazada
}};

}  // namespace cdmype::exchange
