// The AT provider (proveedor): registry record, name matching and the rating summary.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enterprise.hpp"

namespace cdmype {

struct Provider {
  RecordMeta meta;
  std::string nombre;          // "Consultores Peña y Asociados"
  std::string nit;             // canonical "0614-010190-101-3" or empty
  std::string especialidades;  // free text, comma-separated ("inocuidad, etiquetado")
  std::string contacto;        // phone, e-mail, person
  std::optional<int> distrito_id;
  bool activo = true;
};

// The key that makes two spellings one provider: case, accents and runs of
// spaces ignored ("Peña  Consultores" = "pena consultores").
std::string provider_name_key(std::string_view nombre);

// Spanish problems ("nombre: …"); empty when valid. The NIT must already be
// canonical or empty (see normalize_nit).
std::vector<std::string> validate(const Provider& p);

// A provider with the ratings of its finished AT (product.md §2).
struct ProviderSummary {
  Provider provider;
  std::int64_t asistencias = 0;                 // AT that name it, any state
  std::int64_t calificaciones = 0;              // finished AT with a rating
  std::optional<double> calificacion_promedio;  // nullopt without ratings
};

// "4.5 de 5 (2 calificaciones)" or "sin calificaciones".
std::string describe_rating(const ProviderSummary& s);

}  // namespace cdmype
