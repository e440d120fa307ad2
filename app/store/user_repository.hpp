// The app_user table: accounts, password hashes, sign-in failures and lockout.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/user.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// What sign-in needs and the User record does not carry.
struct UserCredentials {
  User user;
  std::string password_hash;
  int failed_attempts = 0;
  std::string locked_until;  // ISO UTC, empty when not locked
};

class UserRepository {
 public:
  explicit UserRepository(Connection& db) : db_(db) {}

  // Fills u.meta (id, version 1, timestamps, authors) and writes the audit row.
  void insert(const Author& who, User& u, const std::string& password_hash);
  // Full name, role, active, must_change_password; optimistic version check
  // (StaleRecord). Fills u.meta with the new version.
  void update(const Author& who, User& u);
  // Audited as {"password":"cambiada"}; never the hash itself. `audit` is
  // false only for the silent rehash upgrade at sign-in.
  void set_password_hash(const Author& who, std::int64_t id, const std::string& hash,
                         bool must_change_password, bool audit = true);

  std::optional<User> get(std::int64_t id);
  std::optional<User> by_username(std::string_view username);
  std::optional<UserCredentials> credentials(std::string_view username);
  std::vector<User> list();  // by username
  std::int64_t count_active_with_role(Role role);
  std::unordered_map<std::string, std::int64_t> ids_by_username();

  // Sign-in bookkeeping; not audited (not case data, and a typo is not a change).
  void record_failure(std::int64_t id, int failed_attempts, const std::string& locked_until);
  void clear_failures(std::int64_t id);

 private:
  Connection& db_;
};

}  // namespace cdmype::store
