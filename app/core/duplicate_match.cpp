// Duplicate matching of referrals and new files against enterprise files.
#include "core/duplicate_match.hpp"

#include <algorithm>

#include "core/identity.hpp"
#include "core/text.hpp"

namespace cdmype {

DuplicateKey duplicate_key(const Referral& r) {
  return DuplicateKey{normalize_dui(r.dui).value_or(""), "", r.nombre, r.distrito_id};
}

DuplicateKey duplicate_key(const Enterprise& e) {
  return DuplicateKey{normalize_dui(e.titular.dui).value_or(""), normalize_nit(e.nit).value_or(""),
                      e.titular.nombre, e.distrito_id};
}

std::string_view match_reason_label(MatchReason reason) {
  switch (reason) {
    case MatchReason::Dui:
      return "mismo DUI";
    case MatchReason::Nit:
      return "mismo NIT";
    case MatchReason::Nombre:
      return "mismo nombre en el mismo distrito";
  }
  return "";
}

std::vector<std::string> person_duis(const DuplicateKey& key) {
  std::vector<std::string> out;
  if (!key.dui.empty()) out.push_back(key.dui);
  if (auto d = dui_of_nit(key.nit); d && *d != key.dui) out.push_back(*d);
  return out;
}

std::vector<MatchReason> match_reasons(const DuplicateKey& key, const Enterprise& e) {
  std::vector<MatchReason> out;
  const std::vector<std::string> ours = person_duis(key);
  const std::vector<std::string> theirs = person_duis(duplicate_key(e));
  for (const auto& d : ours)
    if (std::find(theirs.begin(), theirs.end(), d) != theirs.end()) {
      out.push_back(MatchReason::Dui);
      break;
    }
  // Two 14-digit NITs; a NIT that is a DUI was compared as a DUI above.
  if (!key.nit.empty() && !dui_of_nit(key.nit) && normalize_nit(e.nit).value_or("") == key.nit)
    out.push_back(MatchReason::Nit);
  const std::string wanted = fold_for_match(key.nombre);
  // A name alone is common; only within the same distrito is it a hint.
  if (!wanted.empty() && key.distrito_id == e.distrito_id &&
      (fold_for_match(e.titular.nombre) == wanted || fold_for_match(e.nombre) == wanted))
    out.push_back(MatchReason::Nombre);
  return out;
}

}  // namespace cdmype
