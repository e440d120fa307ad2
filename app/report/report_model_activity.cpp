// Report sections about the month's activity: enterprises attended and advisory sessions.
#include "report/report_format.hpp"
#include "report/report_model_sections.hpp"
#include "report/report_tables.hpp"

namespace cdmype::report {
namespace {

// A breakdown by place name, or a line saying there is nothing to break down.
Block names_block(const std::string& caption, const std::string& column,
                  const std::string& count_title, const CountMap& counts, const std::string& none) {
  if (counts.empty()) return Note{caption, none, true};
  return count_table(caption, column, count_title, sorted_by_name(counts));
}

}  // namespace

Section empresas_section(const MonthlyFigures& f) {
  const auto& e = f.empresas_atendidas;
  Section s{"1. Empresas atendidas", "Empresas", {}};
  s.blocks.push_back(Note{
      "",
      "Empresas distintas con al menos una sesión de asesoría en el mes. «Liderada por mujer»: "
      "titular mujer, o mayoría de socias en las formas asociativas; «joven»: titular de 15 a 29 "
      "años. Tamaño: según la Ley MYPE y el salario mínimo vigentes el último día del mes; «sin "
      "datos» cuando el expediente no registra ventas ni personal.",
      true});

  ModelTable summary;
  summary.columns = {
      {"Indicador", 3.0f, false}, {"Empresas", 1.0f, true}, {"% del total", 1.0f, true}};
  const auto add = [&](const std::string& label, std::int64_t n) {
    summary.rows.push_back(
        {Cell::of_text(label), Cell::of_count(n), Cell::of_percent(share(n, e.total))});
  };
  add("Lideradas por mujer", e.mujer);
  add("Lideradas por hombre", e.hombre);
  add("Zona rural", e.rural);
  add("Zona urbana", e.urbana);
  add("Empresas asociativas", e.asociativa);
  add("Titular joven (15 a 29 años)", e.joven);
  summary.totals = {{Cell::of_text("Total de empresas atendidas"), Cell::of_count(e.total),
                     Cell::of_percent(share(e.total, e.total))}};
  s.blocks.push_back(std::move(summary));
  s.blocks.push_back(value_table(
      "", "Expedientes", "Empresas",
      {{"Empresas nuevas (fecha de ingreso en el mes)", Cell::of_count(f.empresas_nuevas)}}));

  s.blocks.push_back(Chart{"Empresas atendidas por sexo de quien lidera y por zona",
                           {{"Lideradas por mujer", e.mujer, 0},
                            {"Lideradas por hombre", e.hombre, 0},
                            {"Zona rural", e.rural, 1},
                            {"Zona urbana", e.urbana, 1}}});

  s.blocks.push_back(count_table("Por sector", "Sector", "Empresas",
                                 labeled_fixed(e.por_sector, sector_codes(), sector_label)));
  s.blocks.push_back(count_table("Por tamaño (Ley MYPE)", "Tamaño", "Empresas",
                                 labeled_fixed(e.por_tamano, tamano_codes(), tamano_label)));
  if (e.por_tamano_micro)
    s.blocks.push_back(count_table(
        "Microempresas por categoría", "Categoría", "Empresas",
        labeled_fixed(*e.por_tamano_micro, categoria_micro_codes(), categoria_micro_label)));
  const std::string none = "Sin empresas atendidas en el mes.";
  s.blocks.push_back(names_block("Por municipio", "Municipio", "Empresas", e.por_municipio, none));
  s.blocks.push_back(names_block("Por distrito", "Distrito", "Empresas", e.por_distrito, none));
  return s;
}

Section sesiones_section(const MonthlyFigures& f) {
  const auto& ses = f.sesiones;
  Section s{"2. Sesiones de asesoría", "Sesiones", {}};
  s.blocks.push_back(value_table("", "Indicador", "Valor",
                                 {{"Sesiones realizadas", Cell::of_count(ses.total)},
                                  {"Tiempo total (minutos)", Cell::of_count(ses.minutos)},
                                  {"Tiempo total (horas)", Cell::of_hours(ses.minutos)}}));

  const auto areas = labeled_fixed(ses.por_area, area_codes(), area_label);
  s.blocks.push_back(count_table("Por área de servicio", "Área de servicio", "Sesiones", areas));
  Chart chart{"Sesiones por área de servicio", {}};
  for (const auto& [label, n] : areas) chart.bars.push_back({label, n, 0});
  s.blocks.push_back(std::move(chart));

  ModelTable t;
  t.caption = "Por asesor(a)";
  t.columns = {{"Asesor(a)", 3.0f, false}, {"Sesiones", 1.0f, true}, {"Horas", 1.0f, true}};
  CountMap names;  // sorted like the other name lists
  for (const auto& [name, a] : ses.por_asesor) names[name] = a.sesiones;
  std::int64_t sesiones = 0;
  std::int64_t minutos = 0;
  for (const auto& [name, n] : sorted_by_name(names)) {
    const auto& a = ses.por_asesor.at(name);
    t.rows.push_back({Cell::of_text(name), Cell::of_count(a.sesiones), Cell::of_hours(a.minutos)});
    sesiones += a.sesiones;
    minutos += a.minutos;
  }
  t.totals = {{Cell::of_text("Total"), Cell::of_count(sesiones), Cell::of_hours(minutos)}};
  s.blocks.push_back(std::move(t));
  return s;
}

}  // namespace cdmype::report
