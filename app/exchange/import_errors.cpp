// Wording and capping of import problems.
#include "exchange/import_errors.hpp"

namespace cdmype::exchange {

ImportFailed::ImportFailed(std::vector<std::string> problems, std::vector<std::string> warnings)
    : ValidationFailed(std::move(problems)), warnings_(std::move(warnings)) {}

void ImportErrors::push(std::string message) {
  ++total_;
  if (messages_.size() < kMaxListed) messages_.push_back(std::move(message));
}

void ImportErrors::add(int line, std::string_view column, std::string_view problem) {
  push("línea " + std::to_string(line) + ", columna " + std::string(column) + ": " +
       std::string(problem));
}

void ImportErrors::add_line(int line, std::string_view problem) {
  push("línea " + std::to_string(line) + ": " + std::string(problem));
}

void ImportErrors::add_file(std::string problem) { push(std::move(problem)); }

void ImportErrors::warn(std::string message) { warnings_.push_back(std::move(message)); }

std::vector<std::string> ImportErrors::messages() const {
  std::vector<std::string> out = messages_;
  if (total_ > messages_.size())
    out.push_back("… y " + std::to_string(total_ - messages_.size()) + " problemas más.");
  return out;
}

void ImportErrors::throw_if_any() const {
  if (!empty()) throw ImportFailed(messages(), warnings_);
}

}  // namespace cdmype::exchange
