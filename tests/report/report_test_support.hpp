// Shared by the report tests: a typical month's figures and reading a PDF back with poppler.
#pragma once
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "report/monthly_figures.hpp"
#include "support/command_output.hpp"
#include "support/temp_dir.hpp"

namespace cdmype::report::testing {

// A month of a small rural center, with the accents the report must keep
// (Citalá, María Peña, José Niño, Nueva Concepción).
inline MonthlyFigures typical_month() {
  MonthlyFigures f;
  f.header.centro = "CDMYPE Chalatenango";
  f.header.operador = "Asociación de Municipios Cayaguanca";
  f.header.papel = PaperSize::A4;
  f.header.generado = {Date(2026, 11, 3), 10, 15};
  f.periodo = {2026, 10};
  auto& e = f.empresas_atendidas;
  e.total = 48, e.mujer = 29, e.hombre = 19, e.rural = 31, e.urbana = 17, e.asociativa = 6,
  e.joven = 11;
  e.por_sector = {{"agroindustria", 12},
                  {"artesanias", 9},
                  {"turismo", 5},
                  {"alimentos_bebidas", 14},
                  {"textiles_confeccion", 3},
                  {"cosmetica_natural", 2},
                  {"comercio", 3}};
  e.por_municipio = {{"Chalatenango Centro", 20}, {"Chalatenango Norte", 28}};
  e.por_distrito = {{"Citalá", 9},
                    {"La Palma", 14},
                    {"San Ignacio", 5},
                    {"Chalatenango", 12},
                    {"Nueva Concepción", 8}};
  f.empresas_nuevas = 7;
  auto& s = f.sesiones;
  s.total = 96, s.minutos = 5730;
  s.por_area = {{"asesoria_empresarial", 40},     {"asesoria_tic", 12},
                {"empresarialidad_femenina", 18}, {"asesoria_financiera", 10},
                {"asistencia_tecnica", 8},        {"vinculacion", 8}};
  s.por_asesor = {
      {"María Peña", {40, 2400}}, {"José Niño", {30, 1800}}, {"Ana Ramírez", {26, 1530}}};
  auto& a = f.asistencias_tecnicas;
  a.aprobadas = 5, a.costo_total_centavos = 100800, a.subsidio_centavos = 95480,
  a.aporte_empresas_centavos = 5320, a.ponderadas = 4, a.finalizadas = 2;
  a.por_motivo = {{"liderada_por_mujer", 3}, {"rural", 1}};
  a.presupuesto = PresupuestoAt{2500000, 123456, 50000, 2376544};
  auto& r = f.remisiones;
  r.recibidas = 11;
  r.por_distrito = {{"Citalá", 4}, {"La Palma", 7}};
  r.por_estado = {{"recibida", 3}, {"asignada", 2}, {"atendida", 5}, {"no_procede", 1}};
  f.capacitaciones = {3, 41, 22};
  f.resultados = {6, 4, 1234567, 3, 500000};
  f.metas = {{"empresas_atendidas", 48, 402, 480, percent_achieved(402, 480)},
             {"sesiones", 96, 850, 1000, percent_achieved(850, 1000)},
             {"ventas_centavos", 1234567, 9876543, 20000000, percent_achieved(9876543, 20000000)},
             {"nuevos_mercados", 1, 4, 0, std::nullopt}};
  return f;
}

using testing_support::TempDir;


// Standard output of a shell command (test helper; the command is ours).
inline std::string run(const std::string& command) {
  return testing_support::command_output(command);
}

inline void save_bytes(const std::filesystem::path& path, const std::vector<unsigned char>& b) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
}

// `pdftotext -layout` of a PDF file; pages are separated by '\f'.
inline std::string pdf_text(const std::filesystem::path& pdf) {
  return run("pdftotext -layout '" + pdf.string() + "' - 2>&1");
}

inline std::vector<std::string> split_pages(const std::string& text) {
  std::vector<std::string> pages;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t ff = text.find('\f', start);
    pages.push_back(text.substr(start, ff - start));
    if (ff == std::string::npos) break;
    start = ff + 1;
  }
  if (!pages.empty() && pages.back().find_first_not_of(" \n") == std::string::npos)
    pages.pop_back();
  return pages;
}

}  // namespace cdmype::report::testing
