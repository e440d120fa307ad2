// The advisory session (sesión de asesoría) and who may still edit it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/enterprise.hpp"
#include "core/permissions.hpp"

namespace cdmype {

struct AdvisorySession {
  RecordMeta meta;
  std::int64_t enterprise_id = 0;
  std::int64_t asesor_id = 0;
  Date fecha;
  int duracion_min = 0;
  Modalidad modalidad = Modalidad::PresencialEmpresa;
  Area area = Area::AsesoriaEmpresarial;
  std::string tema;
  std::string diagnostico;  // diagnosis / notes
  std::string acuerdos;
  std::string proximo_paso;
  std::optional<Date> fecha_proximo_paso;
};

inline constexpr int kSessionEditDays = 30;

// The author may edit for 30 days after logging it (created_on); after that
// only a director may amend it. Anyone else never.
bool may_edit_session(const Actor& actor, const AdvisorySession& s, const Date& created_on,
                      const Date& today);

// Problems as "columna: …" (the `sesiones` column names). A session cannot
// be dated after `today` (it has not happened yet); its next step may be.
std::vector<std::string> validate(const AdvisorySession& s, const Date& today);

// A session dated more than a year before today is probably a typo (2025
// for 2026): the desktop form asks before saving it. Not an error.
bool session_date_needs_confirmation(const Date& fecha, const Date& today);

}  // namespace cdmype
