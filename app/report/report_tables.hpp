// Builders turning the figures' breakdowns into report tables (for the PDF and the XLSX).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "report/monthly_figures.hpp"
#include "report/report_model.hpp"

namespace cdmype::report {

using LabeledCount = std::pair<std::string, std::int64_t>;
using Labeler = std::function<std::string(std::string_view)>;

// The fixed codes first, in the given order (zeros included), then any other
// key; each code shown through `label`.
std::vector<LabeledCount> labeled_fixed(const CountMap& counts,
                                        const std::vector<std::string>& fixed_codes,
                                        const Labeler& label);

// Names in Spanish order (core/spanish_collation.hpp: "Ávila" next to
// "Apopa", not after "Zacatecoluca"; "Ñ" between "N" and "O").
std::vector<LabeledCount> sorted_by_name(const CountMap& counts);

// label | count [| % of the total], with a totals row.
ModelTable count_table(std::string caption, const std::string& label_title,
                       const std::string& count_title, const std::vector<LabeledCount>& rows,
                       bool with_percent = true, const std::string& totals_label = "Total");

// label | value (one cell each, numbers right-aligned); no totals.
ModelTable value_table(std::string caption, const std::string& label_title,
                       const std::string& value_title,
                       const std::vector<std::pair<std::string, Cell>>& rows);

// `part` as a % of `whole`; nullopt when whole is 0.
std::optional<double> share(std::int64_t part, std::int64_t whole);

}  // namespace cdmype::report
