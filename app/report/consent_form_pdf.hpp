// The consent form a titular signs when a file is opened (Decreto Legislativo 144: informed
// consent, express for sensitive data): the center and its delegado, the person, one box per
// scope with what it allows, signature lines. Printed blank of ticks: the person ticks.
#pragma once
#include <string>
#include <vector>

#include "core/consent.hpp"
#include "report/monthly_figures.hpp"

namespace cdmype::report {

// Deterministic for the same data (the date comes in, no clock read).
std::vector<unsigned char> consent_form_pdf(const ConsentForm& data, PaperSize paper);

}  // namespace cdmype::report
