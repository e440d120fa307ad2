// The one function that classifies sales and workers by a dated MYPE size law (rows from the database).
#include "core/enterprise_size.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace cdmype {
namespace {

constexpr std::array<CodeEntry<Tamano>, 4> kTamanos{{
    {Tamano::Micro, "micro", "Micro"},
    {Tamano::Pequena, "pequena", "Pequeña"},
    {Tamano::FueraDeRango, "fuera_de_rango", "Fuera de rango"},
    {Tamano::SinDatos, "sin_datos", "Sin datos"},
}};

constexpr std::array<CodeEntry<CategoriaMicro>, 3> kCategorias{{
    {CategoriaMicro::Subsistencia, "subsistencia", "subsistencia"},
    {CategoriaMicro::Acumulacion, "acumulacion", "acumulación"},
    {CategoriaMicro::Expansion, "expansion", "expansión"},
}};

constexpr std::array<CodeEntry<Desacuerdo>, 2> kDesacuerdos{{
    {Desacuerdo::PrevalecenVentas, "ventas", "prevalecen las ventas"},
    {Desacuerdo::ElMayor, "mayor", "el mayor de los dos"},
}};

// salarios × salario in cents, saturating so a silly wage cannot overflow.
std::int64_t sales_limit(std::int64_t salarios, Money salario) {
  std::int64_t limit = 0;
  if (__builtin_mul_overflow(salarios, salario.cents, &limit))
    return std::numeric_limits<std::int64_t>::max();
  return limit;
}

// ventas ≤ salarios × salario.
bool within(Money ventas, std::int64_t salarios, Money salario) {
  return ventas.cents <= sales_limit(salarios, salario);
}

template <typename T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

Tamano size_by_sales(Money ventas, Money salario, const SizeLaw& law) {
  if (within(ventas, law.micro_salarios, salario)) return Tamano::Micro;
  if (within(ventas, law.pequena_salarios, salario)) return Tamano::Pequena;
  return Tamano::FueraDeRango;
}

Tamano size_by_workers(int trabajadores, const SizeLaw& law) {
  if (trabajadores <= law.micro_trabajadores) return Tamano::Micro;
  if (trabajadores <= law.pequena_trabajadores) return Tamano::Pequena;
  return Tamano::FueraDeRango;
}

// Index of the first band that holds; the last band when none does (a micro
// by sales with more workers than the bands name, under PrevalecenVentas).
size_t band_by_sales(Money ventas, Money salario, const std::vector<MicroBand>& bands) {
  for (size_t i = 0; i < bands.size(); ++i)
    if (within(ventas, bands[i].hasta_salarios, salario)) return i;
  return bands.size() - 1;
}

size_t band_by_workers(int trabajadores, const std::vector<MicroBand>& bands) {
  for (size_t i = 0; i < bands.size(); ++i)
    if (trabajadores <= bands[i].hasta_trabajadores) return i;
  return bands.size() - 1;
}

}  // namespace

template <>
std::span<const CodeEntry<Tamano>> code_table<Tamano>() {
  return kTamanos;
}

template <>
std::span<const CodeEntry<CategoriaMicro>> code_table<CategoriaMicro>() {
  return kCategorias;
}

template <>
std::span<const CodeEntry<Desacuerdo>> code_table<Desacuerdo>() {
  return kDesacuerdos;
}

std::string_view tamano_code(Tamano t) { return code_of(t); }

const SizeLaw* size_law_in_force(const Date& on, std::span<const SizeLaw> laws) {
  if (laws.empty()) return nullptr;
  const SizeLaw* best = &laws.front();
  for (const auto& law : laws)
    if (!on.is_special() && law.vigente_desde <= on && law.vigente_desde >= best->vigente_desde)
      best = &law;
  return best;
}

SizeClass classify_size(Money ventas, int trabajadores, std::optional<Money> salario,
                        const SizeLaw& law) {
  SizeClass out;
  if (!salario || (ventas.cents == 0 && trabajadores == 0)) return out;  // sin_datos
  const Tamano by_sales = size_by_sales(ventas, *salario, law);
  const Tamano by_workers = size_by_workers(trabajadores, law);
  out.tamano = law.desacuerdo == Desacuerdo::PrevalecenVentas ? by_sales
                                                               : std::max(by_sales, by_workers);
  if (out.tamano != Tamano::Micro || law.categorias.empty()) return out;
  const size_t s = band_by_sales(ventas, *salario, law.categorias);
  const size_t w = band_by_workers(trabajadores, law.categorias);
  const size_t band = law.desacuerdo == Desacuerdo::PrevalecenVentas ? s : std::max(s, w);
  out.categoria = law.categorias[band].categoria;
  return out;
}

SizeClass size_on(Money ventas, int trabajadores, const Date& on, const SizeRules& rules) {
  const SizeLaw* law = size_law_in_force(on, rules.laws);
  if (!law) return {};  // sin_datos: nothing to classify by
  return classify_size(ventas, trabajadores, wage_in_force(rules.wages, on), *law);
}

SizeLimits size_limits_on(const Date& on, const SizeRules& rules) {
  SizeLimits out{{0}, {0}};  // classify_size's sin_datos: both 0
  const SizeLaw* law = size_law_in_force(on, rules.laws);
  const auto salario = wage_in_force(rules.wages, on);
  if (!law || !salario) return out;  // everything is sin_datos
  out.ventas_centavos.push_back(sales_limit(law->micro_salarios, *salario));
  out.ventas_centavos.push_back(sales_limit(law->pequena_salarios, *salario));
  out.trabajadores.push_back(law->micro_trabajadores);
  out.trabajadores.push_back(law->pequena_trabajadores);
  for (const auto& band : law->categorias) {
    out.ventas_centavos.push_back(sales_limit(band.hasta_salarios, *salario));
    out.trabajadores.push_back(band.hasta_trabajadores);
  }
  sort_unique(out.ventas_centavos);
  sort_unique(out.trabajadores);
  return out;
}

SizeClass size_of(const Enterprise& e, const Date& on, const SizeRules& rules) {
  return size_on(e.ventas_anuales, e.empleados_mujeres + e.empleados_hombres, on, rules);
}

std::string size_label(const SizeClass& s) {
  std::string out(display_of(s.tamano));
  if (s.categoria) out += " (" + std::string(display_of(*s.categoria)) + ")";
  return out;
}

}  // namespace cdmype
