// The monthly report as PDF (libharu, base-14 fonts): public entry points.
#pragma once
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "report/monthly_figures.hpp"

namespace cdmype::report {

// libharu failed (out of memory, internal limit). Unexpected, hence an
// exception, and never an abort: the caller reports it and goes on.
class PdfError : public std::runtime_error {
 public:
  PdfError(const std::string& what, unsigned long code, unsigned long detail)
      : std::runtime_error(what), code_(code), detail_(detail) {}
  unsigned long code() const { return code_; }      // HPDF_STATUS
  unsigned long detail() const { return detail_; }  // libharu's detail number

 private:
  unsigned long code_;
  unsigned long detail_;
};

// The whole report in memory (what an issued report stores and hashes).
// Paper size, center and generation time come from figures.header.
std::vector<unsigned char> monthly_pdf(const MonthlyFigures& figures);

// monthly_pdf written whole or not at all; UserError if the file cannot be written.
void write_monthly_pdf(const MonthlyFigures& figures, const std::filesystem::path& path);

}  // namespace cdmype::report
