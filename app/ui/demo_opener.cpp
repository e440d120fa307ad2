// Builds or reopens the demonstration database and signs in as the demo director.
#include "ui/demo_opener.hpp"

#include <wx/config.h>
#include <wx/progdlg.h>

#include <chrono>
#include <system_error>

#include "core/dates.hpp"
#include "demo/demo_loader.hpp"
#include "store/clock.hpp"
#include "ui/app_paths.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/startup.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

const wxString kDirectorKey = wxString::FromUTF8("/demo/director");

// The demo's sessions run up to the day it was made; a file from another day
// is regenerated so "this month" has data.
bool made_today(const std::filesystem::path& path) {
  std::error_code ec;
  const auto written = std::filesystem::last_write_time(path, ec);
  if (ec) return false;
  const auto system = std::chrono::file_clock::to_sys(written);
  return store::local_date(system) == store::local_date(std::chrono::system_clock::now());
}

std::optional<DeskContext> reopen(const std::filesystem::path& path) {
  wxString director;
  wxConfigBase* config = wxConfigBase::Get();
  if (!config || !config->Read(kDirectorKey, &director) || director.empty()) return std::nullopt;
  try {
    DeskContext ctx;
    ctx.workspace = std::make_unique<services::Workspace>(services::Workspace::open(path));
    ctx.actor = ctx.workspace->auth().sign_in(to_utf8(director), demo::kDemoPassword);
    ctx.full_name = display_name(*ctx.workspace, ctx.actor);
    ctx.source = store::DataSource(path);
    ctx.demo = true;
    return ctx;
  } catch (const std::exception&) {
    return std::nullopt;  // regenerate instead
  }
}

}  // namespace

std::optional<DeskContext> open_demo(wxWindow* parent) {
  const auto path = demo_database_path();
  std::error_code ec;
  if (std::filesystem::exists(path, ec) && demo::is_demo_database(path) && made_today(path))
    if (auto ctx = reopen(path)) return ctx;

  ensure_parent_directory(path);
  wxProgressDialog progress(_("Demostración — CDMYPE Desk"),
                            _("Preparando el centro de demostración…"), 1000, parent,
                            wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE);
  label_stock_buttons(&progress);
  std::optional<DeskContext> result;
  guarded(parent, [&] {
    const Actor director = demo::create_demo_database(
        path, demo::Scale::Small, [&](const std::string& step, double fraction) {
          const int value = static_cast<int>(fraction * 999);
          return progress.Update(value, _("Generando datos de demostración: ") + to_wx(step));
        });
    progress.Update(1000);
    DeskContext ctx;
    ctx.workspace = std::make_unique<services::Workspace>(services::Workspace::open(path));
    ctx.actor = director;
    ctx.full_name = display_name(*ctx.workspace, director);
    ctx.source = store::DataSource(path);
    ctx.demo = true;
    if (wxConfigBase* config = wxConfigBase::Get()) {
      config->Write(kDirectorKey, to_wx(director.username));
      config->Flush();
    }
    result = std::move(ctx);
  });
  return result;
}

}  // namespace cdmype::ui
