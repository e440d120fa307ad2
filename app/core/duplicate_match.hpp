// Duplicate suggestions: is a referral (or new file) probably an enterprise already on file?
#pragma once
#include <string>
#include <vector>

#include "core/enterprise.hpp"
#include "core/referral.hpp"

namespace cdmype {

// What identifies a person or business across records.
struct DuplicateKey {
  std::string dui;  // canonical or empty
  std::string nit;  // canonical or empty
  std::string nombre;
  int distrito_id = 0;
};

DuplicateKey duplicate_key(const Referral& r);
DuplicateKey duplicate_key(const Enterprise& e);

enum class MatchReason { Dui, Nit, Nombre };
std::string_view match_reason_label(MatchReason reason);  // "mismo DUI", …

// The reasons `e` is probably the same as `key`: same DUI, same NIT, or the
// same name (commercial or titular) once folded — accents, case and spacing
// ignored, "Jose Peña" ~ "José  Pena" — in the same distrito. Empty: no match.
std::vector<MatchReason> match_reasons(const DuplicateKey& key, const Enterprise& e);

}  // namespace cdmype
