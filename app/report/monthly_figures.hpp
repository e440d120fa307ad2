// The figures of one monthly CONAMYPE report (product.md §3), plain values ready for JSON/PDF/XLSX.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"

namespace cdmype::report {

// Breakdown tables keyed by code or name ("agroindustria", "Citalá"). Sorted
// maps so the JSON is stable byte for byte between regenerations (the issued
// report is compared with a later one). Names that repeat across
// departamentos ("San Fernando") must arrive already qualified by whoever
// computes the figures, e.g. "San Fernando (Morazán)".
using CountMap = std::map<std::string, std::int64_t>;

struct EmpresasAtendidas {
  std::int64_t total = 0;
  std::int64_t mujer = 0;   // liderada por mujer
  std::int64_t hombre = 0;  // the rest
  std::int64_t rural = 0;
  std::int64_t urbana = 0;
  std::int64_t asociativa = 0;
  std::int64_t joven = 0;
  CountMap por_sector;     // sector code → enterprises
  CountMap por_municipio;  // 2024 municipio name → enterprises
  CountMap por_distrito;   // distrito name → enterprises
  // Size code → enterprises by the MYPE law and minimum wage in force on the
  // month's last day; every code of tamano_codes() is present.
  CountMap por_tamano;
  // Micro category → enterprises; only for months under a law with categories
  // (the 2026 reform), then with every code of categoria_micro_codes().
  std::optional<CountMap> por_tamano_micro;
};

struct SesionesAsesor {
  std::int64_t sesiones = 0;
  std::int64_t minutos = 0;
};

struct Sesiones {
  std::int64_t total = 0;
  std::int64_t minutos = 0;
  CountMap por_area;  // área code → sessions; missing codes are written as 0
  std::map<std::string, SesionesAsesor> por_asesor;  // asesor full name → totals
};

// Year-to-date AT budget of the report's year (product.md §2 "Budget").
struct PresupuestoAt {
  std::int64_t fondo_centavos = 0;
  std::int64_t comprometido_centavos = 0;
  std::int64_t ejecutado_centavos = 0;
  std::int64_t disponible_centavos = 0;  // fondo − comprometido (may be negative)
};

struct AsistenciasTecnicas {
  std::int64_t aprobadas = 0;
  std::int64_t costo_total_centavos = 0;
  std::int64_t subsidio_centavos = 0;
  std::int64_t aporte_empresas_centavos = 0;
  std::int64_t ponderadas = 0;
  // Reason code → weighted AT; liderada_por_mujer, rural and asociativa are
  // always written (0 if absent); a graduated policy may add others (joven…).
  CountMap por_motivo;
  std::int64_t finalizadas = 0;
  std::optional<PresupuestoAt> presupuesto;  // nullopt: no budget set for the year
};

struct Remisiones {
  std::int64_t recibidas = 0;
  CountMap por_distrito;  // ventanilla distrito → referrals
  CountMap por_estado;    // recibida / asignada / atendida / no_procede → referrals
};

struct Capacitaciones {
  std::int64_t eventos = 0;
  std::int64_t participantes_mujeres = 0;
  std::int64_t participantes_hombres = 0;
};

struct Resultados {
  std::int64_t empleos_mujeres = 0;
  std::int64_t empleos_hombres = 0;
  std::int64_t ventas_centavos = 0;
  std::int64_t formalizaciones = 0;
  std::int64_t financiamiento_centavos = 0;
};

// One line of the annual plan. An indicador ending in "_centavos" is money.
struct Meta {
  std::string indicador;  // a figure's key, e.g. "empresas_atendidas"
  std::int64_t mes = 0;
  std::int64_t acumulado_anual = 0;
  std::int64_t meta_anual = 0;
  std::optional<double> porcentaje;  // acumulado / meta × 100; nullopt when no goal
};

enum class PaperSize { A4, Letter };

// When the report was produced (local time). Supplied by the caller, never
// read from the clock here, so the same inputs give the same bytes.
struct GeneratedAt {
  Date date{2000, 1, 1};
  int hour = 0;
  int minute = 0;
};

// Who issues the report and how it is printed; not figures.
struct ReportHeader {
  std::string centro;    // "CDMYPE Chalatenango"
  std::string operador;  // "Asociación de Municipios Cayaguanca"
  PaperSize papel = PaperSize::A4;
  GeneratedAt generado;
};

struct MonthlyFigures {
  ReportHeader header;
  YearMonth periodo;
  EmpresasAtendidas empresas_atendidas;
  std::int64_t empresas_nuevas = 0;
  Sesiones sesiones;
  AsistenciasTecnicas asistencias_tecnicas;
  Remisiones remisiones;
  Capacitaciones capacitaciones;
  Resultados resultados;
  std::vector<Meta> metas;
};

// % achieved of a goal, nullopt when the goal is not positive.
std::optional<double> percent_achieved(std::int64_t acumulado, std::int64_t meta);

}  // namespace cdmype::report
