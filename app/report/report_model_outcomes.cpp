// Report sections about outcomes: technical assistance, referrals, trainings, results, goals.
#include "report/report_format.hpp"
#include "report/report_model_sections.hpp"
#include "report/report_tables.hpp"

namespace cdmype::report {

Section asistencias_section(const MonthlyFigures& f) {
  const auto& a = f.asistencias_tecnicas;
  Section s{"3. Asistencias técnicas con cofinanciamiento", "Asistencias técnicas", {}};
  s.blocks.push_back(Note{"",
                          "Asistencias técnicas con fecha de aprobación en el mes (aprobadas o en "
                          "un estado posterior; no se cuentan las rechazadas).",
                          true});
  s.blocks.push_back(
      value_table("", "Indicador", "Valor",
                  {{"Asistencias técnicas aprobadas", Cell::of_count(a.aprobadas)},
                   {"Costo total de los servicios", Cell::of_money(a.costo_total_centavos)},
                   {"Subsidio del CDMYPE", Cell::of_money(a.subsidio_centavos)},
                   {"Aporte de las empresas", Cell::of_money(a.aporte_empresas_centavos)},
                   {"Con subsidio ponderado", Cell::of_count(a.ponderadas)},
                   {"Finalizadas en el mes", Cell::of_count(a.finalizadas)}}));
  ModelTable motivos = count_table(
      "Asistencias con subsidio ponderado, por motivo", "Motivo de la ponderación", "Asistencias",
      labeled_fixed(a.por_motivo, standard_motivos(), motivo_label), false);
  // One assistance may have several reasons (woman-led and rural): the sum
  // of the rows is not a count of assistances, so the last row gives the
  // weighted assistances themselves.
  motivos.totals = {Cell::of_text("Asistencias ponderadas (una puede tener varios motivos)"),
                    Cell::of_count(a.ponderadas)};
  s.blocks.push_back(std::move(motivos));

  const std::string year = std::to_string(f.periodo.year);
  const std::string caption =
      "Presupuesto de asistencias técnicas " + year + " (acumulado al cierre del mes)";
  if (!a.presupuesto) {
    s.blocks.push_back(Note{
        caption, "Presupuesto de asistencias técnicas del año " + year + ": no definido.", false});
    return s;
  }
  const auto& p = *a.presupuesto;
  ModelTable t;
  t.caption = caption;
  t.columns = {{"Fondo del año", 1.0f, true},
               {"Comprometido", 1.0f, true},
               {"Ejecutado", 1.0f, true},
               {"Disponible", 1.0f, true}};
  t.rows.push_back({Cell::of_money(p.fondo_centavos), Cell::of_money(p.comprometido_centavos),
                    Cell::of_money(p.ejecutado_centavos), Cell::of_money(p.disponible_centavos)});
  s.blocks.push_back(std::move(t));
  return s;
}

Section remisiones_section(const MonthlyFigures& f) {
  const auto& r = f.remisiones;
  Section s{"4. Remisiones de ventanillas", "Remisiones", {}};
  s.blocks.push_back(
      value_table("", "Indicador", "Remisiones",
                  {{"Remisiones recibidas en el mes", Cell::of_count(r.recibidas)}}));
  const std::string caption = "Por distrito de la ventanilla";
  if (r.por_distrito.empty())
    s.blocks.push_back(Note{caption, "Sin remisiones recibidas en el mes.", true});
  else
    s.blocks.push_back(
        count_table(caption, "Distrito", "Remisiones", sorted_by_name(r.por_distrito)));
  s.blocks.push_back(
      count_table("Por estado", "Estado", "Remisiones",
                  labeled_fixed(r.por_estado, remision_estados(), remision_estado_label)));
  return s;
}

Section capacitaciones_section(const MonthlyFigures& f) {
  const auto& c = f.capacitaciones;
  Section s{"5. Capacitaciones", "Capacitaciones", {}};
  s.blocks.push_back(
      value_table("", "Indicador", "Valor",
                  {{"Eventos de capacitación realizados", Cell::of_count(c.eventos)}}));
  s.blocks.push_back(
      count_table("", "Participantes", "Personas",
                  {{"Mujeres", c.participantes_mujeres}, {"Hombres", c.participantes_hombres}},
                  true, "Total de participantes"));
  return s;
}

Section resultados_section(const MonthlyFigures& f) {
  const auto& r = f.resultados;
  Section s{"6. Resultados e impacto", "Resultados", {}};
  s.blocks.push_back(count_table("", "Empleos generados", "Empleos",
                                 {{"Mujeres", r.empleos_mujeres}, {"Hombres", r.empleos_hombres}},
                                 true, "Total de empleos"));
  s.blocks.push_back(
      value_table("", "Indicador", "Valor",
                  {{"Ventas reportadas", Cell::of_money(r.ventas_centavos)},
                   {"Formalizaciones (NIT, NRC, registro sanitario, marca, código de barras)",
                    Cell::of_count(r.formalizaciones)},
                   {"Financiamiento obtenido", Cell::of_money(r.financiamiento_centavos)}}));
  return s;
}

Section metas_section(const MonthlyFigures& f) {
  const std::string year = std::to_string(f.periodo.year);
  Section s{"7. Metas del plan anual " + year, "Metas", {}};
  if (f.metas.empty()) {
    s.blocks.push_back(Note{"", "No hay metas definidas para el año " + year + ".", false});
    return s;
  }
  s.blocks.push_back(Note{"",
                          "Acumulado del año: del 1 de enero al " + to_display(f.periodo.last_day()) +
                              "; una empresa atendida en varios meses se cuenta una vez. % de "
                              "logro: acumulado del año sobre la meta anual.",
                          true});
  ModelTable t;
  t.columns = {{"Indicador", 3.2f, false},
               {"Mes", 1.0f, true},
               {"Acumulado del año", 1.7f, true},
               {"Meta anual", 1.3f, true},
               {"% de logro", 1.0f, true}};
  for (const auto& m : f.metas) {
    const auto value = [&](std::int64_t v) {
      return indicador_is_money(m.indicador) ? Cell::of_money(v) : Cell::of_count(v);
    };
    t.rows.push_back({Cell::of_text(indicador_label(m.indicador)), value(m.mes),
                      value(m.acumulado_anual),
                      m.meta_anual > 0 ? value(m.meta_anual) : Cell::of_text("sin meta"),
                      Cell::of_percent(m.porcentaje)});
  }
  s.blocks.push_back(std::move(t));
  return s;
}

}  // namespace cdmype::report
