// Title block, signature lines and model sections drawn on the report's pages.
#include "report/report_pdf_parts.hpp"

#include "report/pdf_chart.hpp"
#include "report/pdf_table.hpp"
#include "report/report_format.hpp"

namespace cdmype::report {
namespace {

// Chart colours by series: paired bars (sex vs zone) read apart.
constexpr Rgb k_series[] = {style::accent, Rgb{0.85f, 0.55f, 0.20f}};

// One of the boxes under the title: a small label over a large value.
void key_figure(PageFrame& frame, float x, float w, const std::string& label,
                const std::string& value) {
  const float top = frame.y();
  fill_rect(frame.page(), x, top - 40.0f, w, 40.0f, style::header_fill);
  // Long labels shrink rather than spill out of the box.
  float size = 8.0f;
  while (size > 6.0f && frame.width(label, FontStyle::Regular, size) > w - 12.0f) size -= 0.25f;
  frame.text(x + 8.0f, top - 14.0f, label, FontStyle::Regular, size, style::muted);
  frame.text(x + 8.0f, top - 33.0f, value, FontStyle::Bold, 15.0f, style::accent);
}

Table to_pdf_table(const ModelTable& m) {
  Table t;
  for (const auto& c : m.columns)
    t.columns.push_back({c.title, c.weight, c.numeric ? Align::Right : Align::Left});
  const auto text_row = [](const std::vector<Cell>& cells) {
    std::vector<std::string> row;
    for (const auto& c : cells) row.push_back(format_cell(c));
    return row;
  };
  for (const auto& r : m.rows) t.rows.push_back(text_row(r));
  if (m.totals) t.totals = text_row(*m.totals);
  return t;
}

struct BlockDrawer {
  PageFrame& frame;
  void operator()(const Note& n) const {
    if (!n.caption.empty()) frame.subtitle(n.caption, 20.0f);
    if (n.muted)
      frame.paragraph(n.text, 8.5f, style::muted);
    else
      frame.paragraph(n.text, 9.0f);
  }
  void operator()(const ModelTable& t) const { draw_table(frame, to_pdf_table(t), t.caption); }
  void operator()(const Chart& c) const {
    std::vector<Bar> bars;
    for (const auto& b : c.bars)
      bars.push_back({b.label, b.value, k_series[b.series % std::size(k_series)]});
    draw_bar_chart(frame, c.title, bars);
  }
};

}  // namespace

void draw_title_block(PageFrame& frame, const MonthlyFigures& f) {
  const auto& h = f.header;
  frame.text(frame.left(), frame.y() - 17.0f, h.centro, FontStyle::Bold, 17.0f, style::accent);
  frame.move_down(24.0f);
  if (!h.operador.empty()) frame.paragraph("Operador: " + h.operador, 10.0f, style::text);
  frame.text(frame.left(), frame.y() - 14.0f, "Informe mensual — " + month_title(f.periodo),
             FontStyle::Bold, 14.0f);
  frame.move_down(20.0f);
  frame.paragraph("Período del " + to_display(f.periodo.first_day()) + " al " +
                      to_display(f.periodo.last_day()) + " · Informe para CONAMYPE · Generado el " +
                      format_generated(h.generado),
                  8.5f, style::muted);
  frame.move_down(4.0f);

  const float gap = 8.0f;
  const float w = (frame.content_width() - 3 * gap) / 4;
  const auto& s = f.sesiones;
  key_figure(frame, frame.left(), w, "Empresas atendidas",
             format_count(f.empresas_atendidas.total));
  key_figure(frame, frame.left() + (w + gap), w, "Sesiones de asesoría", format_count(s.total));
  key_figure(frame, frame.left() + 2 * (w + gap), w, "Horas de asesoría", format_hours(s.minutos));
  key_figure(frame, frame.left() + 3 * (w + gap), w, "Asistencias técnicas aprobadas",
             format_count(f.asistencias_tecnicas.aprobadas));
  frame.move_down(52.0f);
}

void draw_section(PageFrame& frame, const Section& section) {
  frame.section_title(section.title);
  for (const auto& block : section.blocks) std::visit(BlockDrawer{frame}, block);
}

void draw_signatures(PageFrame& frame, const MonthlyFigures& f) {
  // The statement, the lines and their labels must share one page.
  frame.move_down(12.0f);
  frame.ensure(110.0f);
  frame.paragraph("Declaramos que las cifras de este informe corresponden a los registros del " +
                      f.header.centro + " para " + month_title(f.periodo) + ".",
                  9.0f);
  frame.move_down(50.0f);
  const float gap = 40.0f;
  const float w = (frame.content_width() - gap) / 2;
  const float y = frame.y();
  const std::string labels[2] = {"Director(a) del CDMYPE", "Vo. Bo. Supervisor(a) CONAMYPE"};
  for (int i = 0; i < 2; ++i) {
    const float x = frame.left() + static_cast<float>(i) * (w + gap);
    stroke_line(frame.page(), x, y, x + w, y, 0.8f, style::text);
    const float lw = frame.width(labels[i], FontStyle::Bold, 9.0f);
    frame.text(x + (w - lw) / 2, y - 12.0f, labels[i], FontStyle::Bold, 9.0f);
    const std::string hint = "Nombre, firma y sello";
    const float hw = frame.width(hint, FontStyle::Regular, 8.0f);
    frame.text(x + (w - hw) / 2, y - 23.0f, hint, FontStyle::Regular, 8.0f, style::muted);
  }
  frame.move_down(30.0f);
}

}  // namespace cdmype::report
