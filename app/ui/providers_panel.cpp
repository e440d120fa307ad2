// The provider list reads ProviderService::list (with ratings); edits go through ProviderDialog.
#include "ui/providers_panel.hpp"

#include <wx/button.h>
#include <wx/sizer.h>

#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/provider_dialog.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

ProvidersPanel::ProvidersPanel(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx) {
  table_ = new TextTable(this,
                         {{_("Nombre"), 260},
                          {_("NIT"), 140},
                          {_("Especialidades"), 220},
                          {_("Contacto"), 180},
                          {_("Asistencias"), 90},
                          {_("Calificación"), 170},
                          {_("Estado"), 80}},
                         _("Todavía no hay proveedores registrados."));
  table_->SetName(_("Proveedores"));
  remember_columns(table_, wxString::FromUTF8("providers"));
  add_ = new wxButton(this, wxID_NEW, _("&Nuevo proveedor…"));
  add_->SetToolTip(_("Agregar un proveedor al registro (Ctrl+N)"));
  edit_ = new wxButton(this, wxID_EDIT, _("&Editar…"));
  edit_->SetToolTip(_("Editar el proveedor elegido (Enter o doble clic)"));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(add_, 0, wxRIGHT, 6);
  buttons->Add(edit_, 0);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Proveedores de asistencia técnica")), 0, wxALL, 8);
  sizer->Add(buttons, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);

  add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
  edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit_selected(); });
  table_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { edit_selected(); });
  wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, 'N', wxID_NEW}};
  SetAcceleratorTable(wxAcceleratorTable(1, keys));
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { add(); }, wxID_NEW);
}

void ProvidersPanel::reload() {
  rows_ = ctx_.ws().providers().list(ctx_.actor);
  std::vector<TextTable::Row> text;
  for (const auto& s : rows_)
    text.push_back(
        {to_wx(s.provider.nombre), to_wx(s.provider.nit), to_wx(s.provider.especialidades),
         to_wx(s.provider.contacto),
         wxString::Format(wxString::FromUTF8("%lld"), static_cast<long long>(s.asistencias)),
         to_wx(describe_rating(s)), s.provider.activo ? _("activo") : _("inactivo")});
  table_->set_rows(std::move(text));
}

void ProvidersPanel::add() {
  ProviderDialog dialog(this, ctx_, std::nullopt);
  if (dialog.ShowModal() == wxID_OK) guarded(this, [this] { reload(); });
}

void ProvidersPanel::edit_selected() {
  const long item = table_->selected_row();
  if (item < 0 || item >= static_cast<long>(rows_.size())) return;
  ProviderDialog dialog(this, ctx_, rows_[static_cast<size_t>(item)].provider);
  if (dialog.ShowModal() == wxID_OK) guarded(this, [this] { reload(); });
}

}  // namespace cdmype::ui
