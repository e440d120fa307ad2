// One line of COPY … TO STDOUT in PostgreSQL's text format, split into its fields and unescaped.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cdmype::store {

// The format of PostgreSQL's COPY documentation: fields separated by a tab,
// \N alone is NULL, and a backslash escapes \b \f \n \r \t \v, an octal byte
// (\ooo), a hex byte (\xhh) or the character after it (\\ is a backslash).
class CopyTextRow {
 public:
  // `line` may end with its '\n'. Views from field() stay valid until the next parse().
  void parse(std::string_view line);
  size_t size() const { return spans_.size(); }
  bool is_null(size_t i) const { return nulls_.at(i); }
  std::string_view field(size_t i) const {
    const auto& [from, length] = spans_.at(i);
    return std::string_view(buffer_).substr(from, length);
  }

 private:
  std::string buffer_;
  std::vector<std::pair<size_t, size_t>> spans_;
  std::vector<bool> nulls_;
};

}  // namespace cdmype::store
