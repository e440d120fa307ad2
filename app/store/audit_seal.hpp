// Which audit snapshot fields identify a person, and sealing them with that person's key.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "store/personal_keys.hpp"

namespace cdmype::store {

// The member that replaces a snapshot's identifying fields:
// "_cifrado":"k<key id>:<field,field,…>:<base64 of nonce and secretbox>".
inline constexpr std::string_view kSealedMember = "_cifrado";
// What a forgotten person's fields read as once their key is gone.
inline constexpr std::string_view kForgottenValue = "[olvidado]";

// The identifying fields of `table`'s snapshots (names, DUI, NIT, phone,
// birth date, free text that may name the person); empty for tables that
// hold no person (users and providers are the center's own contacts).
std::span<const std::string_view> personal_fields(std::string_view table);

// The record whose person a snapshot's identifying fields belong to: the
// file itself for an enterprise, the file a session, AT or result is about,
// the referral or training participant itself.
struct PersonOwner {
  std::string_view table;
  std::int64_t record_id = 0;
};

class AuditSeal {
 public:
  explicit AuditSeal(Connection& db) : keys_(db) {}

  // `json` with the identifying fields moved into the sealed member, keyed
  // to the person (making their key if needed; inside a write transaction).
  // Snapshots of tables without a person, without such fields, or not a
  // flat object are returned as they are.
  std::optional<std::string> seal(std::string_view table, std::int64_t record_id,
                                  const std::optional<std::string>& json, std::string_view now);
  // The snapshot as it was written, fields back in place; a forgotten
  // person's fields read kForgottenValue.
  std::optional<std::string> reveal(const std::optional<std::string>& json);

  PersonalKeys& keys() { return keys_; }

 private:
  PersonalKeys keys_;
};

}  // namespace cdmype::store
