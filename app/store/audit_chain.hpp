// Tamper evidence for the audit log: each row carries SHA-256 of the previous row's hash and its
// own content.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "store/audit_repository.hpp"

namespace cdmype::store {

// 64 lower-case hex digits: SHA-256 (libsodium) over `previous` (the hash of
// the row before; empty for the first row) and every field of `entry`, each
// length-prefixed so no two different rows hash alike. A NULL user_id counts
// as 0, as AuditEntry reads it.
std::string audit_chain_hash(std::string_view previous, const AuditEntry& entry);

// The newest row (id 0 and an empty hash when the log is empty); read under
// the write lock, so the next row's id is head.id + 1.
struct AuditChainHead {
  std::int64_t id = 0;
  std::string hash;
};
inline constexpr std::string_view kAuditChainHeadSql =
    "SELECT id, chain_hash FROM audit_log ORDER BY id DESC LIMIT 1";
// Runs `head` (prepared from kAuditChainHeadSql, kept by bulk writers) and resets it.
AuditChainHead read_audit_chain_head(Statement& head);

// The first row, in id order, whose stored hash does not match the one
// recomputed from the row before it: a changed, inserted or deleted row
// (deleting the newest rows is the one change a chain cannot show).
struct AuditChainBreak {
  std::int64_t id = 0;
  std::string table_name;
  std::string at;
};
std::optional<AuditChainBreak> first_audit_chain_break(Connection& db);

// Upgrade step: rows written before the chain existed get their hashes, in
// id order, continuing from the last sealed row. Runs inside the migration's
// transaction; returns how many rows it sealed. A no-op (0) when the log has
// no chain column yet.
std::int64_t seal_unchained_audit_rows(Connection& db);

}  // namespace cdmype::store
