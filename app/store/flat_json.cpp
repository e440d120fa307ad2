// A small reader for the flat objects JsonObject writes; values stay as written.
#include "store/flat_json.hpp"

#include <cctype>
#include <cstdint>

#include "core/json_text.hpp"

namespace cdmype::store {

namespace {

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  std::optional<std::vector<JsonMember>> object() {
    std::vector<JsonMember> out;
    skip();
    if (!eat('{')) return std::nullopt;
    skip();
    if (eat('}')) return end(out);
    while (true) {
      skip();
      const auto key_raw = string_raw();
      if (!key_raw) return std::nullopt;
      auto key = json_value_text(*key_raw);
      if (!key) return std::nullopt;
      skip();
      if (!eat(':')) return std::nullopt;
      skip();
      const auto value = peek() == '"' ? string_raw() : scalar();
      if (!value) return std::nullopt;
      out.push_back({std::move(*key), std::string(*value)});
      skip();
      if (eat('}')) return end(out);
      if (!eat(',')) return std::nullopt;
    }
  }

 private:
  std::optional<std::vector<JsonMember>> end(std::vector<JsonMember>& out) {
    skip();
    if (i_ != s_.size()) return std::nullopt;
    return std::move(out);
  }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void skip() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }
  std::optional<std::string_view> string_raw() {
    const size_t start = i_;
    if (!eat('"')) return std::nullopt;
    while (i_ < s_.size()) {
      const char c = s_[i_++];
      if (c == '"') return s_.substr(start, i_ - start);
      if (c == '\\') ++i_;
    }
    return std::nullopt;
  }
  std::optional<std::string_view> scalar() {
    const size_t start = i_;
    while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' &&
           !std::isspace(static_cast<unsigned char>(s_[i_])))
      ++i_;
    if (i_ == start) return std::nullopt;
    return s_.substr(start, i_ - start);
  }

  std::string_view s_;
  size_t i_ = 0;
};

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::optional<std::uint32_t> hex4(std::string_view s, size_t at) {
  if (at + 4 > s.size()) return std::nullopt;
  std::uint32_t v = 0;
  for (size_t i = at; i < at + 4; ++i) {
    const char c = s[i];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
    else return std::nullopt;
  }
  return v;
}

}  // namespace

std::optional<std::vector<JsonMember>> split_flat_json(std::string_view json) {
  return Reader(json).object();
}

std::string join_flat_json(const std::vector<JsonMember>& members) {
  std::string out = "{";
  for (const auto& m : members) {
    if (out.size() > 1) out += ',';
    append_json_quoted(out, m.key);
    out += ':';
    out += m.raw_value;
  }
  return out + "}";
}

std::optional<std::string> json_value_text(std::string_view raw) {
  if (raw.empty() || raw.front() != '"') return std::string(raw);
  if (raw.size() < 2 || raw.back() != '"') return std::nullopt;
  std::string out;
  for (size_t i = 1; i + 1 < raw.size(); ++i) {
    const char c = raw[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i + 1 > raw.size() - 1) return std::nullopt;
    switch (raw[i]) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        auto cp = hex4(raw, i + 1);
        if (!cp) return std::nullopt;
        i += 4;
        if (*cp >= 0xD800 && *cp < 0xDC00 && i + 6 < raw.size() && raw[i + 1] == '\\' &&
            raw[i + 2] == 'u') {
          if (const auto low = hex4(raw, i + 3); low && *low >= 0xDC00 && *low < 0xE000) {
            cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
            i += 6;
          }
        }
        append_utf8(out, *cp);
        break;
      }
      default: out += raw[i];
    }
  }
  return out;
}

}  // namespace cdmype::store
