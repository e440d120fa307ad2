// Passphrase-encrypted backups: Argon2id derives the key, crypto_secretstream seals 64 KiB chunks.
#include "store/backup_cipher.hpp"

#include <sodium.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "store/backup.hpp"
#include "store/file_mode.hpp"

namespace cdmype::store {

namespace {

constexpr std::string_view kMagic = "CDMYPE-COPIA-CIFRADA-1\n";
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kSealedChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
// The stream's first message, before the copy: only the right passphrase opens it, so a wrong
// one is told apart from damage further on.
constexpr std::string_view kCheck = "CDMYPE-CLAVE-OK";
constexpr std::size_t kSealedCheck = kCheck.size() + crypto_secretstream_xchacha20poly1305_ABYTES;
// Argon2id at libsodium's MODERATE cost (about a second and 256 MiB on an office PC): paid once
// per backup or restore, and by an attacker once per guess.
const std::uint64_t kOpsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
const std::uint64_t kMemLimit = crypto_pwhash_MEMLIMIT_MODERATE;

struct Params {
  std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
  std::uint64_t ops = 0;
  std::uint64_t mem = 0;
};

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

File open_file(const std::filesystem::path& path, const char* mode) {
  File f(std::fopen(path.c_str(), mode), &std::fclose);
  if (!f) {
    const int error = errno;
    throw UserError("No se pudo abrir «" + path.string() + "»: " + file_error_text(error) + ".");
  }
  return f;
}

void put_u64(std::vector<unsigned char>& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<unsigned char>(v >> (8 * i)));
}

std::uint64_t get_u64(const unsigned char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

// The 32-byte key, wiped from memory when it goes out of scope.
struct Key {
  std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> bytes{};
  Key() = default;
  Key(const Key&) = delete;
  Key& operator=(const Key&) = delete;
  ~Key() { sodium_memzero(bytes.data(), bytes.size()); }
};

void derive(Key& key, std::string_view passphrase, const Params& p) {
  if (crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.data(), passphrase.size(),
                    p.salt.data(), p.ops, static_cast<std::size_t>(p.mem),
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw UserError("No hay memoria suficiente para derivar la clave de la copia cifrada (" +
                    std::to_string(p.mem >> 20) + " MiB); cierre otros programas y repita.");
}

void write_all(std::FILE* f, const void* data, std::size_t size, const std::filesystem::path& p) {
  if (size != 0 && std::fwrite(data, 1, size, f) != size) {
    const int error = errno;
    throw UserError("No se pudo escribir «" + p.string() + "»: " + file_error_text(error) + ".");
  }
}

std::string damaged(const std::filesystem::path& p, std::uintmax_t at) {
  return "La copia cifrada «" + p.string() + "» está dañada o incompleta (a partir del byte " +
         std::to_string(at) + "); no se usó nada de ella.";
}

void require_sodium() {
  if (sodium_init() < 0) throw UserError("libsodium no se pudo inicializar.");
}

// Removes `path` unless release() was called: nothing half-written survives an error.
class Discard {
 public:
  explicit Discard(std::filesystem::path path) : path_(std::move(path)) {}
  ~Discard() {
    if (!path_.empty()) {
      std::error_code ec;
      std::filesystem::remove(path_, ec);
    }
  }
  Discard(const Discard&) = delete;
  Discard& operator=(const Discard&) = delete;
  void release() { path_.clear(); }

 private:
  std::filesystem::path path_;
};

const char* const kCancelled = "Copia cifrada cancelada; no se guardó nada.";

// Reads the header of `in`; throws when it is not an encrypted copy or its limits are absurd.
Params read_params(std::FILE* in, const std::filesystem::path& p) {
  std::vector<unsigned char> head(kMagic.size() + crypto_pwhash_SALTBYTES + 16);
  if (std::fread(head.data(), 1, head.size(), in) != head.size() ||
      std::memcmp(head.data(), kMagic.data(), kMagic.size()) != 0)
    throw UserError("«" + p.string() + "» no es una copia cifrada de CDMYPE Desk.");
  Params params;
  std::memcpy(params.salt.data(), head.data() + kMagic.size(), params.salt.size());
  params.ops = get_u64(head.data() + kMagic.size() + params.salt.size());
  params.mem = get_u64(head.data() + kMagic.size() + params.salt.size() + 8);
  // A forged header must not make the program spend hours or all memory.
  if (params.ops < crypto_pwhash_OPSLIMIT_MIN || params.ops > crypto_pwhash_OPSLIMIT_SENSITIVE ||
      params.mem < crypto_pwhash_MEMLIMIT_MIN || params.mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
    throw UserError(damaged(p, kMagic.size() + params.salt.size()));
  return params;
}

// Authenticates every chunk of `in` (positioned after the parameters) with `key`, handing each
// plain chunk to `sink`. The check message failing means the passphrase is not this copy's.
void open_stream(std::FILE* in, const std::filesystem::path& p, const Key& key,
                 const std::function<void(const unsigned char*, std::size_t)>& sink,
                 std::uintmax_t total, const CipherProgress& progress) {
  std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
  std::uintmax_t at = kMagic.size() + crypto_pwhash_SALTBYTES + 16;
  if (std::fread(header.data(), 1, header.size(), in) != header.size())
    throw UserError(damaged(p, at));
  crypto_secretstream_xchacha20poly1305_state state;
  if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header.data(), key.bytes.data()) != 0)
    throw UserError(damaged(p, at));
  at += header.size();
  std::vector<unsigned char> sealed(kSealedChunk), plain(kChunk);
  {
    unsigned long long plain_size = 0;
    if (std::fread(sealed.data(), 1, kSealedCheck, in) != kSealedCheck)
      throw UserError(damaged(p, at));
    if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.data(), &plain_size, nullptr,
                                                   sealed.data(), kSealedCheck, nullptr, 0) != 0)
      throw UserError("La frase de paso no abre la copia cifrada «" + p.string() +
                      "» (revise mayúsculas, acentos y espacios); no se usó nada de ella.");
    if (std::string_view(reinterpret_cast<const char*>(plain.data()), plain_size) != kCheck)
      throw UserError(damaged(p, at));
    at += kSealedCheck;
  }
  for (;;) {
    const std::size_t n = std::fread(sealed.data(), 1, sealed.size(), in);
    unsigned long long plain_size = 0;
    unsigned char tag = 0;
    if (n < crypto_secretstream_xchacha20poly1305_ABYTES ||
        crypto_secretstream_xchacha20poly1305_pull(&state, plain.data(), &plain_size, &tag,
                                                   sealed.data(), n, nullptr, 0) != 0)
      throw UserError(damaged(p, at));
    sink(plain.data(), static_cast<std::size_t>(plain_size));
    at += n;
    if (progress && !progress(at, total)) throw UserError(kCancelled);
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      if (std::fgetc(in) != EOF) throw UserError(damaged(p, at));  // bytes after the end
      return;
    }
    if (n < sealed.size()) throw UserError(damaged(p, at));  // cut off before the last chunk
  }
}

