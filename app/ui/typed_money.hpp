// Amounts typed in the desktop forms: core read_money with the center's «formato de números».
#pragma once
#include <optional>
#include <string_view>

#include "core/money.hpp"

namespace cdmype::ui {

struct DeskContext;

// The center's number format (Configuración → Formato de números).
NumberFormat number_format(DeskContext& ctx);

// The amount typed, as the import and the CLI read it ("1,005.05", "$1,234.56", "1234,56").
std::optional<Money> typed_money(DeskContext& ctx, std::string_view text);

}  // namespace cdmype::ui
