// Start-up: environment, command line, then the demo, the sign-in or the first-run wizard.
#include "ui/desk_app.hpp"

#include <wx/stdpaths.h>

#include "ui/app_paths.hpp"
#include "ui/demo_opener.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/main_frame.hpp"
#include "ui/screens.hpp"
#include "ui/startup.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

void prepare_app_environment() {
  wxTheApp->SetAppName(wxString::FromUTF8("cdmype"));
  wxTheApp->SetAppDisplayName(wxString::FromUTF8("CDMYPE Desk"));
  wxTheApp->SetVendorName(wxString::FromUTF8("cdmype"));
  wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
  install_config();
  setup_translations();  // after the config: the language preference lives there
}

void DeskApp::OnInitCmdLine(wxCmdLineParser& parser) {
  wxApp::OnInitCmdLine(parser);
  parser.AddSwitch(wxString(), wxString::FromUTF8("demo"),
                   _("abre el centro de demostración (datos inventados)"));
  parser.AddOption(wxString(), wxString::FromUTF8("db"), _("base de datos que se abre"),
                   wxCMD_LINE_VAL_STRING);
  parser.AddOption(wxString(), wxString::FromUTF8("pantalla"), screen_option_help(),
                   wxCMD_LINE_VAL_STRING);
}

bool DeskApp::OnCmdLineParsed(wxCmdLineParser& parser) {
  if (!wxApp::OnCmdLineParsed(parser)) return false;
  demo_ = parser.Found(wxString::FromUTF8("demo"));
  parser.Found(wxString::FromUTF8("db"), &db_);
  parser.Found(wxString::FromUTF8("pantalla"), &screen_);
  return true;
}

bool DeskApp::OnInit() {
  prepare_app_environment();
  if (!wxApp::OnInit()) return false;  // parses the command line

  std::optional<DeskContext> ctx;
  if (demo_) {
    ctx = open_demo(nullptr);
  } else {
    std::optional<store::DataSource> source;
    if (!db_.empty())
      guarded(nullptr, [&] { source = store::DataSource::parse(to_utf8(db_)); });
    else
      source = last_data_source();
    if (source) {
      ctx = open_database(nullptr, *source);
    } else if (db_.empty()) {
      // First start: the default file if it is there, else ask where the data is.
      std::error_code ec;
      if (std::filesystem::exists(default_database_path(), ec))
        ctx = open_database(nullptr, store::DataSource(default_database_path()));
      else
        ctx = connect_and_open(nullptr, store::DataSource(default_database_path()));
    }
    if (ctx) remember_data_source(ctx->source);
  }
  if (!ctx) return false;

  auto* frame = new MainFrame(std::move(*ctx));
  frame->Show();
  SetTopWindow(frame);
  // A screen the role does not have is ignored: the window opens on its first one.
  if (const auto wanted = screen_named(screen_))
    for (const Screen s : frame->screens())
      if (s == *wanted) frame->show_screen(s);
  return true;
}

}  // namespace cdmype::ui
