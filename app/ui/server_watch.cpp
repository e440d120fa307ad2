// Polling the change feed on a timer, folding changes into one reload, the lost-server banner.
#include "ui/server_watch.hpp"

#include <wx/dialog.h>
#include <wx/infobar.h>
#include <wx/toplevel.h>

#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"

namespace cdmype::ui {

namespace {

constexpr auto kMinBetweenReloads = std::chrono::seconds(1);

bool a_dialog_is_open() {
  for (const wxWindow* w : wxTopLevelWindows)
    if (const auto* d = dynamic_cast<const wxDialog*>(w); d && d->IsModal()) return true;
  return false;
}

}  // namespace

ServerWatch::ServerWatch(wxWindow* frame, DeskContext& ctx, std::function<void()> reload)
    : frame_(frame), reload_(std::move(reload)), timer_(this) {
  banner_ = new wxInfoBar(frame);
  banner_->SetName(wxString::FromUTF8("server_lost_banner"));
  guarded(frame, [&] { feed_ = ctx.ws().open_change_feed(); });
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { poll_now(); });
  if (feed_) timer_.Start(kPollMs);
}

ServerWatch::~ServerWatch() { timer_.Stop(); }

wxWindow* ServerWatch::banner() const { return banner_; }

void ServerWatch::poll_now() {
  if (!feed_) return;
  const auto batch = feed_->poll();
  if (batch.server_lost != lost_) {
    lost_ = batch.server_lost;
    if (lost_)
      banner_->ShowMessage(
          _("Se perdió la conexión con el servidor del centro. Reintentando cada pocos "
            "segundos… Lo que esté escribiendo se conserva: guárdelo cuando vuelva la conexión."),
          wxICON_WARNING);
    else
      banner_->Dismiss();
    frame_->Layout();
  }
  if (batch.everything || !batch.changes.empty()) pending_ = true;
  if (!pending_ || lost_ || a_dialog_is_open()) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_reload_ < kMinBetweenReloads) return;
  pending_ = false;
  last_reload_ = now;
  ++reloads_;
  reload_();
}

}  // namespace cdmype::ui
