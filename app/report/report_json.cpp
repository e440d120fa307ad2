// monthly_json: one block of §3 per function, in the order of the spec.
#include "report/report_json.hpp"

#include <cmath>
#include <cstdio>
#include <set>

#include "core/spanish_collation.hpp"
#include "report/file_output.hpp"
#include "report/json_writer.hpp"
#include "report/report_format.hpp"
#include "report/report_tables.hpp"

namespace cdmype::report {
namespace {

// A breakdown object: the fixed codes first (zeros included) so every
// report has the same shape, then any other key the figures carry, in
// Spanish order like the PDF's tables (names of places).
void count_map(JsonWriter& w, std::string_view name, const CountMap& counts,
               const std::vector<std::string>& fixed_codes = {}) {
  w.key(name).begin_object();
  const std::set<std::string> fixed(fixed_codes.begin(), fixed_codes.end());
  for (const auto& code : fixed_codes) {
    const auto it = counts.find(code);
    w.member(code, it == counts.end() ? 0 : it->second);
  }
  for (const auto& [code, n] : sorted_by_name(counts))
    if (!fixed.contains(code)) w.member(code, n);
  w.end_object();
}

std::string iso_generated(const GeneratedAt& g) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d:%02d", g.hour, g.minute);
  return to_iso(g.date) + "T" + buf;
}

void empresas(JsonWriter& w, const EmpresasAtendidas& e) {
  w.key("empresas_atendidas").begin_object();
  w.member("total", e.total).member("mujer", e.mujer).member("hombre", e.hombre);
  w.member("rural", e.rural).member("urbana", e.urbana);
  w.member("asociativa", e.asociativa).member("joven", e.joven);
  count_map(w, "por_sector", e.por_sector, sector_codes());
  count_map(w, "por_municipio", e.por_municipio);
  count_map(w, "por_distrito", e.por_distrito);
  count_map(w, "por_tamano", e.por_tamano, tamano_codes());
  if (e.por_tamano_micro)
    count_map(w, "por_tamano_micro", *e.por_tamano_micro, categoria_micro_codes());
  w.end_object();
}

void sesiones(JsonWriter& w, const Sesiones& s) {
  w.key("sesiones").begin_object();
  w.member("total", s.total).member("minutos", s.minutos);
  w.key("horas").value_number_text(hours_decimal(s.minutos));
  count_map(w, "por_area", s.por_area, area_codes());
  w.key("por_asesor").begin_object();
  std::vector<std::string> names;
  for (const auto& [name, a] : s.por_asesor) names.push_back(name);
  sort_spanish(names);
  for (const auto& name : names) {
    const auto& a = s.por_asesor.at(name);
    w.key(name).begin_object();
    w.member("sesiones", a.sesiones).member("minutos", a.minutos);
    w.key("horas").value_number_text(hours_decimal(a.minutos));
    w.end_object();
  }
  w.end_object();
  w.end_object();
}

void asistencias(JsonWriter& w, const AsistenciasTecnicas& a) {
  w.key("asistencias_tecnicas").begin_object();
  w.member("aprobadas", a.aprobadas);
  w.member("costo_total_centavos", a.costo_total_centavos);
  w.member("subsidio_centavos", a.subsidio_centavos);
  w.member("aporte_empresas_centavos", a.aporte_empresas_centavos);
  w.member("ponderadas", a.ponderadas);
  count_map(w, "por_motivo", a.por_motivo, standard_motivos());
  w.member("finalizadas", a.finalizadas);
  w.key("presupuesto");
  if (a.presupuesto) {
    const auto& p = *a.presupuesto;
    w.begin_object();
    w.member("fondo_centavos", p.fondo_centavos);
    w.member("comprometido_centavos", p.comprometido_centavos);
    w.member("ejecutado_centavos", p.ejecutado_centavos);
    w.member("disponible_centavos", p.disponible_centavos);
    w.end_object();
  } else {
    w.value_null();
  }
  w.end_object();
}

void remisiones(JsonWriter& w, const Remisiones& r) {
  w.key("remisiones").begin_object();
  w.member("recibidas", r.recibidas);
  count_map(w, "por_distrito", r.por_distrito);
  count_map(w, "por_estado", r.por_estado, remision_estados());
  w.end_object();
}

void capacitaciones(JsonWriter& w, const Capacitaciones& c) {
  w.key("capacitaciones").begin_object();
  w.member("eventos", c.eventos);
  w.member("participantes_mujeres", c.participantes_mujeres);
  w.member("participantes_hombres", c.participantes_hombres);
  w.member("participantes_total", c.participantes_mujeres + c.participantes_hombres);
  w.end_object();
}

void resultados(JsonWriter& w, const Resultados& r) {
  w.key("resultados").begin_object();
  w.member("empleos_mujeres", r.empleos_mujeres);
  w.member("empleos_hombres", r.empleos_hombres);
  w.member("empleos_total", r.empleos_mujeres + r.empleos_hombres);
  w.member("ventas_centavos", r.ventas_centavos);
  w.member("formalizaciones", r.formalizaciones);
  w.member("financiamiento_centavos", r.financiamiento_centavos);
  w.end_object();
}

void metas(JsonWriter& w, const std::vector<Meta>& metas) {
  w.key("metas").begin_array();
  for (const auto& m : metas) {
    w.begin_object();
    w.member("indicador", m.indicador);
    w.member("mes", m.mes);
    w.member("acumulado_anual", m.acumulado_anual);
    w.member("meta_anual", m.meta_anual);
    w.key("porcentaje");
    if (m.porcentaje && std::isfinite(*m.porcentaje)) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.2f", *m.porcentaje);
      w.value_number_text(buf);
    } else {
      w.value_null();
    }
    w.end_object();
  }
  w.end_array();
}

}  // namespace

std::string monthly_json(const MonthlyFigures& f) {
  JsonWriter w;
  w.begin_object();
  w.member("periodo", f.periodo.to_string());
  w.member("centro", f.header.centro);
  w.member("operador", f.header.operador);
  w.member("generado", iso_generated(f.header.generado));
  empresas(w, f.empresas_atendidas);
  w.member("empresas_nuevas", f.empresas_nuevas);
  sesiones(w, f.sesiones);
  asistencias(w, f.asistencias_tecnicas);
  remisiones(w, f.remisiones);
  capacitaciones(w, f.capacitaciones);
  resultados(w, f.resultados);
  metas(w, f.metas);
  w.end_object();
  return w.str();
}

void write_monthly_json(const MonthlyFigures& figures, const std::filesystem::path& path) {
  write_file_atomically(path, monthly_json(figures));
}

}  // namespace cdmype::report
