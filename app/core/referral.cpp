// Code table, checks and intake rules of referrals (remisiones).
#include "core/referral.hpp"

#include <array>

#include "core/code_table_parse.hpp"
#include "core/identity.hpp"
#include "core/territory.hpp"
#include "core/text.hpp"

namespace cdmype {
namespace {

constexpr std::array<CodeEntry<EstadoRemision>, 4> kEstados{{
    {EstadoRemision::Recibida, "recibida", "Recibida"},
    {EstadoRemision::Asignada, "asignada", "Asignada"},
    {EstadoRemision::Atendida, "atendida", "Atendida"},
    {EstadoRemision::NoProcede, "no_procede", "No procede"},
}};

// A phone number as people write it in El Salvador: digits, spaces,
// hyphens, a leading + and parentheses ("+503 2300-1234").
bool is_phone(std::string_view t) {
  int digits = 0;
  for (char c : t) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')')
      return false;
  }
  return digits >= 7 && digits <= 15;
}

}  // namespace

template <>
std::span<const CodeEntry<EstadoRemision>> code_table<EstadoRemision>() {
  return kEstados;
}

template <>
std::optional<EstadoRemision> parse_code<EstadoRemision>(std::string_view text) {
  return parse_in_table(kEstados, text);
}

template <>
std::string list_codes<EstadoRemision>() {
  return list_table_codes(kEstados);
}

std::string short_id(const Referral& r) {
  return r.meta.uuid.size() > 8 ? r.meta.uuid.substr(r.meta.uuid.size() - 8) : r.meta.uuid;
}

std::vector<std::string> validate(const Referral& r) {
  std::vector<std::string> p;
  if (r.fecha.is_special()) p.push_back("fecha: falta la fecha de la remisión");
  if (r.distrito_id == 0)
    p.push_back("ventanilla: falta el distrito de la ventanilla");
  else if (!Territory::el_salvador().by_id(r.distrito_id))
    p.push_back("ventanilla: no existe el distrito número " + std::to_string(r.distrito_id));
  if (trim(r.nombre).empty()) p.push_back("nombre: falta el nombre de la persona remitida");
  if (!trim(r.dui).empty())
    if (auto why = dui_problem(r.dui); !why.empty()) p.push_back("dui: " + why);
  if (const std::string tel = trim(r.telefono); !tel.empty() && !is_phone(tel))
    p.push_back("telefono: «" + tel + "» no es un número de teléfono (por ejemplo 2300-1234)");
  switch (r.estado) {
    case EstadoRemision::Recibida:
      break;
    case EstadoRemision::Asignada:
      if (r.asesor_id == 0) p.push_back("estado: una remisión asignada necesita un asesor");
      break;
    case EstadoRemision::Atendida:
      if (r.enterprise_id == 0)
        p.push_back("empresa: una remisión atendida debe estar vinculada a un expediente");
      break;
    case EstadoRemision::NoProcede:
      if (trim(r.motivo).empty()) p.push_back("motivo: indique por qué la remisión no procede");
      break;
  }
  return p;
}

void canonicalize(Referral& r) {
  r.nombre = trim(r.nombre);
  r.telefono = trim(r.telefono);
  r.necesidad = trim(r.necesidad);
  if (auto d = normalize_dui(r.dui)) r.dui = *d;
}

bool same_intake(const Referral& a, const Referral& b) {
  return a.fecha == b.fecha && a.distrito_id == b.distrito_id && a.nombre == b.nombre &&
         a.sexo == b.sexo && a.telefono == b.telefono && a.dui == b.dui && a.sector == b.sector &&
         a.necesidad == b.necesidad;
}

void copy_intake(const Referral& from, Referral& to) {
  to.fecha = from.fecha;
  to.distrito_id = from.distrito_id;
  to.nombre = from.nombre;
  to.sexo = from.sexo;
  to.telefono = from.telefono;
  to.dui = from.dui;
  to.sector = from.sector;
  to.necesidad = from.necesidad;
}

Enterprise enterprise_from_referral(const Referral& r, const Date& on) {
  Enterprise e;
  e.nombre = r.nombre;  // until the file says the business's own name
  e.titular.nombre = r.nombre;
  e.titular.sexo = r.sexo;
  e.titular.dui = r.dui;
  e.sector = r.sector;
  e.distrito_id = r.distrito_id;
  e.fuente = Fuente::Ventanilla;
  e.estado = EstadoEmpresa::Activa;
  e.fecha_ingreso = on;
  e.asesor_id = r.asesor_id;
  e.notas = trim(r.necesidad).empty() ? "" : "Necesidad según la ventanilla: " + r.necesidad;
  return e;
}

}  // namespace cdmype
