// Backups taken off the office PC, encrypted with a passphrase (Decreto Legislativo 144: the
// center answers for the people's data on a lost USB stick too).
//
// File layout, all of it read before anything is written elsewhere:
//   "CDMYPE-COPIA-CIFRADA-1\n"      the magic, so restore knows to ask for the passphrase
//   salt (16 bytes), opslimit and memlimit (8 bytes each, little-endian)   Argon2id's inputs
//   secretstream header (24 bytes)
//   chunks of 64 KiB of the SQLite copy, each sealed with XChaCha20-Poly1305 (libsodium
//   crypto_secretstream); the last carries the FINAL tag, so a cut-off file is detected.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string_view>

namespace cdmype::store {

// Called with bytes done and total; return false to cancel (UserError, nothing kept).
using CipherProgress = std::function<bool(std::uintmax_t done, std::uintmax_t total)>;

// The shortest passphrase accepted: a copy taken out of the office meets guessing at leisure.
constexpr std::size_t kMinBackupPassphraseLength = 12;

// Throws UserError unless `passphrase` is long enough; called before a long copy starts.
void require_backup_passphrase(std::string_view passphrase);

// Whether `path` starts with the magic of an encrypted copy.
bool is_encrypted_backup(const std::filesystem::path& path);

// Writes `plain` encrypted into a new owner-only file `dest` (never overwriting; written under
// "dest.parcial" and renamed only when complete and read back with the passphrase). Refuses a
// passphrase shorter than kMinBackupPassphraseLength. Returns the size written.
std::uintmax_t encrypt_backup(const std::filesystem::path& plain, const std::filesystem::path& dest,
                              std::string_view passphrase, const CipherProgress& progress = {});

// Decrypts `encrypted` into a new owner-only file `plain_dest`. A wrong passphrase and a damaged
// or cut-off file are distinct UserErrors in Spanish; either way `plain_dest` is removed.
void decrypt_backup(const std::filesystem::path& encrypted, const std::filesystem::path& plain_dest,
                    std::string_view passphrase, const CipherProgress& progress = {});

}  // namespace cdmype::store
