// The baseline of the desktop start-up benchmark: a bare wxFrame hello-world,
// timed by cdmype_gui_bench exactly as it times CDMYPE Desk.
#include <wx/app.h>
#include <wx/stattext.h>

#include "gui_bench_ready.hpp"

namespace {

class HelloApp : public wxApp {
 public:
  bool OnInit() override {
    auto* frame = new wxFrame(nullptr, wxID_ANY, wxString::FromUTF8("Hola"), wxDefaultPosition,
                              wxSize(1200, 720));
    new wxStaticText(frame, wxID_ANY, wxString::FromUTF8("Hola, mundo"));
    frame->Show();
    cdmype::bench::when_usable(frame, [frame] { frame->Close(); });
    return true;
  }
};

}  // namespace

wxIMPLEMENT_APP(HelloApp);
