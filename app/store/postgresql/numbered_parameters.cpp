// A small scanner over SQL text: enough to find parameters outside literals, identifiers and comments.
#include "store/postgresql/numbered_parameters.hpp"

#include <algorithm>

namespace cdmype::store {

namespace {

bool name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool name_char(char c) { return name_start(c) || (c >= '0' && c <= '9'); }

// Copies from `i` up to and including the closing `quote` (a doubled quote stays inside).
size_t copy_quoted(std::string_view sql, size_t i, char quote, std::string& out) {
  out += sql[i++];
  while (i < sql.size()) {
    out += sql[i];
    if (sql[i] == quote) {
      if (i + 1 < sql.size() && sql[i + 1] == quote) {
        out += sql[++i];
      } else {
        return i + 1;
      }
    }
    ++i;
  }
  return i;
}

}  // namespace

NumberedSql number_parameters(std::string_view sql) {
  NumberedSql out;
  out.text.reserve(sql.size());
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {
      i = copy_quoted(sql, i, c, out.text);
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const size_t end = std::min(sql.find('\n', i), sql.size());
      out.text.append(sql.substr(i, end - i));
      i = end;
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      const size_t close = sql.find("*/", i + 2);
      const size_t end = close == std::string_view::npos ? sql.size() : close + 2;
      out.text.append(sql.substr(i, end - i));
      i = end;
    } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
      out.text += "::";
      i += 2;
    } else if (c == ':' && i + 1 < sql.size() && name_start(sql[i + 1])) {
      size_t end = i + 1;
      while (end < sql.size() && name_char(sql[end])) ++end;
      const std::string name(sql.substr(i + 1, end - i - 1));
      auto found = std::find(out.names.begin(), out.names.end(), name);
      if (found == out.names.end()) {
        out.names.push_back(name);
        found = out.names.end() - 1;
      }
      out.text += '$' + std::to_string(found - out.names.begin() + 1);
      i = end;
    } else {
      out.text += c;
      ++i;
    }
  }
  return out;
}

}  // namespace cdmype::store
