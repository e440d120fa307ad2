// Moving a whole center between two databases (file ↔ server): every row, then proof it arrived.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/sql/connection.hpp"

namespace cdmype::store {

// Per table: rows in the source, rows in the target, and whether their
// contents (every column of every row, in key order) are the same.
struct TableCopyCheck {
  std::string table;
  std::int64_t source_rows = 0;
  std::int64_t target_rows = 0;
  bool same_content = false;
};

struct CenterCopyResult {
  std::vector<TableCopyCheck> tables;
  bool audit_chain_intact = false;
  bool ok() const;
};

using CopyProgress = std::function<void(const std::string& step, double fraction)>;

// Copies every record of `from` into `to`, a database freshly created by
// this program (schema at the same version, only the seeded catalogs), in
// one write transaction on `to` and one snapshot of `from`. The search index
// and the report aggregates are not copied: the target's triggers build them
// from the rows, and the check below proves they came out equal. Throws
// UserError when `to` already holds a center or the schemas differ; nothing
// of a failed copy is kept.
void copy_center(Connection& from, Connection& to, const CopyProgress& progress);

// The restore of a backup onto the center's server: in one write transaction
// on `to` (a PostgreSQL database that holds a center), every table emptied,
// the audit log included, and `from` copied in as copy_center does; seats are
// told to reload everything. Only the database's owner may (UserError otherwise).
void replace_center(Connection& from, Connection& to, const CopyProgress& progress);

// Compares both databases table by table (counts and contents) and verifies
// the target's audit chain. Reads only.
CenterCopyResult verify_center_copy(Connection& from, Connection& to,
                                    const CopyProgress& progress);

// What a database that is no longer the center's home says when someone
// tries to write to it: where the center lives now and since when.
std::string moved_center_message(const std::string& target, const std::string& when);
// That message when `c` holds the moved marker (settings centro_trasladado_a
// and centro_trasladado_el), else nullopt.
std::optional<std::string> moved_center_notice(Connection& c);

// The tables copy_center writes, parents before children.
std::vector<std::string> copy_order(Connection& c);

}  // namespace cdmype::store
