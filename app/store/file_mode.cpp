// Creates and tightens owner-only files with POSIX calls (no umask games: umask is process-wide).
#include "store/file_mode.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "core/errors.hpp"

namespace cdmype::store {

void create_private_file(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    const int error = errno;
    throw UserError("No se pudo crear el archivo «" + path.string() +
                    "»: " + file_error_text(error) + ".");
  }
  // The mode given to open() is masked by umask; make sure it is exactly 0600.
  ::fchmod(fd, 0600);
  ::close(fd);
}

int recreate_private_file(const std::filesystem::path& path) noexcept {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) return errno;
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return errno;
  ::fchmod(fd, 0600);
  ::close(fd);
  return 0;
}

void restrict_to_owner(const std::filesystem::path& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    const std::string p = path.string() + suffix;
    struct stat st {};
    if (::stat(p.c_str(), &st) == 0 && (st.st_mode & 0777) != 0600) ::chmod(p.c_str(), 0600);
  }
}

}  // namespace cdmype::store
