// A person's consent under the data-protection law (Decreto Legislativo 144): what the titular of
// a file, a referral's person or a training participant agreed to, scope by scope, and their objection (oposición) or limitation. Every change is
// a new record — a grant, a withdrawal, an objection or limitation, or lifting one — and the state
// in force is the fold of the records in order; a record is never edited.
#pragma once
#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"

namespace cdmype {

enum class ConsentScope {
  Atencion,        // atención y expediente: needed to open a file
  Seguimiento,     // seguimiento y encuestas
  Comunicaciones,  // invitations, news
  Sensibles,       // disability and returnee status (express consent)
  Compartir,       // identified data shared with CONAMYPE
};
inline constexpr std::array kConsentScopes{ConsentScope::Atencion, ConsentScope::Seguimiento,
                                           ConsentScope::Comunicaciones, ConsentScope::Sensibles,
                                           ConsentScope::Compartir};
std::string_view consent_scope_code(ConsentScope s);   // "atencion", "seguimiento", …
std::string_view consent_scope_label(ConsentScope s);  // "Atención y expediente", …
// What the person agrees to, as the form prints it beside the box.
std::string_view consent_scope_text(ConsentScope s);
std::optional<ConsentScope> parse_consent_scope(std::string_view code);

// A set of scopes.
class ConsentScopes {
 public:
  ConsentScopes() = default;
  ConsentScopes(std::initializer_list<ConsentScope> scopes) {
    for (auto s : scopes) add(s);
  }
  bool has(ConsentScope s) const { return (bits_ & bit(s)) != 0; }
  void add(ConsentScope s) { bits_ |= bit(s); }
  void remove(ConsentScope s) { bits_ &= ~bit(s); }
  bool empty() const { return bits_ == 0; }
  // "atencion,seguimiento" in kConsentScopes order; "" when empty.
  std::string codes() const;
  // "Atención y expediente, Seguimiento y encuestas": the same, as people read it.
  std::string labels() const;
  // Parses a comma list of codes; nullopt naming nothing when a code is unknown.
  static std::optional<ConsentScopes> parse(std::string_view list);
  bool operator==(const ConsentScopes&) const = default;

 private:
  static unsigned bit(ConsentScope s) { return 1u << static_cast<unsigned>(s); }
  unsigned bits_ = 0;
};

enum class ConsentAction {
  Otorga,      // the scopes the person agreed to, all of them, as ticked on the form
  Retira,      // scopes withdrawn
  Oposicion,   // the person objects: out of surveys, communications and identified exports
  Limitacion,  // processing limited while a request is settled: the same effect
  Levanta,     // the objection or limitation is lifted
};
std::string_view consent_action_code(ConsentAction a);   // "otorga", "retira", …
std::string_view consent_action_label(ConsentAction a);  // "Otorga", "Retira", …
std::optional<ConsentAction> parse_consent_action(std::string_view code);

// The version of the consent text the form prints; a record keeps the one shown.
inline constexpr std::string_view kConsentTextVersion = "CDMYPE-2026-1";

// Whose consent a record is: each person the center records has their own.
enum class ConsentPerson {
  Titular,       // a file's titular (enterprise id)
  Remitido,      // a referral's person, asked at the ventanilla (referral id)
  Participante,  // a training participant without a file (attendee id)
};
struct ConsentSubject {
  ConsentPerson person = ConsentPerson::Titular;
  std::int64_t id = 0;
  bool operator==(const ConsentSubject&) const = default;
};
inline ConsentSubject titular_of(std::int64_t enterprise_id) {
  return {ConsentPerson::Titular, enterprise_id};
}
// What the person's record is called in messages: "el expediente", "la remisión", …
std::string_view consent_person_record(ConsentPerson p);

struct ConsentRecord {
  std::int64_t id = 0;
  ConsentSubject subject;
  ConsentAction accion = ConsentAction::Otorga;
  ConsentScopes scopes;        // granted (Otorga) or withdrawn (Retira); empty otherwise
  Date fecha;                  // when the person signed or asked
  std::string texto_version;   // Otorga: the text shown
  std::string motivo;          // Oposicion, Limitacion, Levanta: why
  std::string registrado_por;  // username
  std::string created_at;      // ISO UTC
};

// A grant keeps the version of the text it was signed on: the current form's when not given.
void stamp_current_text(ConsentRecord& r);

// What is in force after the records, in the order they were made.
struct ConsentState {
  bool registered = false;  // some grant exists; imported history has none
  ConsentScopes granted;
  bool oposicion = false;
  bool limitacion = false;

  bool restricted() const { return oposicion || limitacion; }
  // Surveys and follow-up calls.
  bool may_follow_up() const { return granted.has(ConsentScope::Seguimiento) && !restricted(); }
  bool may_communicate() const {
    return granted.has(ConsentScope::Comunicaciones) && !restricted();
  }
  // Disability and returnee status may be recorded.
  bool may_record_sensitive() const { return granted.has(ConsentScope::Sensibles); }
  // The person's identifying data may leave in an identified export. History imported before
  // consent was recorded keeps the basis it had (flagged on Inicio until regularized); a
  // withdrawal, an objection or a limitation stops it at once.
  bool may_share_identified() const {
    if (restricted()) return false;
    return !registered || granted.has(ConsentScope::Compartir);
  }
};
ConsentState consent_state(std::span<const ConsentRecord> records);

// What the printable consent form carries (report/consent_form_pdf.hpp draws it).
struct ConsentForm {
  ConsentPerson person = ConsentPerson::Titular;  // others: no sensitive data, no file
  std::string centro;
  std::string operador;  // the institution that runs the center ("" when none)
  std::string delegado;  // name and contact ("" until named)
  std::string codigo;    // the file, "" for a new one not stored yet
  std::string empresa;
  std::string titular;
  std::string dui;  // "" when the person has none
  Date fecha;       // the form's date
};

// Spanish problems with a new record given the state before it; empty when it may be recorded.
// Only a file holds sensitive data, so only its titular grants «datos sensibles».
std::vector<std::string> consent_problems(const ConsentState& before, const ConsentRecord& next,
                                          const Date& today);

}  // namespace cdmype
