// The keys that encrypt a person's identifying fields in audit snapshots (table clave_personal, 0016).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "store/sql/statement.hpp"

namespace cdmype::store {

// 32 random bytes (libsodium secretbox) and the row that holds them; audit
// snapshots name the key by its id, so a record that is forgotten and then
// written again gets a new key and the old snapshots stay unreadable.
struct PersonalKey {
  std::int64_t id = 0;
  std::string bytes;
};

class PersonalKeys {
 public:
  explicit PersonalKeys(Connection& db) : db_(db) {}

  // The key of the person held by `table`'s record `record_id`, made on first
  // use; must run inside a write transaction.
  PersonalKey for_owner(std::string_view table, std::int64_t record_id, std::string_view now);
  // nullopt once the person was forgotten (or the key never existed).
  std::optional<std::string> by_id(std::int64_t key_id);
  // Deletes the key of (table, record_id); true when there was one. The
  // caller's transaction makes it final.
  bool destroy(std::string_view table, std::int64_t record_id);

 private:
  Connection& db_;
  std::map<std::pair<std::string, std::int64_t>, PersonalKey> by_owner_;
  std::map<std::int64_t, std::optional<std::string>> by_id_;
};

}  // namespace cdmype::store
