// flatten_json: a small recursive-descent reader for the JSON our report writer produces.
#include "report/json_flatten.hpp"

#include <stdexcept>

namespace cdmype::report {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  FlatJson run() {
    value("");
    skip_space();
    if (i_ != s_.size()) fail("texto sobrante");
    return std::move(out_);
  }

 private:
  [[noreturn]] void fail(const char* what) const {
    throw std::runtime_error(std::string("JSON del informe ilegible (") + what + ", posición " +
                             std::to_string(i_) + ")");
  }

  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }

  char peek() {
    skip_space();
    if (i_ >= s_.size()) fail("fin inesperado");
    return s_[i_];
  }

  void expect(char c) {
    if (peek() != c) fail("carácter inesperado");
    ++i_;
  }

  static void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string string() {
    expect('"');
    std::string out;
    while (true) {
      if (i_ >= s_.size()) fail("texto sin cerrar");
      const char c = s_[i_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) fail("escape incompleto");
      const char e = s_[i_++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          if (i_ + 4 > s_.size()) fail("escape \\u incompleto");
          append_utf8(
              out, static_cast<unsigned>(std::stoul(std::string(s_.substr(i_, 4)), nullptr, 16)));
          i_ += 4;
          break;
        }
        default:
          out += e;  // \" \\ \/
      }
    }
  }

  // The member "indicador" of the object starting at i_, if it has one.
  std::string element_name() {
    const std::size_t start = i_;
    std::string name;
    if (peek() == '{') {
      ++i_;
      while (peek() != '}') {
        const std::string k = string();
        expect(':');
        if (k == "indicador" && peek() == '"') {
          name = string();
          break;
        }
        skip_value();
        if (peek() == ',') ++i_;
      }
    }
    i_ = start;
    return name;
  }

  void skip_value() {
    FlatJson saved = std::move(out_);
    out_.clear();
    value("");
    out_ = std::move(saved);
  }

  static std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

  void value(const std::string& path) {
    const char c = peek();
    if (c == '{') {
      ++i_;
      if (peek() == '}') {
        ++i_;
        return;
      }
      while (true) {
        const std::string k = string();
        expect(':');
        value(join(path, k));
        if (peek() == ',') {
          ++i_;
          continue;
        }
        expect('}');
        return;
      }
    }
    if (c == '[') {
      ++i_;
      if (peek() == ']') {
        ++i_;
        return;
      }
      for (std::size_t n = 0;; ++n) {
        const std::string name = element_name();
        value(name.empty() ? path + "[" + std::to_string(n) + "]" : join(path, name));
        if (peek() == ',') {
          ++i_;
          continue;
        }
        expect(']');
        return;
      }
    }
    if (c == '"') {
      out_.emplace_back(path, string());
      return;
    }
    const std::size_t start = i_;
    while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' && s_[i_] != ' ' &&
           s_[i_] != '\n' && s_[i_] != '\r' && s_[i_] != '\t')
      ++i_;
    if (i_ == start) fail("valor vacío");
    out_.emplace_back(path, std::string(s_.substr(start, i_ - start)));
  }

  std::string_view s_;
  std::size_t i_ = 0;
  FlatJson out_;
};

}  // namespace

FlatJson flatten_json(std::string_view json) { return Reader(json).run(); }

}  // namespace cdmype::report
