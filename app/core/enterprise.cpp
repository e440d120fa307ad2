// Facts derived from an enterprise file (asociativa, liderada por mujer, joven) and its checks.
#include "core/enterprise.hpp"

#include <vector>

#include "core/identity.hpp"
#include "core/territory.hpp"
#include "core/text.hpp"

namespace cdmype {
namespace {

constexpr int kJovenDesde = 15;
constexpr int kJovenHasta = 29;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// NRC (registro de contribuyente): digits with an optional hyphen before
// the check digit ("123456-7"); as lenient as the importer so a file it
// accepts is not refused here with another wording.
bool is_nrc(std::string_view n) {
  bool any_digit = false;
  for (char ch : n) {
    if (!is_digit(ch) && ch != '-') return false;
    any_digit = any_digit || is_digit(ch);
  }
  return any_digit && n.size() <= 20;
}

void not_negative(std::vector<std::string>& p, std::string_view field, std::int64_t v) {
  if (v < 0)
    p.push_back(std::string(field) + ": no puede ser negativo (es " + std::to_string(v) + ")");
}

}  // namespace

bool is_asociativa(FormaJuridica forma) {
  return forma == FormaJuridica::Cooperativa || forma == FormaJuridica::Asociacion ||
         forma == FormaJuridica::GrupoAsociativo;
}

bool is_liderada_por_mujer(const Enterprise& e) {
  if (e.titular.sexo == Sexo::Mujer) return true;
  // Integer arithmetic: "at least half the members are women" without a division.
  const std::int64_t total = std::int64_t(e.socias) + e.socios;
  return total > 0 && std::int64_t(e.socias) * 2 >= total;
}

bool is_joven(const Enterprise& e, const Date& on) {
  if (!e.titular.fecha_nacimiento || e.titular.fecha_nacimiento->is_special() || on.is_special())
    return false;
  const int age = age_on(*e.titular.fecha_nacimiento, on);
  return age >= kJovenDesde && age <= kJovenHasta;
}

std::vector<std::string> validate(const Enterprise& e) {
  // Field names are the CSV column names (product.md §4), so an import can
  // point at the column and a form at the field.
  std::vector<std::string> p;
  const std::string codigo = trim(e.codigo);
  // Any code is kept: a center's history has its own ("EMP-0001"); new
  // files get PREFIX-YEAR-NNNN from the store.
  if (codigo.empty()) p.push_back("codigo: falta el código del expediente");
  if (trim(e.nombre).empty()) p.push_back("nombre: falta el nombre comercial");
  if (trim(e.titular.nombre).empty()) p.push_back("titular_nombre: falta el nombre del titular");
  if (!trim(e.titular.dui).empty())
    if (auto why = dui_problem(e.titular.dui); !why.empty()) p.push_back("titular_dui: " + why);
  if (e.titular.fecha_nacimiento && !e.titular.fecha_nacimiento->is_special()) {
    const Date& nac = *e.titular.fecha_nacimiento;
    if (nac.year() < 1900)
      p.push_back("titular_fecha_nacimiento: " + to_display(nac) +
                  " no es una fecha de nacimiento plausible");
    else if (!e.fecha_ingreso.is_special() && nac >= e.fecha_ingreso)
      p.push_back("titular_fecha_nacimiento: es posterior a la fecha de ingreso (" +
                  to_display(e.fecha_ingreso) + ")");
  }
  not_negative(p, "socias", e.socias);
  not_negative(p, "socios", e.socios);
  if (e.distrito_id == 0)
    p.push_back("distrito: falta el distrito");
  else if (!Territory::el_salvador().by_id(e.distrito_id))
    p.push_back("distrito: no existe el distrito número " + std::to_string(e.distrito_id));
  not_negative(p, "empleados_mujeres", e.empleados_mujeres);
  not_negative(p, "empleados_hombres", e.empleados_hombres);
  if (e.ventas_anuales.cents < 0)
    p.push_back("ventas_anuales: no pueden ser negativas (son " + format_money(e.ventas_anuales) +
                ")");
  if (!trim(e.nit).empty())
    if (auto why = nit_problem(e.nit); !why.empty()) p.push_back("nit: " + why);
  if (const std::string nrc = trim(e.nrc); !nrc.empty() && !is_nrc(nrc))
    p.push_back("nrc: «" + nrc +
                "» no es un NRC (lleva solo dígitos y un guion, por ejemplo 123456-7)");
  if (e.fecha_ingreso.is_special()) p.push_back("fecha_ingreso: falta la fecha de ingreso");
  return p;
}

}  // namespace cdmype
