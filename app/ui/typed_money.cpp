// The forms read amounts exactly as files and the CLI do, with the center's setting.
#include "ui/typed_money.hpp"

#include "ui/desk_context.hpp"

namespace cdmype::ui {

NumberFormat number_format(DeskContext& ctx) { return ctx.ws().center().settings().number_format; }

std::optional<Money> typed_money(DeskContext& ctx, std::string_view text) {
  return parse_money(text, number_format(ctx));
}

}  // namespace cdmype::ui
