// Database locations under the user's data folder, remembered in wxConfig.
#include "ui/app_paths.hpp"

#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <system_error>

#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

const wxString kLastKey = wxString::FromUTF8("/database/last");

// $XDG_<kind>_HOME, or ~/<fallback> when unset (XDG Base Directory spec).
std::filesystem::path xdg_home(const char* variable, const char* fallback) {
  wxString value;
  if (wxGetEnv(wxString::FromUTF8(variable), &value) && !value.empty())
    return std::filesystem::path(to_utf8(value));
  return std::filesystem::path(to_utf8(wxFileName::GetHomeDir())) / fallback;
}

std::filesystem::path data_dir() {
#ifdef __WXMSW__
  return std::filesystem::path(to_utf8(wxStandardPaths::Get().GetUserDataDir()));
#else
  return xdg_home("XDG_DATA_HOME", ".local/share") / "cdmype";
#endif
}

}  // namespace

std::filesystem::path default_database_path() { return data_dir() / "cdmype.db"; }
std::filesystem::path demo_database_path() { return data_dir() / "demo.db"; }

std::optional<store::DataSource> last_data_source() {
  wxString stored;
  if (wxConfigBase* config = wxConfigBase::Get();
      config && config->Read(kLastKey, &stored) && !stored.empty()) {
    try {
      return store::DataSource::parse(to_utf8(stored));
    } catch (const std::exception&) {
      return std::nullopt;  // an address this version cannot read: ask again
    }
  }
  return std::nullopt;
}

void remember_data_source(const store::DataSource& source) {
  if (wxConfigBase* config = wxConfigBase::Get()) {
    config->Write(kLastKey, to_wx(source.display()));
    config->Flush();
  }
}

void install_config() {
#ifdef __WXMSW__
  const std::filesystem::path file = data_dir() / "cdmype.ini";
#else
  const std::filesystem::path file =
      xdg_home("XDG_CONFIG_HOME", ".config") / "cdmype" / "cdmype.conf";
#endif
  ensure_parent_directory(file);
  delete wxConfigBase::Set(new wxFileConfig(wxString::FromUTF8("cdmype"), wxString(),
                                            to_wx(file.string()), wxString(),
                                            wxCONFIG_USE_LOCAL_FILE));
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
