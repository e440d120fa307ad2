// The referral (remisión) a municipal ventanilla sends to the center, and its states (§2).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/codes.hpp"
#include "core/enterprise.hpp"

namespace cdmype {

// recibida → asignada (to an asesor) → atendida (linked to a file) | no_procede (reason).
enum class EstadoRemision { Recibida, Asignada, Atendida, NoProcede };

// EstadoRemision joins the vocabularies of codes.hpp (code_of, parse_code, …).
template <>
std::span<const CodeEntry<EstadoRemision>> code_table<EstadoRemision>();
template <>
std::optional<EstadoRemision> parse_code<EstadoRemision>(std::string_view text);
template <>
std::string list_codes<EstadoRemision>();

struct Referral {
  RecordMeta meta;
  // Intake: what the ventanilla owns (a changed file row may update these).
  Date fecha;
  int distrito_id = 0;  // the ventanilla's distrito
  std::string nombre;   // the person referred
  Sexo sexo = Sexo::Mujer;
  std::string telefono;
  std::string dui;  // canonical "01234567-8" or empty
  Sector sector = Sector::Otro;
  std::string necesidad;
  // Center side: what the center owns.
  EstadoRemision estado = EstadoRemision::Recibida;
  std::int64_t asesor_id = 0;      // set from asignada on
  std::int64_t enterprise_id = 0;  // set when atendida
  std::string motivo;              // why no_procede
  // The ventanilla account that recorded it here (0: arrived in a file).
  std::int64_t registrada_por = 0;
};

// The last 8 hex digits of the uuid, as lists show it: random in every
// uuid version (the first digits of time-ordered uuids repeat).
std::string short_id(const Referral& r);

// Spanish problems ("dui: …"), field names as the `remisiones` CSV columns.
std::vector<std::string> validate(const Referral& r);

// Trims the texts and writes a valid DUI in its canonical form, before
// checking or comparing (a re-imported "012345678" is the same DUI).
void canonicalize(Referral& r);

// Whether the intake fields (those the ventanilla owns) differ.
bool same_intake(const Referral& a, const Referral& b);
// Copies the intake fields of `from` onto `to`, leaving the center's fields.
void copy_intake(const Referral& from, Referral& to);

// A new enterprise file pre-filled from the referral: titular, sex, DUI,
// sector, distrito, fuente ventanilla, fecha de ingreso `on`, the asesor the
// referral was assigned to. The caller completes the rest (zona, nombre …).
Enterprise enterprise_from_referral(const Referral& r, const Date& on);

}  // namespace cdmype
