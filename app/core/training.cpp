// Checks of trainings and attendees, and the hours ↔ minutes of the `capacitaciones` file.
#include "core/training.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/text.hpp"

namespace cdmype {
namespace {

// A training longer than a week of full days is a typing mistake.
constexpr int kMaxTrainingMinutes = 7 * 24 * 60;

}  // namespace

std::vector<std::string> validate(const Training& t) {
  std::vector<std::string> p;
  if (trim(t.titulo).empty()) p.push_back("titulo: falta el título de la capacitación");
  if (t.fecha.is_special()) p.push_back("fecha: falta la fecha de la capacitación");
  if (t.minutos <= 0 || t.minutos > kMaxTrainingMinutes)
    p.push_back("horas: la duración va en horas, más de 0 y hasta " +
                std::to_string(kMaxTrainingMinutes / 60));
  return p;
}

std::vector<std::string> validate(const TrainingAttendee& a) {
  std::vector<std::string> p;
  if (a.training_id <= 0) p.push_back("capacitacion: falta la capacitación");
  if (trim(a.nombre).empty()) p.push_back("nombre: falta el nombre de la persona participante");
  return p;
}

std::optional<int> parse_hours(std::string_view text) {
  std::string t = trim(text);
  for (char& c : t)
    if (c == ',') c = '.';
  if (t.empty()) return std::nullopt;
  double hours = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), hours);
  if (ec != std::errc() || end != t.data() + t.size() || !(hours > 0) || hours > 1e6)
    return std::nullopt;
  return static_cast<int>(std::lround(hours * 60.0));
}

std::string hours_text(int minutos) {
  if (minutos % 60 == 0) return std::to_string(minutos / 60);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", minutos / 60.0);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  return s;
}

}  // namespace cdmype
