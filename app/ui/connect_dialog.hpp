// "¿Dónde están los datos del centro?": a file on this PC, or the center's server.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "store/data_source.hpp"

class wxCheckBox;
class wxRadioButton;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

// Asked at the first start and from Archivo → Conectar. A wrong address or
// password is said under the fields and the dialog stays open with what was
// typed; the password is kept only where the person asks (a 0600 password
// file) or for this session.
class ConnectDialog : public wxDialog {
 public:
  ConnectDialog(wxWindow* parent, const store::DataSource& current);

  // A file is taken as it is (the caller opens it or creates the center);
  // a server is reached once, so a mistake shows here. False keeps the dialog.
  bool try_connect();
  const std::optional<store::DataSource>& chosen() const { return chosen_; }
  wxString error_text() const;

  wxRadioButton* on_this_pc() const { return on_this_pc_; }
  wxRadioButton* on_server() const { return on_server_; }
  wxTextCtrl* file() const { return file_; }
  wxTextCtrl* host() const { return host_; }
  wxSpinCtrl* port() const { return port_; }
  wxTextCtrl* database() const { return database_; }
  wxTextCtrl* user() const { return user_; }
  wxTextCtrl* password() const { return password_; }
  wxTextCtrl* ca_file() const { return ca_file_; }
  wxCheckBox* remember() const { return remember_; }
  // As a click on one of the two choices does.
  void choose_server(bool server);

 private:
  void show_choice();
  void browse_file();
  void fill_from(const store::DataSource& current);

  wxRadioButton* on_this_pc_;
  wxRadioButton* on_server_;
  wxWindow* file_panel_;
  wxWindow* server_panel_;
  wxTextCtrl* file_;
  wxTextCtrl* host_;
  wxSpinCtrl* port_;
  wxTextCtrl* database_;
  wxTextCtrl* user_;
  wxTextCtrl* password_;
  wxTextCtrl* ca_file_;
  wxCheckBox* remember_;
  wxStaticText* error_;
  std::optional<store::DataSource> chosen_;
};

}  // namespace cdmype::ui
