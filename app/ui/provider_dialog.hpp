// Adding or editing one provider of the registry: name, NIT, specialties, contact, active.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "core/provider.hpp"

class wxCheckBox;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;

class ProviderDialog : public wxDialog {
 public:
  // `existing` empty: a new provider.
  ProviderDialog(wxWindow* parent, DeskContext& ctx, std::optional<Provider> existing);

  // Saves through ProviderService (problems shown, dialog kept); closes with wxID_OK on success.
  std::optional<Provider> save();

  wxTextCtrl* nombre() const { return nombre_; }
  wxTextCtrl* nit() const { return nit_; }
  wxTextCtrl* especialidades() const { return especialidades_; }
  wxTextCtrl* contacto() const { return contacto_; }
  wxCheckBox* activo() const { return activo_; }

 private:
  DeskContext& ctx_;
  std::optional<Provider> existing_;
  wxTextCtrl* nombre_;
  wxTextCtrl* nit_;
  wxTextCtrl* especialidades_;
  wxTextCtrl* contacto_;
  wxCheckBox* activo_;
};

}  // namespace cdmype::ui
