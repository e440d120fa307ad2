// A tiny reader for the store's flat audit snapshots, enough to list changed fields.
#include "ui/audit_changes.hpp"

#include <cctype>

namespace cdmype::ui {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  std::optional<std::map<std::string, std::string>> object() {
    std::map<std::string, std::string> out;
    skip();
    if (!eat('{')) return std::nullopt;
    skip();
    if (eat('}')) return out;
    while (true) {
      skip();
      auto key = string();
      if (!key) return std::nullopt;
      skip();
      if (!eat(':')) return std::nullopt;
      skip();
      auto value = peek() == '"' ? string() : scalar();
      if (!value) return std::nullopt;
      out[*key] = *value;
      skip();
      if (eat('}')) break;
      if (!eat(',')) return std::nullopt;
    }
    return out;
  }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void skip() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }
  std::optional<std::string> string() {
    if (!eat('"')) return std::nullopt;
    std::string out;
    while (i_ < s_.size()) {
      const char c = s_[i_++];
      if (c == '"') return out;
      if (c == '\\' && i_ < s_.size()) {
        const char e = s_[i_++];
        switch (e) {
          case 'n':
            out += '\n';
            break;
          case 't':
            out += '\t';
            break;
          case 'r':
            out += '\r';
            break;
          case 'u':  // kept escaped: only equality matters here
            out += "\\u";
            break;
          default:
            out += e;
        }
        continue;
      }
      out += c;
    }
    return std::nullopt;
  }
  std::optional<std::string> scalar() {
    const size_t start = i_;
    while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' &&
           !std::isspace(static_cast<unsigned char>(s_[i_])))
      ++i_;
    if (i_ == start) return std::nullopt;
    return std::string(s_.substr(start, i_ - start));
  }

  std::string_view s_;
  size_t i_ = 0;
};

bool bookkeeping(const std::string& key) {
  return key == "id" || key == "version" || key == "uuid";
}

}  // namespace

std::optional<std::map<std::string, std::string>> parse_flat_json(std::string_view json) {
  return Reader(json).object();
}

std::vector<std::string> changed_fields(const std::optional<std::string>& before,
                                        const std::optional<std::string>& after) {
  std::vector<std::string> out;
  if (!before || !after) return out;
  const auto b = parse_flat_json(*before);
  const auto a = parse_flat_json(*after);
  if (!b || !a) return out;
  for (const auto& [key, value] : *a) {
    if (bookkeeping(key)) continue;
    const auto it = b->find(key);
    if (it == b->end() || it->second != value) out.push_back(key);
  }
  for (const auto& [key, value] : *b)
    if (!bookkeeping(key) && !a->contains(key)) out.push_back(key);
  return out;
}

}  // namespace cdmype::ui
