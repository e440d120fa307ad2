// SQL for app_user; every change of an account is audited in the same transaction.
#include "store/user_repository.hpp"

#include <functional>

#include "core/errors.hpp"
#include "store/stale_record.hpp"
#include "core/identity.hpp"
#include "core/spanish_collation.hpp"
#include "store/json_object.hpp"
#include "store/record_json.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

constexpr const char* kColumns =
    "id, uuid, version, created_at, updated_at, created_by, updated_by, username, full_name, "
    "role, active, must_change_password";

User read_user(Statement& q) {
  User u;
  u.meta.id = q.int64("id");
  u.meta.uuid = q.text("uuid");
  u.meta.version = q.int32("version");
  u.meta.created_at = q.text("created_at");
  u.meta.updated_at = q.text("updated_at");
  u.meta.created_by = column_id(q, "created_by");
  u.meta.updated_by = column_id(q, "updated_by");
  u.username = q.text("username");
  u.full_name = q.text("full_name");
  u.role = column_code<Role>(q, "role");
  u.active = column_bool(q, "active");
  u.must_change_password = column_bool(q, "must_change_password");
  return u;
}

std::optional<User> one(Connection& db, const std::string& where,
                        const std::function<void(Statement&)>& bind) {
  Statement q(db, std::string("SELECT ") + kColumns + " FROM app_user " + where);
  bind(q);
  if (!q.step()) return std::nullopt;
  return read_user(q);
}

// What insert and update both write, under the same parameter names; the
// full name's Spanish sort key (0010) as bytes, so the order is the same
// whatever the engine's text collation.
void bind_account(Statement& st, const Author& who, const User& u) {
  st.bind("full_name", u.full_name);
  bind_code(st, "role", u.role);
  bind_bool(st, "active", u.active);
  bind_bool(st, "must_change_password", u.must_change_password);
  st.bind("at", who.at);
  bind_id_or_null(st, "author", who.user_id);
  st.bind_blob("full_name_orden", spanish_sort_key(u.full_name));
}

}  // namespace

void UserRepository::insert(const Author& who, User& u, const std::string& password_hash) {
  require_transaction(db_);
  if (u.meta.uuid.empty()) u.meta.uuid = new_uuid();
  u.meta.version = 1;
  u.meta.created_at = u.meta.updated_at = who.at;
  u.meta.created_by = u.meta.updated_by = who.user_id;
  Statement ins(db_,
                "INSERT INTO app_user (uuid, username, full_name, role, password_hash, "
                "active, must_change_password, version, created_at, updated_at, "
                "created_by, updated_by, full_name_orden) "
                "VALUES (:uuid, :username, :full_name, :role, :password_hash, :active, "
                ":must_change_password, 1, :at, :at, :author, :author, :full_name_orden) "
                "RETURNING id");
  ins.bind("uuid", u.meta.uuid);
  ins.bind("username", u.username);
  ins.bind("password_hash", password_hash);
  bind_account(ins, who, u);
  try {
    ins.step();
  } catch (const DbError& e) {
    if (e.kind() == DbErrorKind::Unique)
      throw UserError("Ya existe una cuenta con el nombre de usuario «" + u.username + "».");
    throw;
  }
  u.meta.id = ins.int64("id");
  AuditRepository(db_).append(who, AuditOp::Insert, kAuditUser, u.meta.id, std::nullopt,
                              user_json(u));
}

void UserRepository::update(const Author& who, User& u) {
  require_transaction(db_);
  const auto before = get(u.meta.id);
  if (!before) throw UserError("La cuenta «" + u.username + "» ya no existe.");
  if (before->meta.version != u.meta.version)
    throw StaleRecord(stale_record_message(db_, {"esta cuenta", "la"}, before->meta));
  Statement up(db_,
               "UPDATE app_user SET full_name = :full_name, role = :role, active = :active, "
               "must_change_password = :must_change_password, version = version + 1, "
               "updated_at = :at, updated_by = :author, full_name_orden = :full_name_orden "
               "WHERE id = :id");
  up.bind("id", u.meta.id);
  bind_account(up, who, u);
  up.execute();
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
  Statement up(db_,
               "UPDATE app_user SET password_hash = :password_hash, "
               "must_change_password = :must_change_password, failed_attempts = 0, "
               "locked_until = NULL, version = version + 1, updated_at = :at, "
               "updated_by = :author WHERE id = :id");
  up.bind("id", id);
  up.bind("password_hash", hash);
  bind_bool(up, "must_change_password", must_change_password);
  up.bind("at", who.at);
  bind_id_or_null(up, "author", who.user_id);
  up.execute();
  if (audit)
    AuditRepository(db_).append(who, AuditOp::Update, kAuditUser, id, std::nullopt,
                                JsonObject().text("password", "cambiada").str());
}

std::optional<User> UserRepository::get(std::int64_t id) {
  return one(db_, "WHERE id = :id", [&](Statement& q) { q.bind("id", id); });
}

std::optional<User> UserRepository::by_username(std::string_view username) {
  return one(db_, "WHERE username = :username",
             [&](Statement& q) { q.bind("username", username); });
}

std::optional<UserCredentials> UserRepository::credentials(std::string_view username) {
  Statement q(db_, std::string("SELECT ") + kColumns +
                       ", password_hash, failed_attempts, locked_until "
                       "FROM app_user WHERE username = :username");
  q.bind("username", username);
  if (!q.step()) return std::nullopt;
  UserCredentials c;
  c.user = read_user(q);
  c.password_hash = q.text("password_hash");
  c.failed_attempts = q.int32("failed_attempts");
  c.locked_until = column_text(q, "locked_until");
  return c;
}

std::vector<User> UserRepository::list() {
  Statement q(db_, std::string("SELECT ") + kColumns + " FROM app_user ORDER BY username");
  std::vector<User> out;
  while (q.step()) out.push_back(read_user(q));
  return out;
}

std::int64_t UserRepository::count_active_with_role(Role role) {
  Statement q(db_, "SELECT COUNT(*) AS n FROM app_user WHERE role = :role AND active = 1");
  bind_code(q, "role", role);
  q.step();
  return q.int64("n");
}

std::unordered_map<std::string, std::int64_t> UserRepository::ids_by_username() {
  Statement q(db_, "SELECT username, id FROM app_user");
  std::unordered_map<std::string, std::int64_t> out;
  while (q.step()) out[q.text("username")] = q.int64("id");
  return out;
}

void UserRepository::record_failure(std::int64_t id, int failed_attempts,
                                    const std::string& locked_until) {
  require_transaction(db_);
  Statement up(db_,
               "UPDATE app_user SET failed_attempts = :failed_attempts, "
               "locked_until = :locked_until WHERE id = :id");
  up.bind("id", id);
  up.bind("failed_attempts", failed_attempts);
  bind_text_or_null(up, "locked_until", locked_until);
  up.execute();
}

void UserRepository::clear_failures(std::int64_t id) {
  require_transaction(db_);
  Statement up(db_,
               "UPDATE app_user SET failed_attempts = 0, locked_until = NULL "
               "WHERE id = :id AND (failed_attempts <> 0 OR locked_until IS NOT NULL)");
  up.bind("id", id);
  up.execute();
}

}  // namespace cdmype::store
