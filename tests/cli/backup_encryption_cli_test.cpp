// End to end: `backup --cifrar` for copies that leave the office and `restore` of them (Decreto
// Legislativo 144): no readable byte of the center in the file, nothing unencrypted left behind,
// a wrong passphrase or a damaged copy refused with a clear message and nothing changed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

constexpr const char* kPhrase = "guayabas de Citalá en diciembre";

class BackupEncryptionCli : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("center", [](const Cli& fresh) {
      ASSERT_EQ(fresh.init().status, 0);
      ASSERT_EQ(fresh.add_user("ana", "director", "Ana Peña").status, 0);
      ASSERT_EQ(fresh.add_user("mpena", "asesor", "María Peña").status, 0);
      ASSERT_EQ(fresh.add_user("jnino", "asesor", "José Niño").status, 0);
      RunResult r = fresh.as("ana", kUserPassword,
                             {"import", "empresas", fixture("empresas_centro.csv").string()});
      ASSERT_EQ(r.status, 0) << r.err;
    });
  }
  RunResult admin(const std::vector<std::string>& args, const std::string& phrase = kPhrase) {
    return cli.as("admin", kAdminPassword, args, {{"CDMYPE_BACKUP_PASSPHRASE", phrase}});
  }
  std::string enterprises() {
    const auto csv = cli.path("empresas.csv");
    std::filesystem::remove(csv);
    const RunResult r = cli.as("ana", kUserPassword, {"export", "empresas", csv.string()});
    EXPECT_EQ(r.status, 0) << r.err;
    return read_text(csv);
  }
  // Files a backup or restore might have left beside the database (where a file center stages
  // the unencrypted side; the server's is the temporary folder, shared with other tests).
  std::vector<std::string> leftovers() const {
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(cli.dir().path())) {
      const std::string name = entry.path().filename().string();
      if (name.rfind(".cdmype-", 0) == 0 || name.find(".parcial") != std::string::npos)
        found.push_back(name);
    }
    return found;
  }
  void added_since_the_copy() {
    ASSERT_EQ(cli.add_user("lpena", "asesor", "Lucía Peña").status, 0);
  }
  bool has_lpena() {
    return cli.as("admin", kAdminPassword, {"user", "list"}).out.find("lpena") !=
           std::string::npos;
  }

  Cli cli;
};

