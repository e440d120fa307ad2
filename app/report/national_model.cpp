// Rows per center and the national total, from the summed report trees.
#include "report/national_model.hpp"

#include <algorithm>
#include <functional>

#include "report/report_format.hpp"

namespace cdmype::report {
namespace {

struct MainFigure {
  std::string title;
  std::function<Cell(const JsonValue&)> cell;
  bool charted = false;
};

const std::vector<MainFigure>& main_figures() {
  using P = std::initializer_list<std::string_view>;
  const auto count = [](P path) {
    return [path = std::vector<std::string_view>(path)](const JsonValue& f) {
      return Cell::of_count(f.integer_at(path));
    };
  };
  static const std::vector<MainFigure> figures = {
      {"Empresas atendidas", count({"empresas_atendidas", "total"}), true},
      {"De mujeres", count({"empresas_atendidas", "mujer"})},
      {"Rurales", count({"empresas_atendidas", "rural"})},
      {"Sesiones", count({"sesiones", "total"}), true},
      {"Horas",
       [](const JsonValue& f) {
         return Cell::of_hours(f.integer_at({"sesiones", "minutos"}));
       }},
      {"AT aprobadas", count({"asistencias_tecnicas", "aprobadas"}), true},
      {"Subsidio AT",
       [](const JsonValue& f) {
         return Cell::of_money(f.integer_at({"asistencias_tecnicas", "subsidio_centavos"}));
       }},
      {"Capacitados", count({"capacitaciones", "participantes_total"}), true},
      {"Empleos", count({"resultados", "empleos_total"})},
      {"Ventas",
       [](const JsonValue& f) {
         return Cell::of_money(f.integer_at({"resultados", "ventas_centavos"}));
       }},
  };
  return figures;
}

Section figures_section(const NationalRollUp& r, JsonValue CenterFigures::*part,
                        const JsonValue& total, std::int64_t distinct, std::string title,
                        std::string sheet, bool with_charts) {
  Section s{std::move(title), std::move(sheet), {}};
  // Five figures a table, so the columns keep readable headings on a page.
  const auto& figures = main_figures();
  for (std::size_t first = 0; first < figures.size(); first += 5) {
    const std::size_t last = std::min(first + 5, figures.size());
    ModelTable t;
    t.caption =
        first == 0 ? "Empresas y asesoría" : "Asistencia técnica, capacitación y resultados";
    t.columns.push_back({"Centro", 2.4f, false});
    for (std::size_t i = first; i < last; ++i) t.columns.push_back({figures[i].title, 1.0f, true});
    for (const auto& c : r.centros) {
      std::vector<Cell> row{Cell::of_text(c.prefijo + " · " + c.centro)};
      for (std::size_t i = first; i < last; ++i) row.push_back(figures[i].cell(c.*part));
      t.rows.push_back(std::move(row));
    }
    std::vector<Cell> totals{Cell::of_text("Total nacional")};
    for (std::size_t i = first; i < last; ++i) totals.push_back(figures[i].cell(total));
    t.totals = std::move(totals);
    s.blocks.emplace_back(std::move(t));
  }
  s.blocks.emplace_back(Note{"",
                             "Empresas distintas entre todos los centros (una empresa "
                             "atendida por dos centros cuenta una vez): " +
                                 format_count(distinct) + ".",
                             true});
  if (with_charts)
    for (const auto& m : main_figures()) {
      if (!m.charted) continue;
      Chart chart{m.title + ", por centro", {}};
      for (const auto& c : r.centros) chart.bars.push_back({c.prefijo, m.cell(c.*part).value, 0});
      s.blocks.emplace_back(std::move(chart));
    }
  return s;
}

Section shares_section(const NationalRollUp& r) {
  Section s{"3. Mujeres, zona rural y jóvenes", "Proporciones", {}};
  ModelTable t;
  t.caption = "Parte de las empresas atendidas en el mes (y desde el 1 de enero)";
  t.columns = {{"Centro", 2.2f, false},    {"Mujer", 1.0f, true},       {"Rural", 1.0f, true},
               {"Joven", 1.0f, true},      {"Mujer (año)", 1.0f, true}, {"Rural (año)", 1.0f, true},
               {"Joven (año)", 1.0f, true}};
  auto row = [](std::string name, const JsonValue& mes, const JsonValue& anio) {
    const Shares m = shares_of(mes), a = shares_of(anio);
    return std::vector<Cell>{Cell::of_text(std::move(name)), Cell::of_percent(m.mujer),
                             Cell::of_percent(m.rural),      Cell::of_percent(m.joven),
                             Cell::of_percent(a.mujer),      Cell::of_percent(a.rural),
                             Cell::of_percent(a.joven)};
  };
  for (const auto& c : r.centros)
    t.rows.push_back(row(c.prefijo + " · " + c.centro, c.mes, c.acumulado));
  t.totals = row("Total nacional", r.total_mes, r.total_acumulado);
  s.blocks.emplace_back(std::move(t));
  return s;
}

Section goals_section(const NationalRollUp& r) {
  Section s{"4. Metas del año y lo logrado", "Metas", {}};
  ModelTable t;
  t.columns = {{"Centro", 1.2f, false},   {"Indicador", 2.4f, false}, {"Mes", 1.0f, true},
               {"Acumulado", 1.0f, true}, {"Meta anual", 1.0f, true}, {"Logro", 0.9f, true}};
  for (const auto& c : r.centros) {
    const JsonValue* metas = c.mes.find("metas");
    if (!metas) continue;
    for (const auto& m : metas->items) {
      const JsonValue* code = m.find("indicador");
      if (!code) continue;
      const bool money = indicador_is_money(code->text);
      auto cell = [&](std::string_view key) {
        const std::int64_t n = m.integer_at({key});
        return money ? Cell::of_money(n) : Cell::of_count(n);
      };
      const JsonValue* pct = m.find("porcentaje");
      t.rows.push_back({Cell::of_text(c.prefijo), Cell::of_text(indicador_label(code->text)),
                        cell("mes"), cell("acumulado_anual"), cell("meta_anual"),
                        Cell::of_percent(pct ? pct->number() : std::nullopt)});
    }
  }
  if (t.rows.empty())
    s.blocks.emplace_back(Note{"", "Ningún centro tiene metas anuales registradas.", true});
  else
    s.blocks.emplace_back(std::move(t));
  return s;
}

}  // namespace

std::vector<Section> build_national_model(const NationalRollUp& r) {
  const std::string month = month_title(r.periodo);
  std::vector<Section> out;
  out.push_back(figures_section(r, &CenterFigures::mes, r.total_mes, r.distintas_mes,
                                "1. " + month + ", por centro", "Mes", true));
  std::string sent = std::to_string(r.centros.size()) + " centro(s) enviaron su paquete firmado";
  if (r.faltan.empty()) {
    sent += "; no falta ninguno de la lista de claves.";
  } else {
    sent += ". Sin paquete este mes:";
    for (const auto& p : r.faltan) sent += " " + p;
    sent += ".";
  }
  out.front().blocks.insert(out.front().blocks.begin(), Note{"", sent, false});
  out.push_back(figures_section(r, &CenterFigures::acumulado, r.total_acumulado, r.distintas_anio,
                                "2. Desde el 1 de enero, por centro", "Acumulado", false));
  out.push_back(shares_section(r));
  out.push_back(goals_section(r));
  return out;
}

}  // namespace cdmype::report
