// Identification numbers of El Salvador: DUI (with check digit) and NIT.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace cdmype {

// DUI: 8 digits, hyphen, check digit; weights 9..2 over the 8 digits,
// check = (10 − sum mod 10) mod 10. Accepts "012345678" without the hyphen.
// Returns the canonical "01234567-8", or nullopt.
std::optional<std::string> normalize_dui(std::string_view text);

// Spanish message saying what is wrong with a DUI ("" when it is valid).
std::string dui_problem(std::string_view text);

// NIT: 14 digits, with or without hyphens (0614-010190-101-3), or, for a
// natural person, the DUI itself: since the DUI–NIT homologation (Decreto
// Legislativo N.° 203 of 2021, in force since 2022) a person's NIT is their
// DUI number. Returns the canonical "0614-010190-101-3" for a 14-digit NIT,
// the canonical DUI "01234567-8" (check digit verified) for a DUI, or nullopt.
std::optional<std::string> normalize_nit(std::string_view text);
std::string nit_problem(std::string_view text);

// The canonical DUI a NIT stands for when it is one ("01234567-8"); nullopt
// for a 14-digit NIT or an invalid text. Duplicate detection and search use it
// so a DUI typed as NIT and the titular's DUI are the same person.
std::optional<std::string> dui_of_nit(std::string_view text);

// UUID v7 "tttttttt-tttt-7ccc-yxxx-xxxxxxxxxxxx" (time-ordered, 62 random bits) for
// exchange and sync; values from one thread increase strictly.
std::string new_uuid();

}  // namespace cdmype
