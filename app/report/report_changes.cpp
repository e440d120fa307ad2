// compare_report_json over flattened documents; describe_change in the words of the CLI.
#include "report/report_changes.hpp"

#include <map>
#include <set>

#include "report/json_flatten.hpp"

namespace cdmype::report {
namespace {

constexpr std::string_view kIgnored = "generado";

}  // namespace

std::vector<FigureChange> compare_report_json(std::string_view issued, std::string_view current) {
  const FlatJson old_leaves = flatten_json(issued);
  const FlatJson new_leaves = flatten_json(current);
  std::map<std::string, std::string> old_by_path(old_leaves.begin(), old_leaves.end());
  std::set<std::string> seen;
  std::vector<FigureChange> changes;
  for (const auto& [path, value] : new_leaves) {
    if (path == kIgnored) continue;
    seen.insert(path);
    const auto it = old_by_path.find(path);
    if (it == old_by_path.end())
      changes.push_back({path, std::nullopt, value});
    else if (it->second != value)
      changes.push_back({path, it->second, value});
  }
  for (const auto& [path, value] : old_leaves)
    if (path != kIgnored && !seen.contains(path)) changes.push_back({path, value, std::nullopt});
  return changes;
}

std::string describe_change(const FigureChange& c) {
  return c.path + ": " + c.before.value_or("(no estaba)") + " → " +
         c.after.value_or("(ya no está)");
}

}  // namespace cdmype::report
