// Orders the embedded migrations by version and applies the missing ones.
#include "store/migrations.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <stdexcept>

#include "store/sql/catalog.hpp"
#include "store/sql/statement.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

constexpr const char* kVersionSql =
    "SELECT COALESCE(MAX(version), 0) AS version FROM schema_version";

int version_of(std::string_view name) {
  int v = 0;
  size_t i = 0;
  for (; i < name.size() && name[i] >= '0' && name[i] <= '9'; ++i) v = v * 10 + (name[i] - '0');
  if (i == 0) throw std::logic_error("migración sin número de versión: " + std::string(name));
  return v;
}

std::vector<Migration> load(const std::vector<cdmype::EmbeddedFile>& files) {
  std::vector<Migration> out;
  for (const auto& f : files)
    out.push_back(Migration{version_of(f.name), std::string(f.name), f.contents});
  // Files arrive sorted by name; zero-padded numbers make that the version order.
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].version != static_cast<int>(i) + 1)
      throw std::logic_error("las migraciones deben numerarse 0001, 0002, … sin huecos: " +
                             out[i].name);
  return out;
}

// On SQLite the program keeps schema_version itself, created before the
// first file; PostgreSQL's 0001 creates it (db/migrations/postgresql), and a
// table there is created in the migration owner's schema with the owner's grants.
void create_schema_version_table(Connection& db) {
  if (db.engine() == Engine::SQLite)
    db.execute_script(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
}

}  // namespace

const std::vector<Migration>& migrations(Engine engine) {
  static const std::vector<Migration> sqlite = load(embedded_migrations());
  static const std::vector<Migration> postgresql = [] {
    auto all = load(embedded_postgresql_migrations());
    if (all.size() != sqlite.size())
      throw std::logic_error("las migraciones de PostgreSQL no tienen los mismos números que las "
                             "de SQLite (db/migrations/postgresql)");
    return all;
  }();
  return engine == Engine::SQLite ? sqlite : postgresql;
}

int latest_schema_version(Engine engine) { return static_cast<int>(migrations(engine).size()); }

std::string newer_schema_message(int found, int known) {
  return "Esta base de datos fue creada por una versión más nueva de CDMYPE Desk (esquema " +
         std::to_string(found) + "); este programa conoce hasta " + std::to_string(known) +
         ". Actualice el programa.";
}

int read_schema_version(Connection& db) {
  if (!table_exists(db, "schema_version")) return 0;
  return static_cast<int>(query_int64(db, kVersionSql).value_or(0));
}

int read_schema_version(SQLite::Database& db) {
  if (!db.tableExists("schema_version")) return 0;
  SQLite::Statement q(db, kVersionSql);
  q.executeStep();
  return q.getColumn(0).getInt();
}

void apply_migrations(Connection& db, std::span<const Migration> all, int up_to,
                      std::string_view applied_at) {
  require_transaction(db);
  create_schema_version_table(db);
  const int current = read_schema_version(db);
  std::optional<Statement> record;
  for (const auto& m : all) {
    if (m.version <= current || m.version > up_to) continue;
    db.execute_script(m.sql);
    // Prepared after the first file: on PostgreSQL the table exists only once 0001 ran.
    if (!record)
      record.emplace(db,
                     "INSERT INTO schema_version (version, name, applied_at) "
                     "VALUES (:version, :name, :applied_at)");
    record->bind("version", m.version);
    record->bind("name", m.name);
    record->bind("applied_at", applied_at);
    record->execute();
  }
}

}  // namespace cdmype::store
