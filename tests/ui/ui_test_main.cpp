// GUI test entry point: a private Xvfb display when there is none, one wxApp for all tests,
// GoogleTest.
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/init.h>
#include <wx/log.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "ui/app_paths.hpp"
#include "ui/desk_app.hpp"
#include "ui/error_boundary.hpp"
#include "ui_test_support.hpp"

namespace {

// Starts `Xvfb -displayfd` (the server picks a free display number itself,
// so parallel ctest runs never collide) and points DISPLAY at it. Only this
// process uses it: no cookie is needed, so XAUTHORITY (xvfb-run's) goes.
pid_t start_xvfb() {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const std::string fd = std::to_string(fds[1]);
    execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "1366x768x24", "-nolisten",
           "tcp", "-noreset", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  std::string number;
  char c;
  while (read(fds[0], &c, 1) == 1 && c != '\n') number += c;
  close(fds[0]);
  if (number.empty()) {
    std::fprintf(stderr, "ui tests: Xvfb did not start (install xvfb)\n");
    return -1;
  }
  setenv("DISPLAY", (":" + number).c_str(), 1);
  unsetenv("XAUTHORITY");
  return pid;
}

// Config, data and cache of the tests go to a throwaway home, never the
// developer's own.
void private_home(const std::filesystem::path& home) {
  std::filesystem::create_directories(home);
  setenv("HOME", home.c_str(), 1);
  setenv("XDG_CONFIG_HOME", (home / ".config").c_str(), 1);
  setenv("XDG_DATA_HOME", (home / ".local/share").c_str(), 1);
  setenv("XDG_CACHE_HOME", (home / ".cache").c_str(), 1);
  setenv("NO_AT_BRIDGE", "1", 1);  // no accessibility bus under Xvfb
  setenv("GTK_THEME", "Adwaita", 1);
}

class TestApp : public wxApp {
 public:
  bool OnInit() override {
    cdmype::ui::prepare_app_environment();
    cdmype::ui::install_config();
    return true;
  }
};

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  if (::testing::GTEST_FLAG(list_tests)) return RUN_ALL_TESTS();

  cdmype::testing_support::TempDir home;
  private_home(home.path());
  // Every test process gets its own server, even under `xvfb-run -a`: on a
  // machine where other sessions start and stop X servers too, a connection to
  // the shared display now and then reached a socket that was not its server's
  // (connect to @/tmp/.X11-unix/X99 succeeded, the server saw no client), and a
  // test failed at start with "wxWidgets could not start" (a few starts in a
  // hundred beside busy loops; none in the same loops on a private server).
  // CDMYPE_UI_TESTS_USE_DISPLAY=1 shows the tests on the display in DISPLAY
  // instead (to watch them); without Xvfb installed, DISPLAY is used as well.
  pid_t xvfb = -1;
  const char* use_display = getenv("CDMYPE_UI_TESTS_USE_DISPLAY");
  const char* display = getenv("DISPLAY");
  if (!(use_display && *use_display && display && *display)) xvfb = start_xvfb();

  wxApp::SetInstance(new TestApp());
  int wx_argc = 1;
  char* wx_argv[] = {argv[0], nullptr};
  if (!wxEntryStart(wx_argc, wx_argv) || !wxTheApp->CallOnInit()) {
    std::fprintf(stderr, "ui tests: wxWidgets could not start (no display?)\n");
    if (xvfb > 0) kill(xvfb, SIGTERM);
    return 1;
  }
  // A failed wx assertion fails the test instead of opening a dialog.
  wxSetAssertHandler([](const wxString& file, int line, const wxString& func, const wxString& cond,
                        const wxString& msg) {
    ADD_FAILURE() << "wx assertion " << cond.utf8_string() << " in " << func.utf8_string() << " ("
                  << file.utf8_string() << ":" << line << "): " << msg.utf8_string();
  });
  wxLog::SetActiveTarget(new wxLogStderr());
  cdmype::ui::set_error_presenter([](wxWindow*, const wxString& message) {
    cdmype::testing_support::shown_errors().push_back(message.utf8_string());
  });

  int rc = 0;
  {
    wxGUIEventLoop loop;
    wxEventLoopActivator active(&loop);
    rc = RUN_ALL_TESTS();
  }
  wxTheApp->OnExit();
  wxEntryCleanup();
  if (xvfb > 0) {
    kill(xvfb, SIGTERM);
    waitpid(xvfb, nullptr, 0);
  }
  return rc;
}
