// Priority of pending AT requests in the approval queue, with the reasons for each score.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/subsidy_facts.hpp"

namespace cdmype {

// Points per condition; a setting the director can change (product.md §2).
struct PriorityWeights {
  int mujer = 30;
  int rural = 20;
  int asociativa = 15;
  int joven = 10;
  int retornado = 10;
  int primera_at_del_anio = 15;
  int por_dia_espera = 1;
  // Days of waiting that still add points; nullopt: no limit, so an old
  // request keeps rising and none waits forever.
  std::optional<int> max_dias_espera;

  friend bool operator==(const PriorityWeights&, const PriorityWeights&) = default;
};

// Spanish problems ("peso de mujer: …"); empty when valid (0..1000 each).
std::vector<std::string> validate(const PriorityWeights& w);

// A request waiting for the decision, as the queue sees it.
struct PendingAt {
  std::int64_t at_id = 0;
  std::string codigo;
  EnterpriseFacts facts;
  bool primera_at_del_anio = false;  // no other AT approved for the enterprise this year
  Date fecha_solicitud;
};

struct ScorePart {
  std::string label;  // "mujer", "espera 12 días"
  int points = 0;
};

struct ScoredAt {
  PendingAt item;
  int score = 0;
  std::vector<ScorePart> parts;  // only those that added points
  // "mujer +30, rural +20, espera 12 días +12"; "sin puntos de prioridad".
  std::string explanation;
};

ScoredAt score_at(const PendingAt& item, const PriorityWeights& w, const Date& today);

// Highest score first; equal scores by older request, then by código.
std::vector<ScoredAt> rank_queue(const std::vector<PendingAt>& pending, const PriorityWeights& w,
                                 const Date& today);

}  // namespace cdmype
