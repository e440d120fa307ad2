// AT codes and the consistency checks of an AT record.
#include "core/at_record.hpp"

#include <charconv>
#include <cstdio>

#include "core/at_payments.hpp"
#include "core/text.hpp"

namespace cdmype {
namespace {

bool reached(AtEstado estado, AtEstado step) {
  // Rejected and cancelled ATs stop somewhere along the way; the caller
  // handles them separately.
  return estado != AtEstado::Rechazada && estado != AtEstado::Cancelada &&
         static_cast<int>(estado) >= static_cast<int>(step);
}

struct NamedDate {
  const char* field;
  const std::optional<Date>* date;
};

}  // namespace

std::string format_at_codigo(std::string_view prefix, int year, int sequence) {
  char seq[16];
  std::snprintf(seq, sizeof seq, "%04d", sequence);
  return std::string(prefix) + "-AT-" + std::to_string(year) + "-" + seq;
}

std::optional<AtCodigo> parse_at_codigo(std::string_view codigo) {
  const auto at = codigo.find("-AT-");
  if (at == std::string_view::npos || at == 0) return std::nullopt;
  const std::string_view rest = codigo.substr(at + 4);
  const auto dash = rest.find('-');
  if (dash != 4) return std::nullopt;
  AtCodigo out;
  out.prefix = std::string(codigo.substr(0, at));
  const std::string_view y = rest.substr(0, 4), s = rest.substr(5);
  if (s.empty()) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  auto ry = std::from_chars(y.data(), y.data() + y.size(), out.year);
  auto rs = std::from_chars(s.data(), s.data() + s.size(), out.sequence);
  if (ry.ec != std::errc{} || ry.ptr != y.data() + y.size()) return std::nullopt;
  if (rs.ec != std::errc{} || rs.ptr != s.data() + s.size()) return std::nullopt;
  return out;
}

std::vector<std::string> validate(const TechnicalAssistance& at) {
  std::vector<std::string> p;
  if (trim(at.codigo).empty()) p.push_back("codigo: falta el código de la asistencia.");
  if (at.enterprise_id <= 0) p.push_back("empresa: falta la empresa que recibe la asistencia.");
  if (trim(at.descripcion).empty()) p.push_back("descripcion: describa la asistencia técnica.");
  if (at.costo_total.cents <= 0)
    p.push_back("costo_total: debe ser mayor que $0.00 (es " + format_money(at.costo_total) + ").");
  if (at.calificacion &&
      (*at.calificacion < kMinCalificacion || *at.calificacion > kMaxCalificacion))
    p.push_back("calificacion: debe estar entre 1 y 5 (es " + std::to_string(*at.calificacion) +
                ").");

  const AtEstado e = at.estado;
  const std::string estado = "«" + at_estado_label(e) + "»";
  const bool decided = reached(e, AtEstado::Aprobada) || e == AtEstado::Rechazada;
  if (e != AtEstado::Borrador && e != AtEstado::Cancelada && !at.fecha_solicitud)
    p.push_back("fecha_solicitud: una asistencia en estado " + estado +
                " necesita la fecha de solicitud.");
  if (decided && !at.fecha_aprobacion)
    p.push_back("fecha_aprobacion: una asistencia en estado " + estado +
                " necesita la fecha de aprobación.");
  if (decided && !at.approved_by)
    p.push_back("aprobada_por: falta el director o la directora que decidió la solicitud.");
  if (e == AtEstado::Rechazada && trim(at.motivo_rechazo).empty())
    p.push_back("motivo_rechazo: una asistencia rechazada necesita el motivo del rechazo.");
  if (reached(e, AtEstado::Aprobada)) {
    if (!at.subsidio)
      p.push_back("subsidio: falta el subsidio calculado al aprobar.");
    else if (at.subsidio->subsidio + at.subsidio->copago != at.costo_total)
      p.push_back("subsidio: el subsidio (" + format_money(at.subsidio->subsidio) +
                  ") más el aporte (" + format_money(at.subsidio->copago) +
                  ") no suman el costo total (" + format_money(at.costo_total) + ").");
  }
  if (reached(e, AtEstado::Contratada) && !at.provider_id)
    p.push_back("proveedor: una asistencia en estado " + estado + " necesita un proveedor.");
  if (reached(e, AtEstado::Finalizada) && !at.fecha_finalizacion)
    p.push_back("fecha_finalizacion: una asistencia en estado " + estado +
                " necesita la fecha de finalización.");
  if (e == AtEstado::Cancelada && !at.fecha_cancelacion)
    p.push_back("fecha_cancelacion: una asistencia cancelada necesita la fecha de cancelación.");

  // Each present date must not come before the present ones of earlier steps.
  const NamedDate steps[] = {
      {"fecha_solicitud", &at.fecha_solicitud},       {"fecha_aprobacion", &at.fecha_aprobacion},
      {"fecha_contratacion", &at.fecha_contratacion}, {"fecha_inicio", &at.fecha_inicio},
      {"fecha_finalizacion", &at.fecha_finalizacion}, {"fecha_liquidacion", &at.fecha_liquidacion},
  };
  const NamedDate* latest = nullptr;
  for (const auto& s : steps) {
    if (!*s.date) continue;
    if (latest && **s.date < **latest->date)
      p.push_back(std::string(s.field) + ": " + to_display(**s.date) + " es anterior a " +
                  latest->field + " (" + to_display(**latest->date) + ").");
    else
      latest = &s;
  }
  if (at.fecha_cancelacion && latest && *at.fecha_cancelacion < **latest->date)
    p.push_back("fecha_cancelacion: " + to_display(*at.fecha_cancelacion) + " es anterior a " +
                latest->field + " (" + to_display(**latest->date) + ").");
  append_payment_problems(at, p);
  return p;
}

}  // namespace cdmype
