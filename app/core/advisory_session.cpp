// Checks of an advisory session and the 30-day window in which its author may edit it.
#include "core/advisory_session.hpp"

#include "core/text.hpp"

namespace cdmype {
namespace {

// A session longer than a working day is a typing mistake (hours entered as
// minutes twice); it would skew the hours of the monthly report.
constexpr int kMaxSessionMinutes = 24 * 60;

}  // namespace

bool may_edit_session(const Actor& actor, const AdvisorySession& s, const Date& created_on,
                      const Date& today) {
  // Directors amend locked sessions; the service audits the change.
  if (actor.role == Role::Director) return true;
  if (actor.role != Role::Asesor || actor.user_id == 0) return false;
  const bool author = actor.user_id == s.meta.created_by || actor.user_id == s.asesor_id;
  if (!author) return false;
  // Without both dates the window cannot be measured: fail closed.
  if (created_on.is_special() || today.is_special()) return false;
  // Day 30 after logging is still editable, day 31 is not.
  return (today - created_on).days() <= kSessionEditDays;
}

std::vector<std::string> validate(const AdvisorySession& s, const Date& today) {
  // Field names are the CSV column names of `sesiones` (product.md §4).
  std::vector<std::string> p;
  if (s.enterprise_id <= 0) p.push_back("empresa: falta la empresa atendida");
  if (s.asesor_id <= 0) p.push_back("asesor: falta el asesor que dio la sesión");
  if (s.fecha.is_special())
    p.push_back("fecha: falta la fecha de la sesión");
  else if (!today.is_special() && s.fecha > today)
    p.push_back("fecha: la sesión tiene fecha " + to_display(s.fecha) + ", posterior a hoy (" +
                to_display(today) + ")");
  if (s.duracion_min <= 0 || s.duracion_min > kMaxSessionMinutes)
    p.push_back("duracion_min: la duración va en minutos, entre 1 y " +
                std::to_string(kMaxSessionMinutes) + " (es " + std::to_string(s.duracion_min) +
                ")");
  if (s.fecha_proximo_paso && !s.fecha_proximo_paso->is_special() && !s.fecha.is_special() &&
      *s.fecha_proximo_paso < s.fecha)
    p.push_back("fecha_proximo_paso: el próximo paso (" + to_display(*s.fecha_proximo_paso) +
                ") no puede ser anterior a la sesión (" + to_display(s.fecha) + ")");
  if (s.fecha_proximo_paso && trim(s.proximo_paso).empty())
    p.push_back("proximo_paso: falta describir el próximo paso que tiene fecha");
  return p;
}

bool session_date_needs_confirmation(const Date& fecha, const Date& today) {
  if (fecha.is_special() || today.is_special()) return false;
  return fecha < today - boost::gregorian::years(1);
}

}  // namespace cdmype