void sync_and_close(File& f, const std::filesystem::path& p) {
  if (std::fflush(f.get()) != 0 || ::fsync(::fileno(f.get())) != 0) {
    const int error = errno;
    throw UserError("No se pudo escribir «" + p.string() + "»: " + file_error_text(error) + ".");
  }
  f.reset();
}

}  // namespace

void require_backup_passphrase(std::string_view passphrase) {
  std::size_t characters = 0;  // UTF-8: every byte that does not continue a character
  for (const char c : passphrase) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (characters < kMinBackupPassphraseLength)
    throw UserError("La frase de paso de la copia cifrada debe tener al menos " +
                    std::to_string(kMinBackupPassphraseLength) +
                    " caracteres; una frase de varias palabras es fácil de recordar.");
}

bool is_encrypted_backup(const std::filesystem::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  std::string head(kMagic.size(), '\0');
  const bool match = std::fread(head.data(), 1, head.size(), f) == head.size() && head == kMagic;
  std::fclose(f);
  return match;
}

std::uintmax_t encrypt_backup(const std::filesystem::path& plain, const std::filesystem::path& dest,
                              std::string_view passphrase, const CipherProgress& progress) {
  require_sodium();
  require_backup_passphrase(passphrase);
  refuse_existing_backup(dest);
  std::error_code ec;
  const std::filesystem::path partial = dest.string() + ".parcial";
  std::filesystem::remove(partial, ec);  // one left by an earlier crash
  create_private_file(partial);
  Discard discard(partial);

  Params params;
  randombytes_buf(params.salt.data(), params.salt.size());
  params.ops = kOpsLimit;
  params.mem = kMemLimit;
  Key key;
  derive(key, passphrase, params);

  const std::uintmax_t total = std::filesystem::file_size(plain);
  {
    File in = open_file(plain, "rb");
    File out = open_file(partial, "wb");
    std::vector<unsigned char> head(kMagic.begin(), kMagic.end());
    head.insert(head.end(), params.salt.begin(), params.salt.end());
    put_u64(head, params.ops);
    put_u64(head, params.mem);
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data(), key.bytes.data());
    head.insert(head.end(), header.begin(), header.end());
    std::array<unsigned char, kSealedCheck> check{};
    crypto_secretstream_xchacha20poly1305_push(
        &state, check.data(), nullptr, reinterpret_cast<const unsigned char*>(kCheck.data()),
        kCheck.size(), nullptr, 0, 0);
    head.insert(head.end(), check.begin(), check.end());
    write_all(out.get(), head.data(), head.size(), partial);

    std::vector<unsigned char> chunk(kChunk), sealed(kSealedChunk);
    std::uintmax_t done = 0;
    do {
      const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), in.get());
      if (n < chunk.size() && std::ferror(in.get()))
        throw UserError("No se pudo leer la copia «" + plain.string() + "».");
      done += n;
      const bool last = done >= total || n < chunk.size();
      unsigned long long sealed_size = 0;
      crypto_secretstream_xchacha20poly1305_push(
          &state, sealed.data(), &sealed_size, chunk.data(), n, nullptr, 0,
          last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
      write_all(out.get(), sealed.data(), static_cast<std::size_t>(sealed_size), partial);
      if (progress && !progress(done / 2, total)) throw UserError(kCancelled);
      if (last) break;
    } while (true);
    sodium_memzero(chunk.data(), chunk.size());
    sync_and_close(out, partial);
  }

  // Read back with the same key before the copy gets its real name.
  {
    File in = open_file(partial, "rb");
    read_params(in.get(), partial);
    const std::uintmax_t size = std::filesystem::file_size(partial);
    open_stream(
        in.get(), partial, key, [](const unsigned char*, std::size_t) {}, size,
        [&](std::uintmax_t at, std::uintmax_t) {
          const std::uintmax_t read = size ? at * (total / 2) / size : 0;
          return !progress || progress(total / 2 + read, total);
        });
  }
  std::filesystem::rename(partial, dest, ec);
  if (ec)
    throw UserError("No se pudo guardar la copia cifrada «" + dest.string() +
                    "»: " + file_error_text(ec.value()) + ".");
  discard.release();
  return std::filesystem::file_size(dest);
}

void decrypt_backup(const std::filesystem::path& encrypted, const std::filesystem::path& plain_dest,
                    std::string_view passphrase, const CipherProgress& progress) {
  require_sodium();
  File in = open_file(encrypted, "rb");
  const Params params = read_params(in.get(), encrypted);
  Key key;
  derive(key, passphrase, params);
  create_private_file(plain_dest);
  Discard discard(plain_dest);
  File out = open_file(plain_dest, "wb");
  const std::uintmax_t total = std::filesystem::file_size(encrypted);
  open_stream(
      in.get(), encrypted, key,
      [&](const unsigned char* data, std::size_t size) {
        write_all(out.get(), data, size, plain_dest);
      },
      total, progress);
  sync_and_close(out, plain_dest);
  discard.release();
}

}  // namespace cdmype::store
