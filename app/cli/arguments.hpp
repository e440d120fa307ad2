// Command-line words split into positionals and --options, with misuse errors (exit 2).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace cdmype::cli {

// Wrong use of the command line itself (unknown command, missing option):
// exit status 2, as product.md §5 asks.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Arguments {
 public:
  // `flags` are options that take no value (e.g. --json-only); every other
  // --name takes the next word (or --name=value).
  Arguments(const std::vector<std::string>& words, const std::set<std::string>& flags = {});

  const std::vector<std::string>& positionals() const { return positionals_; }
  std::string positional(size_t index, const char* what) const;  // UsageError if missing
  std::optional<std::string> option(const std::string& name) const;
  std::string required_option(const std::string& name) const;  // UsageError if missing
  bool flag(const std::string& name) const;
  // UsageError naming the first option not in `known`.
  void allow_only(const std::set<std::string>& known) const;
  void max_positionals(size_t n) const;

 private:
  std::vector<std::string> positionals_;
  std::map<std::string, std::string> options_;
  std::set<std::string> flags_set_;
};

}  // namespace cdmype::cli
