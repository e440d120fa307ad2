// SQLite statements over the C API (bind by name, columns by position) and transactions.
#include "store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

#include <chrono>
#include <stdexcept>
#include <type_traits>
#include <variant>
#include <vector>

namespace cdmype::store {

namespace {

DbErrorKind kind_of(int extended) {
  switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return DbErrorKind::Unique;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return DbErrorKind::ForeignKey;
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_TRIGGER:
      return DbErrorKind::Check;
    case SQLITE_CONSTRAINT_NOTNULL:
      return DbErrorKind::NotNull;
    default:
      break;
  }
  switch (extended & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return DbErrorKind::Busy;
    case SQLITE_FULL:
      return DbErrorKind::DiskFull;
    case SQLITE_READONLY:
      return DbErrorKind::ReadOnly;
    case SQLITE_NOTADB:
      return DbErrorKind::NotADatabase;
    case SQLITE_CORRUPT:
      return DbErrorKind::Corrupt;
    case SQLITE_CONSTRAINT:
      return DbErrorKind::Check;
    default:
      return DbErrorKind::Other;
  }
}

[[noreturn]] void throw_last(sqlite3* db) {
  throw sqlite_error(sqlite3_extended_errcode(db), sqlite3_errmsg(db));
}

class SqliteStatement final : public StatementImpl {
 public:
  SqliteStatement(sqlite3* db, std::string_view sql) : db_(db) {
    const char* tail = nullptr;
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt_, &tail) != SQLITE_OK)
      throw_last(db);
    if (!stmt_) throw std::logic_error("consulta vacía");
    const int n = sqlite3_bind_parameter_count(stmt_);
    for (int i = 1; i <= n; ++i) {
      const char* name = sqlite3_bind_parameter_name(stmt_, i);
      if (!name || name[0] != ':')
        throw std::logic_error("los parámetros se escriben :nombre (consulta: " +
                               std::string(sql.substr(0, 60)) + "…)");
      names_.emplace_back(name + 1);
    }
  }
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  int parameter_count() const override { return static_cast<int>(names_.size()); }
  std::string_view parameter_name(int index) const override {
    return names_[static_cast<size_t>(index)];
  }

  void bind_null(int index, SqlType) override { check(sqlite3_bind_null(stmt_, index + 1)); }
  void bind_int64(int index, std::int64_t value) override {
    check(sqlite3_bind_int64(stmt_, index + 1, value));
  }
  void bind_real(int index, double value) override {
    check(sqlite3_bind_double(stmt_, index + 1, value));
  }
  void bind_text(int index, std::string_view value) override {
    // A default string_view has no data pointer, which SQLite would store as NULL.
    check(sqlite3_bind_text64(stmt_, index + 1, value.data() ? value.data() : "", value.size(),
                              SQLITE_TRANSIENT, SQLITE_UTF8));
  }
  void bind_blob(int index, std::string_view bytes) override {
    check(sqlite3_bind_blob64(stmt_, index + 1, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
  }

  bool step() override {
    if (done_) return false;
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    done_ = true;
    if (rc == SQLITE_DONE) {
      changes_ = sqlite3_changes64(db_);
      return false;
    }
    // sqlite3_reset returns the statement's error; keep the message before it.
    const int extended = sqlite3_extended_errcode(db_);
    std::string message = sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    throw sqlite_error(extended, std::move(message));
  }
  std::int64_t changes() override { return changes_; }
  void reset() override {
    sqlite3_reset(stmt_);
    done_ = false;
    changes_ = 0;
  }

  int column_count() override { return sqlite3_column_count(stmt_); }
  std::string_view column_name(int index) override {
    return sqlite3_column_name(stmt_, index);
  }
  bool is_null(int index) override { return sqlite3_column_type(stmt_, index) == SQLITE_NULL; }
  SqlType column_type(int index) override {
    switch (sqlite3_column_type(stmt_, index)) {
      case SQLITE_INTEGER:
        return SqlType::Integer;
      case SQLITE_FLOAT:
        return SqlType::Real;
      case SQLITE_BLOB:
        return SqlType::Blob;
      default:
        return SqlType::Text;
    }
  }
  std::int64_t int64(int index) override { return sqlite3_column_int64(stmt_, index); }
  double real(int index) override { return sqlite3_column_double(stmt_, index); }
  std::string_view text(int index) override {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
    if (!p) return {};
    return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, index))};
  }
  std::string blob(int index) override {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, index));
    if (!p) return {};
    return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, index))};
  }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) throw_last(db_);
  }

  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  std::vector<std::string> names_;
  bool done_ = false;
  std::int64_t changes_ = 0;
};

