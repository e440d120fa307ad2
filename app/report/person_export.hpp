// A person's data as they take it away (JSON, portabilidad) and read it (PDF, acceso).
#pragma once
#include <string>
#include <vector>

#include "core/person_data.hpp"
#include "report/monthly_figures.hpp"

namespace cdmype::report {

// Schema "cdmype-datos-personales/1": persona {dui, nombre}, centro,
// generado, expedientes[] (each with sesiones, asistencias_tecnicas,
// resultados, capacitaciones), remisiones[]. Codes as the CSV files write
// them, dates ISO, money in cents and as text; sensitive fields (disability,
// returnee) included, since they are the person's own.
std::string person_data_json(const PersonData& data);

// The same, readable: a heading with the center and the date, one section per
// file and per referral. Deterministic for the same data (no clock read).
std::vector<unsigned char> person_data_pdf(const PersonData& data, PaperSize paper);

}  // namespace cdmype::report
