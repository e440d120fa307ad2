// Splits command-line words into positionals and options.
#include "cli/arguments.hpp"

namespace cdmype::cli {

Arguments::Arguments(const std::vector<std::string>& words, const std::set<std::string>& flags) {
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.size() > 2 && w.rfind("--", 0) == 0) {
      std::string name = w.substr(2);
      if (auto eq = name.find('='); eq != std::string::npos) {
        options_[name.substr(0, eq)] = name.substr(eq + 1);
      } else if (flags.count(name)) {
        flags_set_.insert(name);
      } else if (i + 1 < words.size()) {
        options_[name] = words[++i];
      } else {
        throw UsageError("falta el valor de la opción --" + name);
      }
    } else {
      positionals_.push_back(w);
    }
  }
}

std::string Arguments::positional(size_t index, const char* what) const {
  if (index >= positionals_.size()) throw UsageError(std::string("falta ") + what);
  return positionals_[index];
}

std::optional<std::string> Arguments::option(const std::string& name) const {
  auto it = options_.find(name);
  if (it == options_.end()) return std::nullopt;
  return it->second;
}

std::string Arguments::required_option(const std::string& name) const {
  auto v = option(name);
  if (!v) throw UsageError("falta la opción --" + name);
  return *v;
}

bool Arguments::flag(const std::string& name) const { return flags_set_.count(name) > 0; }

void Arguments::allow_only(const std::set<std::string>& known) const {
  for (const auto& [name, value] : options_)
    if (!known.count(name)) throw UsageError("opción desconocida --" + name);
  for (const auto& name : flags_set_)
    if (!known.count(name)) throw UsageError("opción desconocida --" + name);
}

void Arguments::max_positionals(size_t n) const {
  if (positionals_.size() > n)
    throw UsageError("argumento de más: «" + positionals_[n] + "»");
}

}  // namespace cdmype::cli