TEST_F(BackupEncryptionCli, TheCopyHoldsNoReadableDataAndComesBackWithItsPassphrase) {
  const std::string before = enterprises();
  const auto copy = cli.path("copia-usb-ñandú.db");
  RunResult r = admin({"backup", copy.string(), "--cifrar"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("Copia cifrada y verificada en "));
  EXPECT_THAT(r.err, HasSubstr("guárdela aparte"));
  struct stat st {};
  ASSERT_EQ(stat(copy.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  const std::string bytes = read_text(copy);
  EXPECT_THAT(bytes, StartsWith("CDMYPE-COPIA-CIFRADA-1\n"));
  for (const char* plain : {"SQLite format 3", "Panadería", "Peña", "01234567-8", "CH-2026"})
    EXPECT_EQ(bytes.find(plain), std::string::npos) << plain;
  EXPECT_THAT(leftovers(), testing::IsEmpty());

  // Another program cannot open it as a database.
  RunResult foreign = run_program(cli_path(), {"--db", copy.string(), "--user", "admin", "check"},
                                  {{"CDMYPE_PASSWORD", kAdminPassword}});
  EXPECT_NE(foreign.status, 0);

  added_since_the_copy();
  r = admin({"restore", copy.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("La base anterior quedó guardada en "));
  EXPECT_FALSE(has_lpena());
  EXPECT_EQ(enterprises(), before);
  EXPECT_EQ(admin({"check"}).status, 0);
  EXPECT_THAT(leftovers(), testing::IsEmpty());
}

TEST_F(BackupEncryptionCli, AWrongPassphraseOrNoneChangesNothing) {
  const auto copy = cli.path("copia.db");
  ASSERT_EQ(admin({"backup", copy.string(), "--cifrar"}).status, 0);
  added_since_the_copy();

  RunResult wrong = admin({"restore", copy.string()}, "guayabas de Citala en diciembre");
  EXPECT_EQ(wrong.status, 1);
  EXPECT_THAT(wrong.err, HasSubstr("La frase de paso no abre la copia cifrada"));
  EXPECT_THAT(wrong.err, Not(HasSubstr("antes-de-restaurar")));
  RunResult none = cli.as("admin", kAdminPassword, {"restore", copy.string()});
  EXPECT_EQ(none.status, 1);
  EXPECT_THAT(none.err, HasSubstr("Falta la frase de paso: defina CDMYPE_BACKUP_PASSPHRASE"));
  EXPECT_TRUE(has_lpena());
  for (const auto& entry : std::filesystem::directory_iterator(cli.dir().path()))
    EXPECT_EQ(entry.path().filename().string().find("antes-de-restaurar"), std::string::npos);
  EXPECT_THAT(leftovers(), testing::IsEmpty());
}

TEST_F(BackupEncryptionCli, ADamagedOrCutOffCopyIsNamedSoAndRefused) {
  const auto copy = cli.path("copia.db");
  ASSERT_EQ(admin({"backup", copy.string(), "--cifrar"}).status, 0);
  const std::string sound = read_text(copy);
  ASSERT_GT(sound.size(), 70000u) << "more than one chunk, so a later one can be damaged";
  added_since_the_copy();

  std::string flipped = sound;
  flipped[flipped.size() - 100] ^= 0x01;
  write_text(cli.path("dañada.db"), flipped);
  write_text(cli.path("cortada.db"), sound.substr(0, sound.size() - 5000));
  for (const char* name : {"dañada.db", "cortada.db"}) {
    RunResult r = admin({"restore", cli.path(name).string()});
    EXPECT_EQ(r.status, 1) << name;
    EXPECT_THAT(r.err, HasSubstr("está dañada o incompleta")) << name;
  }
  EXPECT_TRUE(has_lpena());
  EXPECT_THAT(leftovers(), testing::IsEmpty());
}

TEST_F(BackupEncryptionCli, APassphraseIsLongAndTypedTwiceTheSame) {
  const auto copy = cli.path("copia.db");
  RunResult short_one = admin({"backup", copy.string(), "--cifrar"}, "Ñandú 2026");
  EXPECT_EQ(short_one.status, 1);
  EXPECT_THAT(short_one.err, HasSubstr("al menos 12 caracteres"));
  EXPECT_FALSE(std::filesystem::exists(copy));

  // Asked on the terminal: twice, and two different answers make no copy.
  RunResult typo = cli.run({"--user", "admin", "backup", copy.string(), "--cifrar"},
                           {{"CDMYPE_PASSWORD", kAdminPassword}},
                           std::string(kPhrase) + "\nguayabas de Citalá en enero\n");
  EXPECT_EQ(typo.status, 1);
  EXPECT_THAT(typo.err, HasSubstr("Repita la frase de paso"));
  EXPECT_THAT(typo.err, HasSubstr("no coinciden"));
  EXPECT_FALSE(std::filesystem::exists(copy));
  RunResult typed = cli.run({"--user", "admin", "backup", copy.string(), "--cifrar"},
                            {{"CDMYPE_PASSWORD", kAdminPassword}},
                            std::string(kPhrase) + "\n" + kPhrase + "\n");
  ASSERT_EQ(typed.status, 0) << typed.err;
  RunResult restored = cli.run({"--user", "admin", "restore", copy.string()},
                               {{"CDMYPE_PASSWORD", kAdminPassword}}, std::string(kPhrase) + "\n");
  EXPECT_EQ(restored.status, 0) << restored.err;
  EXPECT_THAT(leftovers(), testing::IsEmpty());
}

}  // namespace
}  // namespace cdmype::clitest
