// Provider name matching, validation and the rating text.
#include "core/provider.hpp"

#include <cmath>
#include <cstdio>

#include "core/identity.hpp"
#include "core/text.hpp"

namespace cdmype {

std::string provider_name_key(std::string_view nombre) { return fold_for_match(nombre); }

std::vector<std::string> validate(const Provider& p) {
  std::vector<std::string> problems;
  if (trim(p.nombre).empty())
    problems.push_back("nombre: falta el nombre del proveedor.");
  else if (p.nombre.size() > 200)
    problems.push_back("nombre: es demasiado largo (más de 200 caracteres).");
  if (!p.nit.empty() && !normalize_nit(p.nit)) problems.push_back("nit: " + nit_problem(p.nit));
  return problems;
}

std::string describe_rating(const ProviderSummary& s) {
  if (!s.calificacion_promedio || s.calificaciones == 0) return "sin calificaciones";
  // One decimal is what a person compares; "4.0" reads as a rating, "4" as a count.
  char avg[16];
  std::snprintf(avg, sizeof avg, "%.1f", std::round(*s.calificacion_promedio * 10.0) / 10.0);
  return std::string(avg) + " de 5 (" + std::to_string(s.calificaciones) +
         (s.calificaciones == 1 ? " calificación)" : " calificaciones)");
}

}  // namespace cdmype
