// How `at show`, `at queue` and `at list` print technical assistance on stdout.
#pragma once
#include <optional>
#include <ostream>
#include <vector>

#include "core/subsidy_decision.hpp"
#include "services/at_service.hpp"

namespace cdmype::cli {

// "Campo: valor" lines with every field and the frozen decision explained
// ("95 %: liderada por mujer"); `estimate` is what approving today would
// give, shown for an AT not yet decided.
void print_at_detail(std::ostream& out, const services::AtDetail& d,
                     const std::optional<SubsidyDecision>& estimate);
// One tab-separated line per pending request, highest priority first:
// código, puntos, empresa, nombre, costo, explanation.
void print_queue(std::ostream& out, const std::vector<services::AtQueueRow>& rows);
// One tab-separated line per AT: código, estado, costo, subsidio, descripción.
void print_at_list(std::ostream& out, const std::vector<TechnicalAssistance>& list);

}  // namespace cdmype::cli
