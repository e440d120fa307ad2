// statfs-based detection: the magic numbers are those of linux/magic.h and the
// cifs/smb3 clients (not all are in the headers Debian ships).
#include "store/network_share.hpp"

#include <sys/vfs.h>

#include <system_error>

namespace cdmype::store {

std::optional<std::string> network_filesystem_for_magic(unsigned long f_type) {
  switch (f_type) {
    case 0x6969UL:  // NFS_SUPER_MAGIC
      return "NFS";
    case 0x517BUL:      // SMB_SUPER_MAGIC
    case 0xFF534D42UL:  // CIFS_MAGIC_NUMBER
    case 0xFE534D42UL:  // SMB2_MAGIC_NUMBER
      return "SMB/CIFS";
    case 0x564C5EUL:  // NCP_SUPER_MAGIC
      return "NetWare";
    case 0x73757245UL:  // CODA_SUPER_MAGIC
      return "Coda";
    case 0x5346414FUL:  // AFS_SUPER_MAGIC
    case 0x6B414653UL:  // AFS_FS_MAGIC
      return "AFS";
    case 0x19830326UL:  // FHGFS / BeeGFS
      return "BeeGFS";
    case 0x01021997UL:  // V9FS_MAGIC (9p shares of virtual machines)
      return "9P";
    default:
      return std::nullopt;
  }
}

std::optional<std::string> network_filesystem_of(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path probe = path;
  if (!std::filesystem::exists(probe, ec)) probe = path.parent_path();
  if (probe.empty()) probe = ".";
  struct statfs info {};
  if (::statfs(probe.c_str(), &info) != 0) return std::nullopt;
  return network_filesystem_for_magic(static_cast<unsigned long>(info.f_type));
}

}  // namespace cdmype::store
