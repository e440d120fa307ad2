// Database locations under the user's data folder, remembered in wxConfig.
#include "ui/app_paths.hpp"

#include <system_error>

#include <wx/config.h>
#include <wx/stdpaths.h>

#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

const wxString kLastKey = wxString::FromUTF8("/database/last");

std::filesystem::path data_dir() {
  wxStandardPaths& paths = wxStandardPaths::Get();
  paths.SetFileLayout(wxStandardPaths::FileLayout_XDG);
  return std::filesystem::path(to_utf8(paths.GetUserDataDir()));
}

}  // namespace

std::filesystem::path default_database_path() { return data_dir() / "cdmype.db"; }
std::filesystem::path demo_database_path() { return data_dir() / "demo.db"; }

std::filesystem::path last_database_path() {
  wxString stored;
  if (wxConfigBase* config = wxConfigBase::Get(); config && config->Read(kLastKey, &stored) &&
                                                  !stored.empty())
    return std::filesystem::path(to_utf8(stored));
  return default_database_path();
}

void remember_database_path(const std::filesystem::path& path) {
  if (wxConfigBase* config = wxConfigBase::Get()) {
    config->Write(kLastKey, to_wx(path.string()));
    config->Flush();
  }
}

void ensure_parent_directory(const std::filesystem::path& path) {
  const auto parent = path.parent_path();
  if (parent.empty()) return;
  std::error_code ec;
  if (std::filesystem::exists(parent, ec)) return;
  std::filesystem::create_directories(parent, ec);
  std::filesystem::permissions(parent, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::replace, ec);
}

}  // namespace cdmype::ui
