// Scratch folders for tests: one recipe instead of a mkdtemp in every fixture.
#pragma once
#include <filesystem>
#include <string>

namespace cdmype::testing_support {

// A new, empty, owner-only folder "<system temp>/<prefix>-XXXXXX"; throws std::runtime_error
// when it cannot be made. The caller removes it.
std::filesystem::path make_temp_dir(const std::string& prefix);

// Such a folder, removed with everything in it when this goes.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "cdmype-prueba") : path_(make_temp_dir(prefix)) {}
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace cdmype::testing_support
