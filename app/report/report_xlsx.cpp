// write_monthly_xlsx: the report model written with libxlsxwriter (only when CDMYPE_HAVE_XLSX).
#include "report/report_xlsx.hpp"

#include "core/errors.hpp"

#ifdef CDMYPE_HAVE_XLSX
#include <unistd.h>
#include <xlsxwriter.h>

#include <atomic>
#include <functional>
#include <fstream>
#include <iterator>
#include <system_error>

#include "report/file_output.hpp"
#include "store/file_mode.hpp"
#include "report/report_format.hpp"
#include "report/report_model.hpp"
#endif

namespace cdmype::report {

#ifndef CDMYPE_HAVE_XLSX

bool xlsx_available() { return false; }

void write_monthly_xlsx(const MonthlyFigures&, const std::filesystem::path&) {
  throw UserError(
      "Esta instalación no puede generar Excel (falta libxlsxwriter). Use el JSON o el PDF.");
}

void write_sections_xlsx(const std::vector<std::string>&, const std::vector<Section>&,
                         const std::filesystem::path&) {
  write_monthly_xlsx(MonthlyFigures{}, {});
}

#else

namespace {

// The workbook's cell formats, plain and bold (totals) for each kind.
struct Formats {
  lxw_format* title;
  lxw_format* heading;
  lxw_format* note;
  lxw_format* header_text;
  lxw_format* header_number;
  lxw_format* text[2];
  lxw_format* count[2];
  lxw_format* money[2];
  lxw_format* hours[2];
  lxw_format* percent[2];

  explicit Formats(lxw_workbook* wb) {
    title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_font_color(title, 0x1F4D8C);
    heading = workbook_add_format(wb);
    format_set_bold(heading);
    note = workbook_add_format(wb);
    format_set_italic(note);
    format_set_font_color(note, 0x666666);
    for (lxw_format** f : {&header_text, &header_number}) {
      *f = workbook_add_format(wb);
      format_set_bold(*f);
      format_set_bg_color(*f, 0xDCE6F2);
      format_set_bottom(*f, LXW_BORDER_THIN);
    }
    format_set_align(header_number, LXW_ALIGN_RIGHT);
    for (int bold = 0; bold < 2; ++bold) {
      text[bold] = make(wb, nullptr, bold);
      count[bold] = make(wb, "#,##0", bold);
      money[bold] = make(wb, "$#,##0.00", bold);
      hours[bold] = make(wb, "#,##0.00", bold);
      percent[bold] = make(wb, "0.0%", bold);
    }
  }

  static lxw_format* make(lxw_workbook* wb, const char* num_format, int bold) {
    lxw_format* f = workbook_add_format(wb);
    if (num_format) format_set_num_format(f, num_format);
    if (bold) {
      format_set_bold(f);
      format_set_top(f, LXW_BORDER_THIN);
    }
    return f;
  }
};

class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* ws, const Formats& fmt) : ws_(ws), fmt_(fmt) {
    worksheet_set_column(ws, 0, 0, 52, nullptr);
    worksheet_set_column(ws, 1, 4, 18, nullptr);
  }

  void line(const std::string& text, lxw_format* format) {
    worksheet_write_string(ws_, row_++, 0, text.c_str(), format);
  }
  void skip() { ++row_; }

  void operator()(const Note& n) {
    if (!n.caption.empty()) line(n.caption, fmt_.heading);
    line(n.text, n.muted ? fmt_.note : nullptr);
    skip();
  }

  void operator()(const ModelTable& t) {
    if (!t.caption.empty()) line(t.caption, fmt_.heading);
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      worksheet_write_string(ws_, row_, col(c), t.columns[c].title.c_str(),
                             t.columns[c].numeric ? fmt_.header_number : fmt_.header_text);
    ++row_;
    for (const auto& r : t.rows) cells(r, 0);
    if (t.totals) cells(*t.totals, 1);
    skip();
  }

  // The chart's figures are already in the section's tables.
  void operator()(const Chart&) {}

 private:
  static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }

  void cells(const std::vector<Cell>& row, int bold) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      const Cell& cell = row[c];
      const auto number = [&](double v, lxw_format* f) {
        worksheet_write_number(ws_, row_, col(c), v, f);
      };
      switch (cell.kind) {
        case Cell::Kind::Text:
          worksheet_write_string(ws_, row_, col(c), cell.text.c_str(), fmt_.text[bold]);
          break;
        case Cell::Kind::Count:
          number(static_cast<double>(cell.value), fmt_.count[bold]);
          break;
        case Cell::Kind::Money:
          number(static_cast<double>(cell.value) / 100.0, fmt_.money[bold]);
          break;
        case Cell::Kind::Hours:
          number(static_cast<double>(cell.value) / 60.0, fmt_.hours[bold]);
          break;
        case Cell::Kind::Percent:
          if (cell.percent)
            number(*cell.percent / 100.0, fmt_.percent[bold]);
          else
            worksheet_write_string(ws_, row_, col(c), "—", fmt_.text[bold]);
          break;
      }
    }
    ++row_;
  }

  lxw_worksheet* ws_;
  const Formats& fmt_;
  lxw_row_t row_ = 0;
};

