// The enterprise file (expediente) and the facts derived from it (§2).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/codes.hpp"
#include "core/dates.hpp"
#include "core/money.hpp"

namespace cdmype {

// Who created/changed a record and when; every stored record carries it.
struct RecordMeta {
  std::int64_t id = 0;
  std::string uuid;
  int version = 0;            // optimistic concurrency: bumped on every update
  std::string created_at;     // ISO timestamp, UTC
  std::string updated_at;
  std::int64_t created_by = 0;
  std::int64_t updated_by = 0;
};

struct Titular {
  std::string nombre;
  std::string dui;  // canonical "01234567-8" or empty
  Sexo sexo = Sexo::Mujer;
  std::optional<Date> fecha_nacimiento;
  bool discapacidad = false;
  bool retornado = false;
};

// Formalization milestones reached (NIT and NRC are the numbers themselves).
struct Formalizacion {
  bool registro_sanitario = false;
  bool marca = false;
  bool codigo_barras = false;
};

struct Enterprise {
  RecordMeta meta;
  std::string codigo;  // CH-2026-0042
  std::string nombre;
  FormaJuridica forma_juridica = FormaJuridica::PersonaNatural;
  Titular titular;
  int socias = 0;
  int socios = 0;
  Sector sector = Sector::Otro;
  int distrito_id = 0;
  Zona zona = Zona::Urbana;
  int empleados_mujeres = 0;
  int empleados_hombres = 0;
  Money ventas_anuales;
  std::string nit;
  std::string nrc;
  Formalizacion formalizacion;
  Date fecha_ingreso;
  std::int64_t asesor_id = 0;
  Fuente fuente = Fuente::Cdmype;
  EstadoEmpresa estado = EstadoEmpresa::Activa;
  std::string notas;
};

bool is_asociativa(FormaJuridica forma);
// Titular is a woman, or members are counted and socias × 2 ≥ socias + socios.
bool is_liderada_por_mujer(const Enterprise& e);
// Titular aged 15–29 on `on` (Ley General de Juventud); false without a birth date.
bool is_joven(const Enterprise& e, const Date& on);
// Size (tamaño) lives in core/enterprise_size.hpp: it depends on the law and
// the minimum wage in force on a date.

// Spanish problems with a record before saving ("titular_dui: …"); empty when valid.
std::vector<std::string> validate(const Enterprise& e);

}  // namespace cdmype