// A reused INSERT with positional names :v0, :v1… — inside the caller's
// transaction SQLite needs nothing faster.
class SqliteBulkWriter final : public BulkWriter {
 public:
  SqliteBulkWriter(sqlite3* db, std::string_view table, const std::vector<std::string>& columns)
      : insert_(db, insert_sql(table, columns)), width_(columns.size()) {}

  void row(const std::vector<SqlValue>& values) override {
    if (values.size() != width_) throw std::logic_error("fila con otro número de columnas");
    for (size_t i = 0; i < values.size(); ++i) {
      const int k = static_cast<int>(i);
      std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, SqlNull>)
              insert_.bind_null(k, SqlType::Text);
            else if constexpr (std::is_same_v<T, std::int64_t>)
              insert_.bind_int64(k, v);
            else if constexpr (std::is_same_v<T, double>)
              insert_.bind_real(k, v);
            else if constexpr (std::is_same_v<T, std::string>)
              insert_.bind_text(k, v);
            else
              insert_.bind_blob(k, v.bytes);
          },
          values[i]);
    }
    while (insert_.step()) {
    }
    insert_.reset();
  }
  void finish() override {}

 private:
  static std::string insert_sql(std::string_view table, const std::vector<std::string>& columns) {
    std::string names, values;
    for (size_t i = 0; i < columns.size(); ++i) {
      names += (i ? ", " : "") + columns[i];
      values += (i ? ", :v" : ":v") + std::to_string(i);
    }
    return "INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" + values + ")";
  }

  SqliteStatement insert_;
  size_t width_;
};

// busy_timeout lets one BEGIN IMMEDIATE wait 5 s, polling with pauses that
// grow to 100 ms; a writer that commits and begins again at once can win
// every poll and starve the other for longer than that (seen with two
// writers on a loaded machine). Beginning again restarts the short polls,
// so the waiting writer gets its turn; only a database held this long
// reaches the person as "ocupada".
constexpr auto kKeepTryingFor = std::chrono::seconds(30);

}  // namespace

DbError sqlite_error(int extended, std::string message) {
  const char* name = sqlite3_errstr(extended);
  return DbError(kind_of(extended), Engine::SQLite,
                 std::string(name ? name : "error") + " (" + std::to_string(extended) + ")",
                 std::move(message));
}

DbError sqlite_error(const SQLite::Exception& e) {
  return sqlite_error(e.getExtendedErrorCode(), e.what());
}

SqliteConnection::SqliteConnection(const std::filesystem::path& path, bool create)
    : path_(path),
      db_(path.string(), SQLite::OPEN_READWRITE | (create ? SQLite::OPEN_CREATE : 0)) {}

std::unique_ptr<StatementImpl> SqliteConnection::prepare(std::string_view sql) {
  return std::make_unique<SqliteStatement>(db_.getHandle(), sql);
}

std::unique_ptr<BulkWriter> SqliteConnection::bulk_insert(std::string_view table,
                                                         const std::vector<std::string>& columns) {
  return std::make_unique<SqliteBulkWriter>(db_.getHandle(), table, columns);
}

void SqliteConnection::execute_script(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_.getHandle(), text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string detail = message ? message : "";
    sqlite3_free(message);
    throw sqlite_error(sqlite3_extended_errcode(db_.getHandle()), std::move(detail));
  }
}

void SqliteConnection::begin_write() {
  const auto give_up = std::chrono::steady_clock::now() + kKeepTryingFor;
  for (;;) {
    try {
      execute_script("BEGIN IMMEDIATE");
      return;
    } catch (const DbError& e) {
      if (e.kind() != DbErrorKind::Busy || std::chrono::steady_clock::now() >= give_up) throw;
    }
  }
}

// A deferred transaction's first read fixes the snapshot (WAL): every later
// statement of it sees the same committed state, whatever other connections write.
void SqliteConnection::begin_snapshot() {
  execute_script("BEGIN DEFERRED");
  execute_script("SELECT 1 FROM sqlite_master LIMIT 1");
}

void SqliteConnection::commit() { execute_script("COMMIT"); }

void SqliteConnection::rollback() noexcept {
  if (!sqlite3_get_autocommit(db_.getHandle())) db_.tryExec("ROLLBACK");
}

bool SqliteConnection::in_transaction() { return sqlite3_get_autocommit(db_.getHandle()) == 0; }

SqliteConnection& sqlite_connection(Connection& c) {
  auto* s = dynamic_cast<SqliteConnection*>(&c);
  if (!s) throw std::logic_error("esta operación solo existe para una base de datos SQLite");
  return *s;
}

}  // namespace cdmype::store
