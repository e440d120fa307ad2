// The register of processing activities as a document the director prints or shows the
// authority: one section per element the law asks a responsable to keep.
#pragma once
#include <vector>

#include "core/processing_register.hpp"
#include "report/monthly_figures.hpp"

namespace cdmype::report {

// Deterministic for the same register (its date comes in, no clock read).
std::vector<unsigned char> processing_register_pdf(const ProcessingRegister& r, PaperSize paper);

}  // namespace cdmype::report
