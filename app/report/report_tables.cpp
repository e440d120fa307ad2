// Breakdown tables of the report: ordering, labels, percentages, totals rows.
#include "report/report_tables.hpp"

#include <algorithm>
#include <set>

#include "core/spanish_collation.hpp"

namespace cdmype::report {

std::vector<LabeledCount> labeled_fixed(const CountMap& counts,
                                        const std::vector<std::string>& fixed_codes,
                                        const Labeler& label) {
  std::vector<LabeledCount> out;
  const std::set<std::string> fixed(fixed_codes.begin(), fixed_codes.end());
  for (const auto& code : fixed_codes) {
    const auto it = counts.find(code);
    out.emplace_back(label(code), it == counts.end() ? 0 : it->second);
  }
  for (const auto& [code, n] : counts)
    if (!fixed.contains(code)) out.emplace_back(label(code), n);
  return out;
}

std::vector<LabeledCount> sorted_by_name(const CountMap& counts) {
  std::vector<LabeledCount> out(counts.begin(), counts.end());
  sort_spanish(out, [](const LabeledCount& c) -> const std::string& { return c.first; });
  return out;
}

std::optional<double> share(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<double>(part) * 100.0 / static_cast<double>(whole);
}

ModelTable count_table(std::string caption, const std::string& label_title,
                       const std::string& count_title, const std::vector<LabeledCount>& rows,
                       bool with_percent, const std::string& totals_label) {
  ModelTable t;
  t.caption = std::move(caption);
  t.columns.push_back({label_title, with_percent ? 3.0f : 3.5f, false});
  t.columns.push_back({count_title, 1.0f, true});
  if (with_percent) t.columns.push_back({"% del total", 1.0f, true});
  std::int64_t total = 0;
  for (const auto& [label, n] : rows) total += n;
  for (const auto& [label, n] : rows) {
    std::vector<Cell> row{Cell::of_text(label), Cell::of_count(n)};
    if (with_percent) row.push_back(Cell::of_percent(share(n, total)));
    t.rows.push_back(std::move(row));
  }
  std::vector<Cell> totals{Cell::of_text(totals_label), Cell::of_count(total)};
  if (with_percent) totals.push_back(Cell::of_percent(share(total, total)));
  t.totals = std::move(totals);
  return t;
}

ModelTable value_table(std::string caption, const std::string& label_title,
                       const std::string& value_title,
                       const std::vector<std::pair<std::string, Cell>>& rows) {
  ModelTable t;
  t.caption = std::move(caption);
  t.columns = {{label_title, 3.5f, false}, {value_title, 1.5f, true}};
  for (const auto& [label, value] : rows) t.rows.push_back({Cell::of_text(label), value});
  return t;
}

}  // namespace cdmype::report
