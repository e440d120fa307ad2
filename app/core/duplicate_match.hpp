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
  std::string nit;  // canonical or empty; may be a DUI (a natural person's NIT)
  std::string nombre;
  int distrito_id = 0;
};

DuplicateKey duplicate_key(const Referral& r);
DuplicateKey duplicate_key(const Enterprise& e);

enum class MatchReason { Dui, Nit, Nombre };
std::string_view match_reason_label(MatchReason reason);  // "mismo DUI", …

// The DUIs that name a person in `key`: its DUI and its NIT when that is a DUI
// (both, one, or none; without repeats).
std::vector<std::string> person_duis(const DuplicateKey& key);

// The reasons `e` is probably the same as `key`: same DUI (the titular's or a
// DUI given as NIT, on either side), same 14-digit NIT, or the
// same name (commercial or titular) once folded — accents, case and spacing
// ignored, "Jose Peña" ~ "José  Pena" — in the same distrito. Empty: no match.
std::vector<MatchReason> match_reasons(const DuplicateKey& key, const Enterprise& e);

}  // namespace cdmype
