// The app's side of `cdmype-cli person forget`: the same service, asked twice.
#include "ui/forget_person_action.hpp"

#include "ui/i18n.hpp"

#include "services/person_service.hpp"
#include "ui/confirm_question.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/reason_dialog.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

bool forget_titular_from_file(wxWindow* parent, DeskContext& ctx, const Enterprise& e) {
  ReasonDialog reason(
      parent, _("Olvidar a la persona"),
      wxString::Format(_("Motivo del olvido de %s (por ejemplo, la solicitud de cancelación y "
                         "su fecha). Queda en la bitácora: no escriba aquí su nombre."),
                       to_wx(e.titular.nombre)),
      true);
  reason.SetName(wxString::FromUTF8("forget_reason_dialog"));
  if (reason.ShowModal() != wxID_OK) return false;
  const wxString first = wxString::Format(
      _("¿Olvidar a %s (DUI %s)?\n\nEn todos sus expedientes, remisiones, sesiones, asistencias "
        "técnicas, resultados y capacitaciones se reemplazan su nombre, DUI, NIT y NRC de persona "
        "natural, teléfono, notas y las palabras de su nombre en los textos; de la fecha de "
        "nacimiento quedan el mes y el año. Quedan el sexo, la zona, el sector, el distrito y las "
        "cifras de la empresa, así que los informes emitidos no cambian. La bitácora conserva "
        "cada cambio, pero sus datos se vuelven ilegibles.\n\nEsto no se puede deshacer."),
      to_wx(e.titular.nombre), to_wx(e.titular.dui));
  if (!confirm_question(parent, first, _("Olvidar a la persona"))) return false;
  const wxString second =
      to_wx(services::copies_that_remain_notice()) + wxString::FromUTF8("\n\n") +
      _("Segunda confirmación: ¿olvidar ahora a esta persona?");
  if (!confirm_question(parent, second, _("Olvidar a la persona"))) return false;
  services::ForgetOutcome out;
  if (!guarded(parent, [&] {
        out = ctx.ws().persons().forget(ctx.actor, e.titular.dui, to_utf8(reason.reason()));
      }))
    return false;
  show_notice(parent,
              wxString::Format(_("Persona olvidada en %d expediente(s) y %d remisión(es)."),
                               out.empresas, out.remisiones) +
                  wxString::FromUTF8("\n\n") + to_wx(out.compactacion.note),
              _("Olvidar a la persona"));
  return true;
}

}  // namespace cdmype::ui
