// What is left of a person once forgotten (derecho de cancelación / olvido, Decreto Legislativo 144).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/advisory_session.hpp"
#include "core/dates.hpp"
#include "core/enterprise.hpp"
#include "core/referral.hpp"

namespace cdmype {

// What replaces a forgotten person's name, and words or numbers that named
// them inside free text.
inline constexpr std::string_view kForgottenPersonName = "Persona olvidada";
inline constexpr std::string_view kForgottenWord = "[…]";

// How the person was known: every name and number the center recorded for
// them (a titular of several files, the same person referred twice).
struct PersonIdentity {
  std::string dui;  // canonical "01234567-8"
  std::vector<std::string> names;
  std::vector<std::string> phones;
  void add_name(std::string_view name);
  void add_phone(std::string_view phone);
};

// `text` with each word of the person's names (3 letters or more, accents
// and case ignored, name particles such as «del» or «los» kept) and each run
// of digits that spells their DUI or a phone replaced by kForgottenWord.
std::string scrub_person(std::string_view text, const PersonIdentity& who);

// The birth date kept for statistics: the first day of its month. The
// report's «joven» band is measured on a month's last day (15 to 29 years),
// so every monthly and year-to-date figure comes out the same as with the
// exact date, while the day that, with a name, identifies a person is gone.
Date birth_month_only(const Date& born);

// The titular's identifying data replaced; sex, month and year of birth,
// disability and returnee flags, sector, zona, distrito, the workers, sales
// and formalization milestones stay, so reports still count the file.
// A natural person's NIT and NRC are the person's own numbers and go; the
// file's name keeps only what does not name them; its notes go entirely.
void forget_titular(Enterprise& e, const PersonIdentity& who);

// The referred person's name, phone and DUI go; the need and reason keep
// what does not name them; sex, sector, distrito, dates and state stay.
void forget_referral_person(Referral& r, const PersonIdentity& who);

// Sessions keep area, modality, dates and minutes; their texts lose what names the person.
// Returns whether anything changed.
bool scrub_session(AdvisorySession& s, const PersonIdentity& who);

// True when `name` (a training participant) is one of the person's names.
bool is_person_name(std::string_view name, const PersonIdentity& who);

}  // namespace cdmype
