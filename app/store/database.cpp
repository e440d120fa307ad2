// Opens a center's database on either engine, then migrates and seeds it the same way on both.
#include "store/database.hpp"

#include <stdexcept>

#include "core/errors.hpp"
#include "store/audit_chain.hpp"
#include "store/audit_seal_upgrade.hpp"
#include "store/center_copy.hpp"
#include "store/clock.hpp"
#include "store/file_mode.hpp"
#include "store/migrations.hpp"
#include "store/identity_sequence.hpp"
#include "store/postgresql/pg_open.hpp"
#include "store/sort_keys.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql/statement.hpp"
#include "store/sqlite/sqlite_open.hpp"
#include "store/territory_seed.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

// After the write lock, before commit: what each engine checks of a migration.
void verify_after_migrating(Connection& c) {
  if (c.engine() == Engine::SQLite) {
    // foreign_keys=ON cannot be switched off inside a transaction, so a future
    // migration that rebuilds a table must keep references valid; verify.
    Statement fk(c, "PRAGMA foreign_key_check");
    if (fk.step())
      throw std::runtime_error("la migración dejó referencias rotas en la tabla " +
                               std::string(fk.text_view(0)));
  } else {
    // Rows written with explicit ids (the territory seed) leave the sequences behind.
    advance_all_identities(c);
  }
}

void migrate_and_seed(Connection& c) {
  const Engine engine = c.engine();
  const int latest = latest_schema_version(engine);
  const int before = read_schema_version(c);
  if (before == latest && !distritos_need_seed(c) && !sort_keys_missing(c)) return;
  WriteTransaction tx(c);
  // Read again under the write lock: another program or seat may have migrated meanwhile.
  const int now = read_schema_version(c);
  if (now > latest) throw UserError(newer_schema_message(now, latest));
  const std::string applied_at = iso_utc(system_clock()());
  apply_migrations(c, migrations(engine), latest, applied_at);
  // Audit entries from before the hash chain (0006) get theirs once, here:
  // SQL alone cannot compute SHA-256; then those from before 0016 get their
  // identifying fields sealed with each person's key.
  if (now < latest) {
    seal_unchained_audit_rows(c);
    seal_personal_audit_fields(c, applied_at);
  }
  seed_distritos(c);
  // The Spanish sort keys (0010) of rows from before it or written by
  // another tool: SQL alone cannot compute them either.
  fill_missing_sort_keys(c);
  verify_after_migrating(c);
  // New tables get the seats', the supervisor's and the backup's privileges.
  if (engine == Engine::PostgreSQL && now < latest)
    for (const auto& f : embedded_postgresql_grants()) c.execute_script(f.contents);
  tx.commit();
}

}  // namespace

Database::Database(const DataSource& source, OpenMode mode) : source_(source) {
  if (source_.is_file()) {
    auto opened = open_sqlite_file(source_.file(), mode);
    created_ = opened.created;
    conn_ = std::move(opened.connection);
  } else {
    auto opened = open_postgresql(source_.uri());
    created_ = opened.empty;
    conn_ = std::move(opened.connection);
  }
  upgrade();
  if (source_.is_file()) restrict_to_owner(source_.file());
  // A center that moved elsewhere keeps this copy only to read.
  if (auto moved = moved_center_notice(*conn_)) conn_->refuse_writes(std::move(*moved));
}

Database::~Database() = default;

SQLite::Database& Database::sqlite() { return sqlite_connection(*conn_).raw(); }

void Database::upgrade() {
  try {
    migrate_and_seed(*conn_);
  } catch (const DbError& e) {
    rethrow_friendly(e);
  }
}

int Database::schema_version() { return read_schema_version(*conn_); }

}  // namespace cdmype::store
