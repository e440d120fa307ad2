// The wxApp of `cdmype`: command line (--demo, --db FILE), opening or creating the database, the
// main window.
#pragma once
#include <wx/app.h>
#include <wx/cmdline.h>

namespace cdmype::ui {

class DeskApp : public wxApp {
 public:
  bool OnInit() override;
  void OnInitCmdLine(wxCmdLineParser& parser) override;
  bool OnCmdLineParsed(wxCmdLineParser& parser) override;

 private:
  bool demo_ = false;
  wxString db_;
  wxString screen_;
};

// App name, XDG file layout and translations: what every wx entry point of
// ours (the program and the GUI tests) sets up first.
void prepare_app_environment();

}  // namespace cdmype::ui
