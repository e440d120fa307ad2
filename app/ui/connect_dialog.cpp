// The connection dialog: two choices, the server's fields, one try before it closes.
#include "ui/connect_dialog.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/filedlg.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/errors.hpp"
#include "services/server_connection.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

ConnectDialog::ConnectDialog(wxWindow* parent, const store::DataSource& current)
    : wxDialog(parent, wxID_ANY, _("Conectar — CDMYPE Desk")) {
  SetName(wxString::FromUTF8("connect_dialog"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("¿Dónde están los datos del centro?")), 0, wxALL, 12);

  on_this_pc_ = new wxRadioButton(this, wxID_ANY, _("En &este equipo (un archivo)"),
                                  wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
  sizer->Add(on_this_pc_, 0, wxLEFT | wxRIGHT, 12);
  auto* file_panel = new wxPanel(this);
  file_panel_ = file_panel;
  {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    file_ = new wxTextCtrl(file_panel, wxID_ANY, wxString(), wxDefaultPosition,
                           FromDIP(wxSize(360, -1)));
    file_->SetName(_("Archivo de la base de datos"));
    auto* browse = new wxButton(file_panel, wxID_ANY, _("E&xaminar…"));
    row->Add(file_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    row->Add(browse, 0, wxALIGN_CENTER_VERTICAL);
    file_panel->SetSizer(row);
    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { browse_file(); });
  }
  sizer->Add(file_panel, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
  sizer->Add(new wxStaticText(this, wxID_ANY,
                              _("Para un centro con un solo equipo. No abra este archivo desde "
                                "una carpeta de red compartida.")),
             0, wxLEFT | wxRIGHT | wxTOP, 12);

  on_server_ = new wxRadioButton(this, wxID_ANY, _("En el &servidor del centro (varios equipos)"));
  sizer->Add(on_server_, 0, wxLEFT | wxRIGHT | wxTOP, 12);
  auto* server_panel = new wxPanel(this);
  server_panel_ = server_panel;
  {
    auto* grid = make_form_grid();
    host_ = new wxTextCtrl(server_panel, wxID_ANY);
    add_form_row(grid, server_panel, _("Ser&vidor:"), host_);
    port_ = new wxSpinCtrl(server_panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                           wxSP_ARROW_KEYS, 1, 65535, 5432);
    add_form_row(grid, server_panel, _("&Puerto:"), port_, RowStyle{false, false});
    database_ = new wxTextCtrl(server_panel, wxID_ANY, wxString::FromUTF8("cdmype"));
    add_form_row(grid, server_panel, _("&Base de datos:"), database_);
    user_ = new wxTextCtrl(server_panel, wxID_ANY);
    add_form_row(grid, server_panel, _("&Usuario del equipo:"), user_);
    password_ = new wxTextCtrl(server_panel, wxID_ANY, wxString(), wxDefaultPosition,
                               wxDefaultSize, wxTE_PASSWORD);
    add_form_row(grid, server_panel, _("&Contraseña:"), password_);
    ca_file_ = new wxTextCtrl(server_panel, wxID_ANY);
    add_form_row(grid, server_panel, _("Certificado de la &oficina (ca.crt):"), ca_file_);
    remember_ = new wxCheckBox(server_panel, wxID_ANY,
                               _("&Recordar la contraseña en este equipo (archivo solo suyo)"));
    remember_->SetValue(true);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(grid, 0, wxEXPAND);
    box->Add(remember_, 0, wxTOP, 6);
    server_panel->SetSizer(box);
  }
  sizer->Add(server_panel, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);

  error_ = make_field_message(this);
  sizer->Add(error_, 0, wxEXPAND | wxALL, 12);

  auto* buttons = new wxStdDialogButtonSizer();
  auto* ok = new wxButton(this, wxID_OK, _("Conectar"));
  ok->SetDefault();
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancelar")));
  buttons->Realize();
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizerAndFit(sizer);

  fill_from(current);
  on_this_pc_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { show_choice(); });
  on_server_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { show_choice(); });
  ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (try_connect()) EndModal(wxID_OK);
  });
  show_choice();
  CentreOnScreen();
}

void ConnectDialog::fill_from(const store::DataSource& current) {
  if (current.is_file()) {
    on_this_pc_->SetValue(true);
    file_->SetValue(to_wx(current.file().string()));
    return;
  }
  on_server_->SetValue(true);
  if (const auto a = store::parse_server_uri(current.uri())) {
    host_->SetValue(to_wx(a->host));
    port_->SetValue(a->port);
    database_->SetValue(to_wx(a->database));
    user_->SetValue(to_wx(a->user));
    ca_file_->SetValue(to_wx(a->ca_file));
  }
}

void ConnectDialog::choose_server(bool server) {
  (server ? on_server_ : on_this_pc_)->SetValue(true);
  show_choice();
}

void ConnectDialog::show_choice() {
  file_panel_->Enable(on_this_pc_->GetValue());
  server_panel_->Enable(on_server_->GetValue());
  (on_this_pc_->GetValue() ? static_cast<wxWindow*>(file_) : host_)->SetFocus();
}

void ConnectDialog::browse_file() {
  wxFileDialog chooser(this, _("Base de datos del centro"), wxString(), file_->GetValue(),
                       _("Base de datos CDMYPE (*.db)|*.db|Todos los archivos|*"), wxFD_SAVE);
  if (chooser.ShowModal() == wxID_OK) file_->SetValue(chooser.GetPath());
}

bool ConnectDialog::try_connect() {
  set_field_message(error_, wxString());
  try {
    if (on_this_pc_->GetValue()) {
      const std::string path = field_text(file_->GetValue());
      if (path.empty()) throw UserError("Escriba o elija el archivo de la base de datos.");
      chosen_ = store::DataSource(std::filesystem::path(path));
      return true;
    }
    store::ServerAddress a;
    a.host = field_text(host_->GetValue());
    a.port = port_->GetValue();
    a.database = field_text(database_->GetValue());
    a.user = field_text(user_->GetValue());
    a.ca_file = field_text(ca_file_->GetValue());
    if (a.host.empty() || a.database.empty() || a.user.empty())
      throw UserError("Escriba el servidor, la base de datos y el usuario de este equipo.");
    const std::string password = to_utf8(password_->GetValue());
    if (!password.empty()) {
      if (remember_->GetValue())
        store::remember_server_password(a, password);
      else
        store::use_server_password_for_session(password);
    }
    const auto source = store::DataSource::parse(store::server_uri(a));
    services::check_server_connection(source);
    chosen_ = source;
    return true;
  } catch (const UserError& e) {
    set_field_message(error_, to_wx(e.what()));
    error_->Wrap(FromDIP(420));
    Fit();
    return false;
  }
}

wxString ConnectDialog::error_text() const { return error_->GetLabel(); }

}  // namespace cdmype::ui