void summary_sheet(lxw_workbook* wb, const Formats& fmt, const MonthlyFigures& f) {
  SheetWriter w(workbook_add_worksheet(wb, "Resumen"), fmt);
  w.line(f.header.centro, fmt.title);
  if (!f.header.operador.empty()) w.line("Operador: " + f.header.operador, nullptr);
  w.line("Informe mensual — " + month_title(f.periodo), fmt.heading);
  w.line("Período del " + to_display(f.periodo.first_day()) + " al " +
             to_display(f.periodo.last_day()),
         nullptr);
  w.line("Generado el " + format_generated(f.header.generado), fmt.note);
  w.skip();
  ModelTable key;
  key.columns = {{"Indicador", 3.0f, false}, {"Valor", 1.0f, true}};
  key.rows = {{Cell::of_text("Empresas atendidas"), Cell::of_count(f.empresas_atendidas.total)},
              {Cell::of_text("Sesiones de asesoría"), Cell::of_count(f.sesiones.total)},
              {Cell::of_text("Horas de asesoría"), Cell::of_hours(f.sesiones.minutos)},
              {Cell::of_text("Asistencias técnicas aprobadas"),
               Cell::of_count(f.asistencias_tecnicas.aprobadas)},
              {Cell::of_text("Remisiones recibidas"), Cell::of_count(f.remisiones.recibidas)}};
  w(key);
}

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& why) {
  throw UserError("No se pudo escribir el libro de Excel «" + path.string() + "»: " + why +
                  ". Revise que la carpeta exista y tenga permiso de escritura.");
}

}  // namespace

bool xlsx_available() { return true; }

namespace {

// libxlsxwriter writes straight to its file: the workbook is built in a private temporary file,
// then its bytes go to write_file_atomically, which renames into place (or writes a pipe such as
// /dev/stdout directly), so a failure leaves no half-written workbook.
void write_workbook(const std::filesystem::path& path,
                    const std::function<void(lxw_workbook*, const Formats&)>& fill) {
  static std::atomic<int> serial{0};
  const std::filesystem::path tmp =
      std::filesystem::temp_directory_path() /
      ("cdmype-informe-" + std::to_string(::getpid()) + "-" + std::to_string(++serial) + ".xlsx");
  // libxlsxwriter reopens it with fopen("wb"), which keeps this 0600 mode.
  if (const int error = store::recreate_private_file(tmp)) fail(path, file_error_text(error));
  lxw_workbook* wb = workbook_new(tmp.string().c_str());
  if (wb == nullptr) fail(path, "no se pudo crear el archivo");
  const Formats fmt(wb);
  fill(wb, fmt);
  const lxw_error err = workbook_close(wb);  // also frees wb
  std::error_code ec;
  if (err != LXW_NO_ERROR) {
    std::filesystem::remove(tmp, ec);
    fail(path, lxw_strerror(err));
  }
  std::ifstream in(tmp, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  std::filesystem::remove(tmp, ec);
  if (bytes.empty()) fail(path, "el libro quedó vacío");
  write_file_atomically(path, bytes);
}

void section_sheets(lxw_workbook* wb, const Formats& fmt, const std::vector<Section>& sections) {
  for (const auto& section : sections) {
    SheetWriter w(workbook_add_worksheet(wb, section.sheet_name.c_str()), fmt);
    w.line(section.title, fmt.title);
    w.skip();
    for (const auto& block : section.blocks) std::visit(w, block);
  }
}

}  // namespace

void write_monthly_xlsx(const MonthlyFigures& figures, const std::filesystem::path& path) {
  write_workbook(path, [&](lxw_workbook* wb, const Formats& fmt) {
    summary_sheet(wb, fmt, figures);
    section_sheets(wb, fmt, build_report_model(figures));
  });
}

void write_sections_xlsx(const std::vector<std::string>& heading,
                         const std::vector<Section>& sections, const std::filesystem::path& path) {
  write_workbook(path, [&](lxw_workbook* wb, const Formats& fmt) {
    SheetWriter w(workbook_add_worksheet(wb, "Resumen"), fmt);
    for (std::size_t i = 0; i < heading.size(); ++i)
      w.line(heading[i], i == 0 ? fmt.title : nullptr);
    section_sheets(wb, fmt, sections);
  });
}

#endif

}  // namespace cdmype::report
