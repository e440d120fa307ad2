// SQL for app_user; every change of an account is audited in the same transaction.
#include "store/user_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <functional>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/json_object.hpp"
#include "store/record_json.hpp"
#include "store/sort_keys.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

constexpr const char* kColumns =
    "id, uuid, version, created_at, updated_at, created_by, updated_by, username, full_name, "
    "role, active, must_change_password";

User read_user(SQLite::Statement& q) {
  User u;
  u.meta.id = q.getColumn(0).getInt64();
  u.meta.uuid = q.getColumn(1).getString();
  u.meta.version = q.getColumn(2).getInt();
  u.meta.created_at = q.getColumn(3).getString();
  u.meta.updated_at = q.getColumn(4).getString();
  u.meta.created_by = column_id(q.getColumn(5));
  u.meta.updated_by = column_id(q.getColumn(6));
  u.username = q.getColumn(7).getString();
  u.full_name = q.getColumn(8).getString();
  u.role = column_code<Role>(q.getColumn(9));
  u.active = column_bool(q.getColumn(10));
  u.must_change_password = column_bool(q.getColumn(11));
  return u;
}

std::optional<User> one(SQLite::Database& db, const std::string& where,
                        const std::function<void(SQLite::Statement&)>& bind) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM app_user " + where);
  bind(q);
  if (!q.executeStep()) return std::nullopt;
  return read_user(q);
}

}  // namespace

void UserRepository::insert(const Author& who, User& u, const std::string& password_hash) {
  require_transaction(db_);
  if (u.meta.uuid.empty()) u.meta.uuid = new_uuid();
  u.meta.version = 1;
  u.meta.created_at = u.meta.updated_at = who.at;
  u.meta.created_by = u.meta.updated_by = who.user_id;
  SQLite::Statement ins(db_,
                        "INSERT INTO app_user (uuid, username, full_name, role, password_hash, "
                        "active, must_change_password, version, created_at, updated_at, "
                        "created_by, updated_by, full_name_orden) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?8, ?9, ?9, ?10)");
  ins.bind(1, u.meta.uuid);
  ins.bind(2, u.username);
  ins.bind(3, u.full_name);
  bind_code(ins, 4, u.role);
  ins.bind(5, password_hash);
  bind_bool(ins, 6, u.active);
  bind_bool(ins, 7, u.must_change_password);
  ins.bind(8, who.at);
  bind_id_or_null(ins, 9, who.user_id);
  bind_sort_key(ins, 10, u.full_name);
  try {
    ins.exec();
  } catch (const SQLite::Exception& e) {
    if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
      throw UserError("Ya existe una cuenta con el nombre de usuario «" + u.username + "».");
    throw;
  }
  u.meta.id = db_.getLastInsertRowid();
  AuditRepository(db_).append(who, AuditOp::Insert, kAuditUser, u.meta.id, std::nullopt,
                              user_json(u));
}

void UserRepository::update(const Author& who, User& u) {
  require_transaction(db_);
  const auto before = get(u.meta.id);
  if (!before) throw UserError("La cuenta «" + u.username + "» ya no existe.");
  if (before->meta.version != u.meta.version)
    throw StaleRecord("Otra persona modificó esta cuenta (versión " +
                      std::to_string(before->meta.version) +
                      ") desde que usted la abrió; vuelva a abrirla para ver los cambios.");
  SQLite::Statement up(db_,
                       "UPDATE app_user SET full_name = ?2, role = ?3, active = ?4, "
                       "must_change_password = ?5, version = version + 1, updated_at = ?6, "
                       "updated_by = ?7, full_name_orden = ?8 WHERE id = ?1");
  up.bind(1, static_cast<int64_t>(u.meta.id));
  up.bind(2, u.full_name);
  bind_code(up, 3, u.role);
  bind_bool(up, 4, u.active);
  bind_bool(up, 5, u.must_change_password);
  up.bind(6, who.at);
  bind_id_or_null(up, 7, who.user_id);
  bind_sort_key(up, 8, u.full_name);
  up.exec();
  u.username = before->username;  // not renamed here: audit rows keep the name as text
  u.meta = before->meta;
  u.meta.version += 1;
  u.meta.updated_at = who.at;
  u.meta.updated_by = who.user_id;
  AuditRepository(db_).append(who, AuditOp::Update, kAuditUser, u.meta.id, user_json(*before),
                              user_json(u));
}

void UserRepository::set_password_hash(const Author& who, std::int64_t id, const std::string& hash,
                                       bool must_change_password, bool audit) {
  require_transaction(db_);
  SQLite::Statement up(db_,
                       "UPDATE app_user SET password_hash = ?2, must_change_password = ?3, "
                       "failed_attempts = 0, locked_until = NULL, version = version + 1, "
                       "updated_at = ?4, updated_by = ?5 WHERE id = ?1");
  up.bind(1, static_cast<int64_t>(id));
  up.bind(2, hash);
  bind_bool(up, 3, must_change_password);
  up.bind(4, who.at);
  bind_id_or_null(up, 5, who.user_id);
  up.exec();
  if (audit)
    AuditRepository(db_).append(who, AuditOp::Update, kAuditUser, id, std::nullopt,
                                JsonObject().text("password", "cambiada").str());
}

std::optional<User> UserRepository::get(std::int64_t id) {
  return one(db_, "WHERE id = ?1",
             [&](SQLite::Statement& q) { q.bind(1, static_cast<int64_t>(id)); });
}

std::optional<User> UserRepository::by_username(std::string_view username) {
  return one(db_, "WHERE username = ?1",
             [&](SQLite::Statement& q) { q.bind(1, std::string(username)); });
}

std::optional<UserCredentials> UserRepository::credentials(std::string_view username) {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns +
                               ", password_hash, failed_attempts, locked_until "
                               "FROM app_user WHERE username = ?1");
  q.bind(1, std::string(username));
  if (!q.executeStep()) return std::nullopt;
  UserCredentials c;
  c.user = read_user(q);
  c.password_hash = q.getColumn(12).getString();
  c.failed_attempts = q.getColumn(13).getInt();
  c.locked_until = column_text(q.getColumn(14));
  return c;
}

std::vector<User> UserRepository::list() {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns + " FROM app_user ORDER BY username");
  std::vector<User> out;
  while (q.executeStep()) out.push_back(read_user(q));
  return out;
}

std::int64_t UserRepository::count_active_with_role(Role role) {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM app_user WHERE role = ?1 AND active = 1");
  bind_code(q, 1, role);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::unordered_map<std::string, std::int64_t> UserRepository::ids_by_username() {
  SQLite::Statement q(db_, "SELECT username, id FROM app_user");
  std::unordered_map<std::string, std::int64_t> out;
  while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
  return out;
}

void UserRepository::record_failure(std::int64_t id, int failed_attempts,
                                    const std::string& locked_until) {
  require_transaction(db_);
  SQLite::Statement up(db_,
                       "UPDATE app_user SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1");
  up.bind(1, static_cast<int64_t>(id));
  up.bind(2, failed_attempts);
  bind_text_or_null(up, 3, locked_until);
  up.exec();
}

void UserRepository::clear_failures(std::int64_t id) {
  require_transaction(db_);
  SQLite::Statement up(db_,
                       "UPDATE app_user SET failed_attempts = 0, locked_until = NULL "
                       "WHERE id = ?1 AND (failed_attempts <> 0 OR locked_until IS NOT NULL)");
  up.bind(1, static_cast<int64_t>(id));
  up.exec();
}

}  // namespace cdmype::store
