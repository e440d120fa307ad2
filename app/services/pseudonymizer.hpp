// The pseudonymous identifier of a person or an enterprise that CONAMYPE can match across centers
// without seeing a DUI: in pseudonymous exports and in the monthly report package.
#pragma once
#include <string>
#include <string_view>

#include "core/enterprise.hpp"

namespace cdmype::services {

// HMAC-SHA-256 (libsodium) of an identifier under the national key CONAMYPE
// gives every center: the same person or enterprise gets the same 64 hex
// digits at every center, so CONAMYPE counts them once without seeing a DUI.
class Pseudonymizer {
 public:
  explicit Pseudonymizer(std::string national_key);
  // "" for an empty identifier (nothing to match on).
  std::string of(std::string_view identifier) const;
  // A legal person by its NIT; a natural person, or a file without NIT, by
  // the titular's DUI (since the DUI–NIT homologation a person's NIT is their DUI).
  std::string of_enterprise(const Enterprise& e) const;

 private:
  std::string key_;
};

}  // namespace cdmype::services
