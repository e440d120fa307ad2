// Computes, verifies and (at upgrade) seals the audit log's hash chain.
#include "store/audit_chain.hpp"

#include <sodium.h>

#include <stdexcept>

#include "store/sql/catalog.hpp"

namespace cdmype::store {

namespace {

// The entry's columns, then its stored hash.
const std::string kRowColumns = std::string(kAuditEntryColumns) + ", chain_hash";

// Fields go in as tag + 8-byte length + bytes; NULL as its own tag.
class Hasher {
 public:
  Hasher() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium no se pudo inicializar");
    crypto_hash_sha256_init(&state_);
  }
  void text(std::string_view v) {
    unsigned char head[9] = {'S'};
    std::uint64_t n = v.size();
    for (int i = 1; i < 9; ++i, n >>= 8) head[i] = static_cast<unsigned char>(n & 0xff);
    crypto_hash_sha256_update(&state_, head, sizeof head);
    crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(v.data()), v.size());
  }
  void optional_text(const std::optional<std::string>& v) {
    if (v) {
      text(*v);
    } else {
      const unsigned char null_tag = 'N';
      crypto_hash_sha256_update(&state_, &null_tag, 1);
    }
  }
  void number(std::int64_t v) { text(std::to_string(v)); }
  std::string hex() {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state_, digest);
    char out[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(out, sizeof out, digest, sizeof digest);
    return std::string(out, crypto_hash_sha256_BYTES * 2);
  }

 private:
  crypto_hash_sha256_state state_{};
};

}  // namespace

std::string audit_chain_hash(std::string_view previous, const AuditEntry& e) {
  Hasher h;
  h.text(previous);
  h.number(e.id);
  h.text(e.at);
  h.number(e.user_id);
  h.text(e.username);
  h.text(e.operation);
  h.text(e.table_name);
  h.number(e.record_id);
  h.optional_text(e.before_json);
  h.optional_text(e.after_json);
  return h.hex();
}

AuditChainHead read_audit_chain_head(Statement& head) {
  AuditChainHead out;
  if (head.step()) {
    out.id = head.int64("id");
    out.hash = head.text("chain_hash");  // NULL → "" (never once the upgrade sealed)
  }
  head.reset();
  return out;
}

std::optional<AuditChainBreak> first_audit_chain_break(Connection& db) {
  Statement q(db, "SELECT " + kRowColumns + " FROM audit_log ORDER BY id");
  q.stream_rows();
  std::string previous;
  while (q.step()) {
    const AuditEntry e = read_audit_entry(q);
    const auto stored = q.optional_text("chain_hash");
    if (!stored || *stored != audit_chain_hash(previous, e))
      return AuditChainBreak{e.id, e.table_name, e.at};
    previous = *stored;
  }
  return std::nullopt;
}

std::int64_t seal_unchained_audit_rows(Connection& db) {
  if (!column_exists(db, "audit_log", "chain_hash")) return 0;
  Statement unsealed(
      db, "SELECT " + kRowColumns + " FROM audit_log WHERE chain_hash IS NULL ORDER BY id");
  Statement before(
      db, "SELECT chain_hash FROM audit_log WHERE id < :id ORDER BY id DESC LIMIT 1");
  Statement seal(db, "UPDATE audit_log SET chain_hash = :hash WHERE id = :id");
  std::string previous;
  std::int64_t sealed = 0;
  while (unsealed.step()) {
    const AuditEntry e = read_audit_entry(unsealed);
    if (sealed == 0) {  // continue from whatever precedes the first unsealed row
      before.bind("id", e.id);
      if (before.step()) previous = before.text("chain_hash");
    }
    previous = audit_chain_hash(previous, e);
    seal.bind("id", e.id);
    seal.bind("hash", previous);
    seal.execute();
    ++sealed;
  }
  return sealed;
}

}  // namespace cdmype::store
