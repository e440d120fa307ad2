// Replaces a forgotten person's identifying data and scrubs free text of their names and numbers.
#include "core/person_forgetting.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "core/identity.hpp"
#include "core/text.hpp"

namespace cdmype {

namespace {

// Words of Spanish names that are also ordinary words: never scrubbed.
constexpr std::array<std::string_view, 6> kNameParticles = {"del", "las", "los",
                                                            "vda", "viuda", "san"};

bool is_ascii_letter(unsigned char c) { return std::isalpha(c) != 0; }
bool is_word_byte(unsigned char c) { return is_ascii_letter(c) || c >= 0x80; }
bool is_digit_byte(unsigned char c) { return c >= '0' && c <= '9'; }

std::string digits_of(std::string_view text) {
  std::string out;
  for (const char c : text)
    if (is_digit_byte(static_cast<unsigned char>(c))) out += c;
  return out;
}

std::set<std::string> name_words(const PersonIdentity& who) {
  std::set<std::string> out;
  for (const auto& name : who.names) {
    const std::string folded = fold_for_match(name);
    size_t i = 0;
    while (i < folded.size()) {
      const size_t end = std::min(folded.find(' ', i), folded.size());
      std::string word = folded.substr(i, end - i);
      if (word.size() >= 3 &&
          std::find(kNameParticles.begin(), kNameParticles.end(), word) == kNameParticles.end())
        out.insert(std::move(word));
      i = end + 1;
    }
  }
  return out;
}

bool names_number(std::string_view run, const PersonIdentity& who) {
  const std::string digits = digits_of(run);
  if (digits.size() < 7) return false;
  const std::string dui = digits_of(who.dui);
  if (dui.size() >= 8 && digits.find(dui.substr(0, 8)) != std::string::npos) return true;
  for (const auto& phone : who.phones) {
    const std::string p = digits_of(phone);
    if (p.size() >= 7 && digits.find(p) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void PersonIdentity::add_name(std::string_view name) {
  const std::string t = trim(name);
  if (!t.empty() && t != kForgottenPersonName &&
      std::find(names.begin(), names.end(), t) == names.end())
    names.push_back(t);
}

void PersonIdentity::add_phone(std::string_view phone) {
  const std::string t = trim(phone);
  if (!t.empty() && std::find(phones.begin(), phones.end(), t) == phones.end())
    phones.push_back(t);
}

std::string scrub_person(std::string_view text, const PersonIdentity& who) {
  const auto words = name_words(who);
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t end = i + 1;
    if (is_word_byte(c)) {
      while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) ++end;
      const std::string_view word = text.substr(i, end - i);
      out += words.contains(fold_for_match(word)) ? std::string(kForgottenWord) : std::string(word);
    } else if (is_digit_byte(c)) {
      // Digits with the hyphens, dots and spaces people write inside numbers.
      while (end < text.size()) {
        const auto d = static_cast<unsigned char>(text[end]);
        const bool joiner = (d == '-' || d == '.' || d == ' ') && end + 1 < text.size() &&
                            is_digit_byte(static_cast<unsigned char>(text[end + 1]));
        if (!is_digit_byte(d) && !joiner) break;
        ++end;
      }
      const std::string_view run = text.substr(i, end - i);
      out += names_number(run, who) ? std::string(kForgottenWord) : std::string(run);
    } else {
      out += static_cast<char>(c);
    }
    i = end;
  }
  return out;
}

Date birth_month_only(const Date& born) { return Date(born.year(), born.month(), 1); }

void forget_titular(Enterprise& e, const PersonIdentity& who) {
  e.titular.nombre = std::string(kForgottenPersonName);
  e.titular.dui.clear();
  if (e.titular.fecha_nacimiento) e.titular.fecha_nacimiento = birth_month_only(*e.titular.fecha_nacimiento);
  const bool nit_is_the_person =
      e.forma_juridica == FormaJuridica::PersonaNatural || dui_of_nit(e.nit) == who.dui;
  if (nit_is_the_person) {
    e.nit.clear();
    if (e.forma_juridica == FormaJuridica::PersonaNatural) e.nrc.clear();
  }
  e.nombre = scrub_person(e.nombre, who);
  if (fold_for_match(e.nombre).empty() || e.nombre.find(kForgottenWord) != std::string::npos)
    e.nombre = "Empresa de persona olvidada";
  e.notas.clear();
}

void forget_referral_person(Referral& r, const PersonIdentity& who) {
  r.nombre = std::string(kForgottenPersonName);
  r.telefono.clear();
  r.dui.clear();
  r.necesidad = scrub_person(r.necesidad, who);
  r.motivo = scrub_person(r.motivo, who);
}

bool scrub_session(AdvisorySession& s, const PersonIdentity& who) {
  bool changed = false;
  for (std::string* field : {&s.tema, &s.diagnostico, &s.acuerdos, &s.proximo_paso}) {
    std::string scrubbed = scrub_person(*field, who);
    if (scrubbed != *field) {
      *field = std::move(scrubbed);
      changed = true;
    }
  }
  return changed;
}

bool is_person_name(std::string_view name, const PersonIdentity& who) {
  const std::string folded = fold_for_match(name);
  return std::any_of(who.names.begin(), who.names.end(),
                     [&](const std::string& n) { return fold_for_match(n) == folded; });
}

}  // namespace cdmype
