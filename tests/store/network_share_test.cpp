// The network-share warning: magic numbers of network file systems, and a local folder passes.
#include <gtest/gtest.h>

#include <filesystem>

#include "services/network_share_warning.hpp"
#include "store/network_share.hpp"

namespace cdmype::store {
namespace {

TEST(NetworkShare, NetworkFileSystemsAreNamed) {
  EXPECT_EQ(network_filesystem_for_magic(0x6969UL), "NFS");
  EXPECT_EQ(network_filesystem_for_magic(0xFF534D42UL), "SMB/CIFS");
  EXPECT_EQ(network_filesystem_for_magic(0xFE534D42UL), "SMB/CIFS");
  EXPECT_EQ(network_filesystem_for_magic(0x517BUL), "SMB/CIFS");
}

TEST(NetworkShare, LocalFileSystemsAreNot) {
  EXPECT_FALSE(network_filesystem_for_magic(0xEF53UL));      // ext2/3/4
  EXPECT_FALSE(network_filesystem_for_magic(0x01021994UL));  // tmpfs
  EXPECT_FALSE(network_filesystem_for_magic(0x9123683EUL));  // btrfs
  EXPECT_FALSE(network_filesystem_for_magic(0x794C7630UL));  // overlayfs
}

TEST(NetworkShare, ALocalFolderGivesNoWarningForANewOrExistingFile) {
  const auto dir = std::filesystem::temp_directory_path();
  EXPECT_FALSE(network_filesystem_of(dir / "aún-no-existe-Citalá.db"));
  EXPECT_FALSE(network_filesystem_of(dir));
  EXPECT_FALSE(services::network_share_warning(dir / "Peña.db"));
}

}  // namespace
}  // namespace cdmype::store
