// Shared by the GUI tests: a ready center database, the main frame, event pumping, clicks and
// screenshots.
#pragma once
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/enterprise.hpp"
#include "core/permissions.hpp"
#include "store/data_source.hpp"
#include "support/center_copies.hpp"
#include "support/temp_dir.hpp"
#include "support/test_postgresql.hpp"
#include "ui/desk_context.hpp"

class wxButton;
class wxWindow;

namespace cdmype::ui {
class MainFrame;
}

namespace cdmype::testing_support {

namespace fs = std::filesystem;

inline constexpr const char* kPassword = "clave-segura-2026";


// Messages the GUI would have shown in a message box, oldest first.
std::vector<std::string>& shown_errors();

// How long a test waits for an event (a worker's end, a debounced search) before it fails. A
// passing test goes on the moment the condition holds, so the bound is generous: only a broken
// test waits this long, and a busy machine (a package install, parallel builds) never reaches it.
// The ui label's ctest TIMEOUT (120 s) is above it, so the failure names the condition.
inline constexpr int kEventWaitMs = 60000;

// Lets wx handle pending events, timers and repaints for `ms` milliseconds (at least one round:
// whatever is already queued, CallAfter and deferred deletes included, is handled). Not a way to
// wait for something a thread or a timer does later: use wait_until for that.
void pump(int ms = 30);
// Pumps until `done()` or the timeout; returns done().
bool wait_until(const std::function<bool()>& done, int timeout_ms = kEventWaitMs);

// Sends the events a real click / Enter key would (handlers run now).
void click(wxButton* button);
void press_enter(wxWindow* text_control);

// Saves what `window` shows on screen as build/screenshots/<name>.png.
// `settle` pumps events first; a step of a ModalScript passes false (the
// modal loop is already painting between steps).
fs::path screenshot(wxWindow* window, const std::string& name, bool settle = true);

// Runs steps one after another from a timer, for driving a modal dialog
// (ShowModal/RunWizard) from inside its own event loop. After the last step,
// or after `timeout_ms`, `on_timeout` is called if the dialog is still up.
// Each step runs inside the modal loop and does its work synchronously, so the
// interval only lets the dialog paint; the timeout only cuts off a script that
// never gets to its end, and is generous because a loaded machine stretches
// every interval and every step.
class ModalScript {
 public:
  ModalScript(std::vector<std::function<void()>> steps, std::function<void()> on_timeout,
              int interval_ms = 150, int timeout_ms = 90000);
  ~ModalScript();
  bool finished() const;

 private:
  struct Impl;
  Impl* impl_;
};

// Ends every modal dialog with Cancelar (the on_timeout of a ModalScript whose dialog may be gone).
void cancel_shown();

// The usual modal step of a GUI test: `open` shows a modal dialog that `steps` drive from inside
// its loop (a ModalScript; the dialog is cancelled if still up at the end). Succeeds when every
// step ran and no error message was shown meanwhile: ASSERT_TRUE(drive_modal(...)).
::testing::AssertionResult drive_modal(const std::function<void()>& open,
                                       std::vector<std::function<void()>> steps);

struct Accounts {
  Actor admin, directora, asesor;
};

// A database with a center in Chalatenango, a director, an asesor and 40
// enterprises (three with "Peña"), copied fresh for every test.
class UiTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Opens the database as `who` (the directora by default).
  ui::DeskContext context(const Actor* who = nullptr);
  ui::MainFrame* open_main_frame(const Actor* who = nullptr);

  TempDir dir;
  fs::path db_path;
  // Where the windows' center is: db_path, or (CDMYPE_TEST_ENGINE=postgresql)
  // a copy of it on the test server.
  store::DataSource source;
  std::optional<PostgresCenterCopy> server_copy;
  Accounts accounts;
  std::int64_t enterprise_count = 0;
  ui::MainFrame* frame = nullptr;
};

}  // namespace cdmype::testing_support
