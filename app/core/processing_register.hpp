// The register of processing activities (registro de actividades de tratamiento) a responsable
// keeps under the data-protection law (Decreto Legislativo 144): who is responsible, why the
// center treats personal data, of whom and which, who receives it, how long it is kept and how it
// is protected — gathered from what the program holds, not typed by hand.
#pragma once
#include <cstdint>
#include <string>

#include "core/dates.hpp"

namespace cdmype {

struct ProcessingRegister {
  std::string centro;
  std::string operador;
  std::string delegado;  // name and contact ("" until named)
  Date fecha;            // as of
  std::string motor;     // "un archivo SQLite en este equipo" or "el servidor PostgreSQL …"
  int retencion_anios = 5;

  // Categories of people.
  std::int64_t titulares = 0;      // files (each has a titular)
  std::int64_t remitidas = 0;      // referral persons
  std::int64_t participantes = 0;  // training attendances
  std::int64_t usuarios = 0;       // accounts of the center's staff
  // Sensitive data held (disability or returnee status).
  std::int64_t con_datos_sensibles = 0;
  // Consent.
  std::int64_t consentimiento_registrado = 0;
  std::int64_t consentimiento_no_registrado = 0;
  std::int64_t con_seguimiento = 0;
  std::int64_t con_comunicaciones = 0;
  std::int64_t con_sensibles = 0;
  std::int64_t con_compartir = 0;
  std::int64_t con_oposicion_o_limitacion = 0;
  // Of the people recorded outside a file, how many have a grant.
  std::int64_t remitidas_con_consentimiento = 0;
  std::int64_t participantes_con_consentimiento = 0;
  // The person's rights and incidents.
  std::int64_t solicitudes = 0;
  std::int64_t solicitudes_abiertas = 0;
  std::int64_t brechas = 0;
  std::int64_t claves_personales = 0;  // audit snapshots sealed per person
};

}  // namespace cdmype
