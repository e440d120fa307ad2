// The breach form: collects, BreachService validates.
#include "ui/breach_dialog.hpp"

#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <charconv>

#include "core/errors.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_dialog.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

BreachDialog::BreachDialog(wxWindow* parent, DeskContext& ctx)
    : wxDialog(parent, wxID_ANY, _("Brecha de seguridad de datos personales")), ctx_(ctx) {
  SetName(wxString::FromUTF8("breach_dialog"));
  auto* grid = make_form_grid();
  detectada_ = make_form_line(this, local_minute_text(ctx_.ws().breaches().now()),
                              _("dd/mm/aaaa hh:mm, hora local"));
  add_form_row(grid, this, _("De&tectada:"), detectada_, {.fill = false});
  descripcion_ =
      make_form_line(this, "", _("Qué pasó: equipo robado, correo enviado a otra persona…"));
  add_form_row(grid, this, _("&Qué pasó:"), descripcion_);
  datos_ = make_form_line(this, "", _("nombres, DUI, teléfonos, discapacidad…"));
  add_form_row(grid, this, _("&Datos:"), datos_);
  personas_ = make_form_line(this, "0", _("cuántas personas, hasta donde se sabe"));
  add_form_row(grid, this, _("&Personas:"), personas_, {.fill = false});
  medidas_ = make_form_line(this, "", _("contraseñas cambiadas, copia cifrada…"));
  add_form_row(grid, this, _("&Medidas:"), medidas_);
  finish_form_dialog(this, grid, _("&Registrar"), [this] { save(); },
                     {detectada_, descripcion_, datos_, personas_, medidas_});
  descripcion_->SetFocus();
}

std::optional<DataBreach> BreachDialog::save() {
  std::optional<DataBreach> saved;
  guarded(this, [&] {
    DataBreach b;
    const std::string when = field_text(detectada_->GetValue());
    const auto detected = parse_local_minute(when);
    if (!detected) throw UserError("Detectada: escriba la fecha y la hora como dd/mm/aaaa hh:mm.");
    b.detectada = *detected;
    const std::string count = field_text(personas_->GetValue());
    const auto r = std::from_chars(count.data(), count.data() + count.size(), b.personas);
    if (r.ec != std::errc() || r.ptr != count.data() + count.size() || b.personas < 0)
      throw UserError("Personas: escriba un número entero (0 si no se sabe).");
    b.descripcion = field_text(descripcion_->GetValue());
    b.datos = field_text(datos_->GetValue());
    b.medidas = field_text(medidas_->GetValue());
    saved = ctx_.ws().breaches().record(ctx_.actor, b);
  });
  if (saved && IsModal()) EndModal(wxID_OK);
  return saved;
}

}  // namespace cdmype::ui
