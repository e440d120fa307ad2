// The columns of each exchange file kind, in export order (product.md §4); importers and exporters
// share them.
#pragma once
#include <array>

#include "exchange/csv_columns.hpp"

namespace cdmype::exchange {

// Required columns are those without which a row cannot become a record;
// every other column may be left out of a file (its default applies).
inline constexpr std::array<ColumnSpec, 24> kEmpresasColumns{{
    {"codigo", false},  // generated on save when absent or empty
    {"nombre", true},
    {"forma_juridica", false},  // default persona_natural
    {"titular_nombre", true},
    {"titular_dui", false},
    {"titular_sexo", true},
    {"titular_fecha_nacimiento", false},
    {"socias", false},
    {"socios", false},
    {"sector", true},
    {"distrito", true},
    {"zona", true},
    {"empleados_mujeres", false},
    {"empleados_hombres", false},
    {"ventas_anuales", false},
    {"fecha_ingreso", true},
    {"asesor", false},  // default: the user importing
    {"fuente", false},  // default cdmype
    {"retornado", false},
    {"discapacidad", false},
    {"nit", false},
    {"nrc", false},
    // Derived on export (the size by the law and minimum wage on the export
    // date); known here so an exported file imports without a warning, and
    // never read: the size is always computed, never typed.
    {"tamano", false},
    {"categoria_micro", false},
}};

inline constexpr std::array<ColumnSpec, 8> kSesionesColumns{{
    {"empresa", true},
    {"asesor", false},  // default: the user importing
    {"fecha", true},
    {"duracion_min", true},
    {"modalidad", true},
    {"area", true},
    {"tema", false},
    {"acuerdos", false},
}};

}  // namespace cdmype::exchange
