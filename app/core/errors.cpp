// Builds the one-text summary of a list of validation problems.
#include "core/errors.hpp"

namespace cdmype {
namespace {
std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) {
    if (!out.empty()) out += '\n';
    out += l;
  }
  return out;
}
}  // namespace

ValidationFailed::ValidationFailed(std::vector<std::string> problems)
    : UserError(join_lines(problems)), problems_(std::move(problems)) {}

}  // namespace cdmype
