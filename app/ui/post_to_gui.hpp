// Handing a worker thread's result to the GUI thread, safely after the receiver is gone.
#pragma once
#include <wx/app.h>

#include <memory>

namespace cdmype::ui {

// Runs `call(*shared)` on the GUI thread (wxApp::CallAfter is thread-safe)
// unless `shared->alive` was cleared meanwhile: the job that owned it was
// destroyed, and its window may be too. `alive` is read and written on the
// GUI thread only.
template <class Shared, class Call>
void post_to_gui(const std::shared_ptr<Shared>& shared, Call call) {
  wxTheApp->CallAfter([shared, call] {
    if (shared->alive) call(*shared);
  });
}

}  // namespace cdmype::ui
