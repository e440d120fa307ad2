// The report laid out as sections of notes, tables and charts, independent of PDF or XLSX.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "report/monthly_figures.hpp"

namespace cdmype::report {

// A table cell that keeps its value and unit, so the PDF prints
// "$1,234.56" while the spreadsheet gets the number 1234.56.
struct Cell {
  enum class Kind { Text, Count, Money, Hours, Percent };
  Kind kind = Kind::Text;
  std::string text;               // Text
  std::int64_t value = 0;         // Count; Money in cents; Hours in minutes
  std::optional<double> percent;  // Percent; nullopt shows "—"

  static Cell of_text(std::string t) { return {Kind::Text, std::move(t), 0, {}}; }
  static Cell of_count(std::int64_t n) { return {Kind::Count, {}, n, {}}; }
  static Cell of_money(std::int64_t cents) { return {Kind::Money, {}, cents, {}}; }
  static Cell of_hours(std::int64_t minutes) { return {Kind::Hours, {}, minutes, {}}; }
  static Cell of_percent(std::optional<double> p) { return {Kind::Percent, {}, 0, p}; }
  bool numeric() const { return kind != Kind::Text; }
};

// The cell as printed: "1,234", "$1,234.56", "95.50", "45.8 %", text as is.
std::string format_cell(const Cell& cell);

struct ModelColumn {
  std::string title;
  float weight = 1.0f;   // share of the page width in the PDF
  bool numeric = false;  // right-aligned
};

struct ModelTable {
  std::string caption;  // "Por sector"; may be empty
  std::vector<ModelColumn> columns;
  std::vector<std::vector<Cell>> rows;
  std::optional<std::vector<Cell>> totals;
};

// A line of text, e.g. a definition or "no definido".
struct Note {
  std::string caption;  // optional heading above it
  std::string text;
  bool muted = false;  // explanatory small print rather than a finding
};

struct ChartBar {
  std::string label;
  std::int64_t value = 0;
  int series = 0;  // bars of the same series share a colour
};

struct Chart {
  std::string title;
  std::vector<ChartBar> bars;
};

using Block = std::variant<Note, ModelTable, Chart>;

struct Section {
  std::string title;       // "1. Empresas atendidas"
  std::string sheet_name;  // "Empresas" (≤ 31 characters, for the workbook)
  std::vector<Block> blocks;
};

// Every section of product.md §3 in order: enterprises, sessions, AT,
// referrals, trainings, results, goals.
std::vector<Section> build_report_model(const MonthlyFigures& figures);

}  // namespace cdmype::report
