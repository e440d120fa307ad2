// The PDF-only parts of the report (title block, signatures) and the rendering of model sections.
#pragma once
#include "report/monthly_figures.hpp"
#include "report/pdf_page_frame.hpp"
#include "report/report_model.hpp"

namespace cdmype::report {

// Center, operator, period, generation time and the month's key figures.
void draw_title_block(PageFrame& frame, const MonthlyFigures& f);

// Section title, then its notes, tables and charts in order.
void draw_section(PageFrame& frame, const Section& section);

// "Director(a) del CDMYPE" and "Vo. Bo. Supervisor(a) CONAMYPE", kept together.
void draw_signatures(PageFrame& frame, const MonthlyFigures& f);

}  // namespace cdmype::report
