// Orders the embedded migrations by version and applies the missing ones.
#include "store/migrations.hpp"

#include <SQLiteCpp/Statement.h>

#include <stdexcept>

namespace cdmype::store {

namespace {

int version_of(std::string_view name) {
  int v = 0;
  size_t i = 0;
  for (; i < name.size() && name[i] >= '0' && name[i] <= '9'; ++i) v = v * 10 + (name[i] - '0');
  if (i == 0) throw std::logic_error("migración sin número de versión: " + std::string(name));
  return v;
}

std::vector<Migration> load() {
  std::vector<Migration> out;
  for (const auto& f : embedded_migrations())
    out.push_back(Migration{version_of(f.name), std::string(f.name), f.contents});
  // Files arrive sorted by name; zero-padded numbers make that the version order.
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].version != static_cast<int>(i) + 1)
      throw std::logic_error("las migraciones deben numerarse 0001, 0002, … sin huecos: " +
                             out[i].name);
  return out;
}

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = load();
  return all;
}

int latest_schema_version() { return static_cast<int>(migrations().size()); }

int read_schema_version(SQLite::Database& db) {
  if (!db.tableExists("schema_version")) return 0;
  SQLite::Statement q(db, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
  q.executeStep();
  return q.getColumn(0).getInt();
}

void apply_migrations(SQLite::Database& db, std::span<const Migration> all, int up_to,
                      std::string_view applied_at) {
  db.exec(
      "CREATE TABLE IF NOT EXISTS schema_version ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
  const int current = read_schema_version(db);
  SQLite::Statement record(db,
                           "INSERT INTO schema_version (version, name, applied_at) "
                           "VALUES (?1, ?2, ?3)");
  for (const auto& m : all) {
    if (m.version <= current || m.version > up_to) continue;
    db.exec(std::string(m.sql));
    record.bind(1, m.version);
    record.bind(2, m.name);
    record.bind(3, std::string(applied_at));
    record.exec();
    record.reset();
  }
}

}  // namespace cdmype::store
