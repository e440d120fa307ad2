// Duplicate matching of referrals and new files against enterprise files.
#include "core/duplicate_match.hpp"

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

std::vector<MatchReason> match_reasons(const DuplicateKey& key, const Enterprise& e) {
  std::vector<MatchReason> out;
  if (!key.dui.empty() && normalize_dui(e.titular.dui).value_or("") == key.dui)
    out.push_back(MatchReason::Dui);
  if (!key.nit.empty() && normalize_nit(e.nit).value_or("") == key.nit)
    out.push_back(MatchReason::Nit);
  const std::string wanted = fold_for_match(key.nombre);
  // A name alone is common; only within the same distrito is it a hint.
  if (!wanted.empty() && key.distrito_id == e.distrito_id &&
      (fold_for_match(e.titular.nombre) == wanted || fold_for_match(e.nombre) == wanted))
    out.push_back(MatchReason::Nombre);
  return out;
}

}  // namespace cdmype
