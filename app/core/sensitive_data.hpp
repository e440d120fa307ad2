// Who sees a titular's sensitive data (disability, returnee status: Decreto Legislativo 144 counts
// health data as sensitive) and what a save may change of it. One place for the rule: services
// hide and keep the values, the editor asks the same function whether to show the boxes.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/consent.hpp"
#include "core/enterprise.hpp"
#include "core/permissions.hpp"

namespace cdmype {

// The director, and the asesor the file is assigned to (`asesor_id`, 0 when none).
bool may_see_sensitive(const Actor& actor, std::int64_t asesor_id);
inline bool may_see_sensitive(const Actor& actor, const Enterprise& file) {
  return may_see_sensitive(actor, file.asesor_id);
}
// The file as someone who may not see its sensitive data reads it.
void hide_sensitive(Enterprise& file);
// A save by that person keeps what is stored.
void keep_sensitive(Enterprise& edited, const Enterprise& stored);
// Spanish problem when the edit records sensitive data the consent does not cover (a box newly
// ticked without «datos sensibles»); "" when it may be saved. Values already held (history
// imported before consent was recorded) stay.
std::string sensitive_consent_problem(const Titular& before, const Titular& after,
                                      const ConsentState& consent);

}  // namespace cdmype
