// The moment a window counts as usable, the same for the hello-world baseline and CDMYPE Desk:
// the first idle event after the frame is shown on screen (its first layout and paint are done).
#pragma once
#include <wx/frame.h>

#include <cstdio>
#include <functional>
#include <memory>

#include "bench_timing.hpp"

namespace cdmype::bench {

// When `frame` is on screen and the event loop first goes idle, prints
// "ready <cpu ms>" on standard output (the parent bench times the line's
// arrival) and runs `then`.
inline void when_usable(wxFrame* frame, std::function<void()> then) {
  auto done = std::make_shared<bool>(false);
  frame->Bind(wxEVT_IDLE, [frame, done, then](wxIdleEvent& event) {
    event.Skip();
    if (*done || !frame->IsShownOnScreen()) return;
    *done = true;
    std::printf("ready %.1f\n", cpu_now_ms());
    std::fflush(stdout);
    frame->CallAfter(then);
  });
}

}  // namespace cdmype::bench
