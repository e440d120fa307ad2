// The columns of the `remisiones`, `capacitaciones`, `asistentes` and `resultados` files, in export
// order (product.md §4, issue 7).
#pragma once
#include <array>

#include "exchange/csv_columns.hpp"

namespace cdmype::exchange {

inline constexpr std::array<ColumnSpec, 11> kRemisionesColumns{{
    {"uuid", true},  // the ventanilla's identifier: re-importing finds the same referral
    {"fecha", true},
    {"ventanilla", true},  // its distrito
    {"nombre", true},
    {"sexo", true},
    {"telefono", false},
    {"dui", false},
    {"sector", true},
    {"necesidad", false},
    {"empresa", false},  // código of the file it was linked to (center → ventanilla)
    {"estado", false},   // the center's state (center → ventanilla)
}};

inline constexpr std::array<ColumnSpec, 6> kCapacitacionesColumns{{
    {"titulo", true},
    {"tema", false},
    {"institucion", false},
    {"fecha", true},
    {"horas", true},
    {"lugar", false},
}};

inline constexpr std::array<ColumnSpec, 4> kAsistentesColumns{{
    {"capacitacion", true},  // its título; "título (AAAA-MM-DD)" when titles repeat
    {"empresa", false},      // código, when the person comes from a file on record
    {"nombre", true},
    {"sexo", true},
}};

inline constexpr std::array<ColumnSpec, 5> kResultadosColumns{{
    {"empresa", true},
    {"fecha", true},
    {"tipo", true},
    {"valor", false},  // dollars (ventas, financiamiento) or a count (empleos_*)
    {"detalle", false},
}};

}  // namespace cdmype::exchange
