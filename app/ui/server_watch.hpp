// Keeps a window in step with the other seats: their changes reload what is shown; a lost server
// shows a banner until it is back.
#pragma once
#include <wx/event.h>
#include <wx/timer.h>

#include <chrono>
#include <functional>
#include <memory>

#include "store/change_feed.hpp"

class wxInfoBar;
class wxWindow;

namespace cdmype::ui {

struct DeskContext;

class ServerWatch : public wxEvtHandler {
 public:
  // `reload` refreshes the visible screen; called at most once a second, never
  // while a dialog is open (the person may be typing in it), and after a
  // reconnection whatever the feed says.
  ServerWatch(wxWindow* frame, DeskContext& ctx, std::function<void()> reload);
  ~ServerWatch() override;

  wxWindow* banner() const;
  bool server_lost() const { return lost_; }
  // Other seats' notices reach this window from now on.
  bool listening() const { return feed_ && feed_->listening(); }
  int reloads() const { return reloads_; }
  // What the timer does every half second.
  void poll_now();

  static constexpr int kPollMs = 500;

 private:
  wxWindow* frame_;
  std::function<void()> reload_;
  std::unique_ptr<store::ChangeFeed> feed_;
  wxTimer timer_;
  wxInfoBar* banner_;
  bool pending_ = false;
  bool lost_ = false;
  int reloads_ = 0;
  std::chrono::steady_clock::time_point last_reload_{};
};

}  // namespace cdmype::ui
