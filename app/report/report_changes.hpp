// What changed in a month's figures since its report was issued, figure by figure.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdmype::report {

struct FigureChange {
  std::string path;                   // "empresas_atendidas.total"
  std::optional<std::string> before;  // nullopt: the figure did not exist when issued
  std::optional<std::string> after;   // nullopt: the figure no longer exists
};

// Leaves of the two report JSON documents that differ, ignoring "generado"
// (the generation time always differs). Current document order first, then
// figures that disappeared, in the issued order.
std::vector<FigureChange> compare_report_json(std::string_view issued, std::string_view current);

// "empresas_atendidas.total: 71 → 72"; a new figure reads "(no estaba) → 3",
// a vanished one "3 → (ya no está)".
std::string describe_change(const FigureChange& change);

}  // namespace cdmype::report
