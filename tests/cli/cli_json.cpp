// Recursive-descent JSON parser for the CLI tests (RFC 8259, \u escapes to UTF-8).
#include "cli/cli_json.hpp"

#include <cstdlib>
#include <stdexcept>

namespace cdmype::clitest {
namespace {

class Parser {
 public:
  explicit Parser(const std::string& s) : s_(s) {}

  Json document() {
    Json v = value();
    space();
    if (i_ != s_.size()) error("text after the value");
    return v;
  }

 private:
  [[noreturn]] void error(const std::string& what) const {
    throw std::runtime_error("JSON: " + what + " at offset " + std::to_string(i_));
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }
  bool eat(char c) {
    space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  void expect(char c) {
    if (!eat(c)) error(std::string("expected '") + c + "'");
  }
  bool word(const char* w) {
    const std::string t(w);
    if (s_.compare(i_, t.size(), t) != 0) return false;
    i_ += t.size();
    return true;
  }

  Json value() {
    space();
    if (i_ >= s_.size()) error("unexpected end");
    Json v;
    const char c = s_[i_];
    if (c == '{') {
      v.kind = Json::Kind::Object;
      ++i_;
      if (eat('}')) return v;
      do {
        space();
        std::string key = string();
        expect(':');
        if (!v.members.emplace(key, value()).second) error("duplicate key " + key);
      } while (eat(','));
      expect('}');
    } else if (c == '[') {
      v.kind = Json::Kind::Array;
      ++i_;
      if (eat(']')) return v;
      do v.items.push_back(value());
      while (eat(','));
      expect(']');
    } else if (c == '"') {
      v.kind = Json::Kind::String;
      v.text = string();
    } else if (word("true")) {
      v.kind = Json::Kind::Bool;
      v.boolean = true;
    } else if (word("false")) {
      v.kind = Json::Kind::Bool;
    } else if (word("null")) {
      v.kind = Json::Kind::Null;
    } else {
      v.kind = Json::Kind::Number;
      const std::size_t start = i_;
      while (i_ < s_.size() && std::string("+-0123456789.eE").find(s_[i_]) != std::string::npos)
        ++i_;
      v.text = s_.substr(start, i_ - start);
      char* end = nullptr;
      v.number = std::strtod(v.text.c_str(), &end);
      if (v.text.empty() || *end != '\0') error("bad number");
    }
    return v;
  }

  std::string string() {
    if (i_ >= s_.size() || s_[i_] != '"') error("expected a string");
    ++i_;
    std::string out;
    while (true) {
      if (i_ >= s_.size()) error("unterminated string");
      const char c = s_[i_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) error("control character in string");
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) error("unterminated escape");
      const char e = s_[i_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u':
          append_utf8(out, hex4());
          break;
        default:
          error("bad escape");
      }
    }
  }

  unsigned hex4() {
    if (i_ + 4 > s_.size()) error("short \\u escape");
    const unsigned v = static_cast<unsigned>(std::stoul(s_.substr(i_, 4), nullptr, 16));
    i_ += 4;
    return v;
  }

  void append_utf8(std::string& out, unsigned cp) {
    if (cp >= 0xD800 && cp <= 0xDBFF && s_.compare(i_, 2, "\\u") == 0) {
      i_ += 2;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4() - 0xDC00);
    }
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

  const std::string& s_;
  std::size_t i_ = 0;
};

}  // namespace

Json Json::parse(const std::string& source) { return Parser(source).document(); }

const Json& Json::operator[](const std::string& key) const {
  auto it = members.find(key);
  if (it == members.end()) throw std::runtime_error("JSON: no key \"" + key + "\"");
  return it->second;
}

const Json& Json::at_path(const std::string& path) const {
  const Json* v = this;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = path.find('.', start);
    v = &(*v)[path.substr(start, dot == std::string::npos ? std::string::npos : dot - start)];
    if (dot == std::string::npos) return *v;
    start = dot + 1;
  }
}

long long Json::integer() const {
  if (kind != Kind::Number || text.find_first_of(".eE") != std::string::npos)
    throw std::runtime_error("JSON: \"" + text + "\" is not an integer");
  return std::stoll(text);
}

}  // namespace cdmype::clitest
