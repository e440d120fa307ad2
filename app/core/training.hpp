// Trainings (capacitaciones) the center gives with partner institutions, and who attended (§2).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/codes.hpp"
#include "core/enterprise.hpp"

namespace cdmype {

struct Training {
  RecordMeta meta;
  std::string titulo;
  std::string tema;
  std::string institucion;  // partner: university, CONAMYPE, INSAFORP, …
  Date fecha;
  int minutos = 0;  // the file says horas ("4", "2.5")
  std::string lugar;
};

// A participant: a person with sex, from an enterprise on file or not.
struct TrainingAttendee {
  RecordMeta meta;
  std::int64_t training_id = 0;
  std::int64_t enterprise_id = 0;  // 0: not an enterprise on file
  std::string nombre;
  Sexo sexo = Sexo::Mujer;
};

std::vector<std::string> validate(const Training& t);
std::vector<std::string> validate(const TrainingAttendee& a);

// "4" / "2.5" / "2,5" hours → minutes (rounded); nullopt when not a positive number.
std::optional<int> parse_hours(std::string_view text);
// 150 → "2.5"; 240 → "4".
std::string hours_text(int minutos);

}  // namespace cdmype
