// Provider form: the service validates and canonicalizes (NIT), the dialog only collects.
#include "ui/provider_dialog.hpp"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_dialog.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

ProviderDialog::ProviderDialog(wxWindow* parent, DeskContext& ctx, std::optional<Provider> existing)
    : wxDialog(parent, wxID_ANY, existing ? _("Editar proveedor") : _("Nuevo proveedor")),
      ctx_(ctx),
      existing_(std::move(existing)) {
  SetName(wxString::FromUTF8("provider_dialog"));
  const Provider p = existing_.value_or(Provider{});
  auto* grid = make_form_grid();
  nombre_ = make_form_line(this, p.nombre, _("Nombre o razón social"));
  add_form_row(grid, this, _("&Nombre:"), nombre_);
  nit_ = make_form_line(this, p.nit, _("0614-010190-101-3 (opcional)"));
  add_form_row(grid, this, _("N&IT:"), nit_);
  especialidades_ = make_form_line(this, p.especialidades,
                                   _("separadas por comas: inocuidad, "
                                     "etiquetado"));
  add_form_row(grid, this, _("&Especialidades:"), especialidades_);
  contacto_ = make_form_line(this, p.contacto, _("teléfono, correo o persona de contacto"));
  add_form_row(grid, this, _("C&ontacto:"), contacto_);
  activo_ = new wxCheckBox(this, wxID_ANY, _("&Activo (se ofrece al contratar)"));
  activo_->SetValue(p.activo);
  grid->AddSpacer(0);
  grid->Add(activo_);

  finish_form_dialog(this, grid, _("&Guardar"), [this] { save(); },
                     {nombre_, nit_, especialidades_, contacto_});
  nombre_->SetFocus();
}

std::optional<Provider> ProviderDialog::save() {
  std::optional<Provider> saved;
  guarded(this, [&] {
    Provider p = existing_.value_or(Provider{});
    p.nombre = field_text(nombre_->GetValue());
    p.nit = field_text(nit_->GetValue());
    p.especialidades = field_text(especialidades_->GetValue());
    p.contacto = field_text(contacto_->GetValue());
    p.activo = activo_->GetValue();
    auto service = ctx_.ws().providers();
    saved = existing_ ? service.update(ctx_.actor, p) : service.create(ctx_.actor, p);
  });
  if (saved && IsModal()) EndModal(wxID_OK);
  return saved;
}

}  // namespace cdmype::ui
