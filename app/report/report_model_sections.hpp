// Builders of each section of the report model (internal to report_model.cpp).
#pragma once
#include "report/report_model.hpp"

namespace cdmype::report {

Section empresas_section(const MonthlyFigures& f);
Section sesiones_section(const MonthlyFigures& f);
Section asistencias_section(const MonthlyFigures& f);
Section remisiones_section(const MonthlyFigures& f);
Section capacitaciones_section(const MonthlyFigures& f);
Section resultados_section(const MonthlyFigures& f);
Section metas_section(const MonthlyFigures& f);

}  // namespace cdmype::report
