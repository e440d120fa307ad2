// Scoring and ordering of the approval queue.
#include "core/priority_score.hpp"

#include <algorithm>

namespace cdmype {
namespace {

constexpr int kMaxWeight = 1000;

void add(ScoredAt& s, bool applies, std::string label, int points) {
  if (!applies || points == 0) return;
  s.parts.push_back({std::move(label), points});
  s.score += points;
}

}  // namespace

std::vector<std::string> validate(const PriorityWeights& w) {
  std::vector<std::string> p;
  const std::pair<const char*, int> weights[] = {
      {"mujer", w.mujer},
      {"rural", w.rural},
      {"asociativa", w.asociativa},
      {"joven", w.joven},
      {"retornado", w.retornado},
      {"primera AT del año", w.primera_at_del_anio},
      {"día de espera", w.por_dia_espera},
  };
  for (const auto& [name, value] : weights)
    if (value < 0 || value > kMaxWeight)
      p.push_back(std::string("peso de ") + name + ": debe estar entre 0 y " +
                  std::to_string(kMaxWeight) + " (es " + std::to_string(value) + ").");
  if (w.max_dias_espera && *w.max_dias_espera < 0)
    p.push_back("máximo de días de espera: no puede ser negativo.");
  return p;
}

ScoredAt score_at(const PendingAt& item, const PriorityWeights& w, const Date& today) {
  ScoredAt s;
  s.item = item;
  const auto& f = item.facts;
  add(s, f.liderada_por_mujer, "mujer", w.mujer);
  add(s, f.rural, "rural", w.rural);
  add(s, f.asociativa, "asociativa", w.asociativa);
  add(s, f.joven, "joven", w.joven);
  add(s, f.retornado, "retornado", w.retornado);
  add(s, item.primera_at_del_anio, "primera AT del año", w.primera_at_del_anio);

  long days = 0;
  if (!item.fecha_solicitud.is_special() && item.fecha_solicitud < today)
    days = (today - item.fecha_solicitud).days();
  const long counted = w.max_dias_espera ? std::min<long>(days, *w.max_dias_espera) : days;
  // The label gives the real wait even when the points stop growing.
  add(s, days > 0, "espera " + std::to_string(days) + (days == 1 ? " día" : " días"),
      static_cast<int>(std::min<long>(counted * w.por_dia_espera, 1'000'000)));

  for (const auto& part : s.parts) {
    if (!s.explanation.empty()) s.explanation += ", ";
    s.explanation += part.label + " +" + std::to_string(part.points);
  }
  if (s.explanation.empty()) s.explanation = "sin puntos de prioridad";
  return s;
}

std::vector<ScoredAt> rank_queue(const std::vector<PendingAt>& pending, const PriorityWeights& w,
                                 const Date& today) {
  std::vector<ScoredAt> out;
  out.reserve(pending.size());
  for (const auto& p : pending) out.push_back(score_at(p, w, today));
  std::stable_sort(out.begin(), out.end(), [](const ScoredAt& a, const ScoredAt& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.item.fecha_solicitud != b.item.fecha_solicitud)
      return a.item.fecha_solicitud < b.item.fecha_solicitud;
    return a.item.codigo < b.item.codigo;
  });
  return out;
}

}  // namespace cdmype
