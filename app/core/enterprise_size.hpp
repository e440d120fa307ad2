// Enterprise size (tamaño) and micro category under the MYPE law in force on a date.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/codes.hpp"
#include "core/dates.hpp"
#include "core/enterprise.hpp"
#include "core/minimum_wage.hpp"
#include "core/money.hpp"

namespace cdmype {

// Ordered from smallest to largest: "the larger of two sizes" is the later one.
// SinDatos: sales and workers are both 0 (the form's "not recorded"), or no
// minimum wage is known.
enum class Tamano { Micro, Pequena, FueraDeRango, SinDatos };
// Micro categories of the 2026 reform, smallest first.
enum class CategoriaMicro { Subsistencia, Acumulacion, Expansion };

template <>
std::span<const CodeEntry<Tamano>> code_table<Tamano>();
template <>
std::span<const CodeEntry<CategoriaMicro>> code_table<CategoriaMicro>();

std::string_view tamano_code(Tamano t);  // "micro", "pequena", "fuera_de_rango", "sin_datos"

// What decides when sales and workers point to different sizes (or categories).
// Stored as the codes "ventas" and "mayor".
enum class Desacuerdo {
  PrevalecenVentas,  // the sales criterion alone (DL 667 of 2014)
  ElMayor,           // the larger of the two (both limits must hold for the smaller)
};
template <>
std::span<const CodeEntry<Desacuerdo>> code_table<Desacuerdo>();

// One micro category: up to `hasta_salarios` minimum wages of annual sales and
// up to `hasta_trabajadores` workers; bands are listed smallest first and the
// lower limit of each is the upper limit of the one before ("más de 57").
struct MicroBand {
  CategoriaMicro categoria;
  std::int64_t hasta_salarios;
  int hasta_trabajadores;

  friend bool operator==(const MicroBand&, const MicroBand&) = default;
};

// One row of the dated table of size rules (the size_law and
// size_law_micro_band tables of migration 0009, where the decrees are cited
// beside the seed rows). Limits are inclusive, as the law words them
// ("hasta 500 salarios mínimos").
struct SizeLaw {
  Date vigente_desde;
  std::string norma;  // where the limits come from, for screens and the report
  std::int64_t micro_salarios = 0;
  int micro_trabajadores = 0;
  std::int64_t pequena_salarios = 0;
  int pequena_trabajadores = 0;
  Desacuerdo desacuerdo = Desacuerdo::PrevalecenVentas;
  std::vector<MicroBand> categorias;  // empty: the law has no micro categories

  friend bool operator==(const SizeLaw&, const SizeLaw&) = default;
};

// Everything a size depends on besides the enterprise: the dated laws and the
// dated minimum wages, both oldest first. Loaded from the database in one
// place (store::load_size_rules, exposed by MinimumWageService::rules) and
// passed down, so a reform is a new row and no caller holds its own table.
struct SizeRules {
  std::vector<SizeLaw> laws;
  std::vector<MinimumWage> wages;
};

// The row with the latest vigente_desde ≤ `on`; the first row before that;
// nullptr only when there are no rows at all.
const SizeLaw* size_law_in_force(const Date& on, std::span<const SizeLaw> laws);

struct SizeClass {
  Tamano tamano = Tamano::SinDatos;
  std::optional<CategoriaMicro> categoria;  // only for micro under a law with categories

  friend bool operator==(const SizeClass&, const SizeClass&) = default;
};

// The one rule: sales compared in cents (ventas ≤ N × salario, no floating
// point), workers are the declared employees.
SizeClass classify_size(Money ventas_anuales, int trabajadores, std::optional<Money> salario_minimo,
                        const SizeLaw& law);
// classify_size with the law and the minimum wage in force on `on`; sin_datos
// when the rules hold no law or no wage.
SizeClass size_on(Money ventas_anuales, int trabajadores, const Date& on, const SizeRules& rules);
// Every limit size_on compares with on `on`, each side of it meaning "value ≤
// limit": sales in cents (the law's salarios × the wage, and 0, the sin_datos
// test) and workers (the law's, and 0), each ascending without repeats. Two
// enterprises on the same side of every limit get the same size and
// category, so a count of many enterprises may group them by these intervals
// and classify one member of each (the monthly report's size breakdown).
struct SizeLimits {
  std::vector<std::int64_t> ventas_centavos;
  std::vector<int> trabajadores;
};
SizeLimits size_limits_on(const Date& on, const SizeRules& rules);
// Workers of a file: empleados_mujeres + empleados_hombres.
SizeClass size_of(const Enterprise& e, const Date& on, const SizeRules& rules);

// "Micro (acumulación)", "Pequeña", "Fuera de rango", "Sin datos".
std::string size_label(const SizeClass& s);

}  // namespace cdmype
