// A small recursive-descent JSON reader, and the tree written back through JsonWriter.
#include "report/json_value.hpp"

#include <charconv>
#include <stdexcept>
#include <utility>

#include "report/json_writer.hpp"

namespace cdmype::report {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  JsonValue run() {
    JsonValue v = value(0);
    skip_space();
    if (i_ != s_.size()) fail("texto sobrante");
    return v;
  }

 private:
  [[noreturn]] void fail(const char* what) const {
    throw std::runtime_error(std::string("JSON ilegible (") + what + ", posición " +
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

  unsigned hex4() {
    if (i_ + 4 > s_.size()) fail("escape \\u incompleto");
    unsigned cp = 0;
    const auto r = std::from_chars(s_.data() + i_, s_.data() + i_ + 4, cp, 16);
    if (r.ec != std::errc() || r.ptr != s_.data() + i_ + 4) fail("escape \\u no válido");
    i_ += 4;
    return cp;
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
          unsigned cp = hex4();
          // A surrogate pair is one code point beyond the basic plane.
          if (cp >= 0xD800 && cp < 0xDC00 && i_ + 1 < s_.size() && s_[i_] == '\\' &&
              s_[i_ + 1] == 'u') {
            i_ += 2;
            const unsigned low = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          } else {
            append_utf8(out, cp);
          }
          break;
        }
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        default:
          fail("escape desconocido");
      }
    }
  }

  JsonValue value(int depth) {
    if (depth > 64) fail("anidado demasiado hondo");
    JsonValue v;
    const char c = peek();
    if (c == '{') {
      ++i_;
      v.kind = JsonValue::Kind::Object;
      if (peek() == '}') {
        ++i_;
        return v;
      }
      while (true) {
        std::string k = string();
        expect(':');
        v.members.push_back(JsonMember{std::move(k), value(depth + 1)});
        if (peek() == ',') {
          ++i_;
          continue;
        }
        expect('}');
        return v;
      }
    }
    if (c == '[') {
      ++i_;
      v.kind = JsonValue::Kind::Array;
      if (peek() == ']') {
        ++i_;
        return v;
      }
      while (true) {
        v.items.push_back(value(depth + 1));
        if (peek() == ',') {
          ++i_;
          continue;
        }
        expect(']');
        return v;
      }
    }
    if (c == '"') {
      v.kind = JsonValue::Kind::String;
      v.text = string();
      return v;
    }
    const std::size_t start = i_;
    while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' && s_[i_] != ' ' &&
           s_[i_] != '\n' && s_[i_] != '\r' && s_[i_] != '\t')
      ++i_;
    v.text = std::string(s_.substr(start, i_ - start));
    if (v.text == "null") {
      v.kind = JsonValue::Kind::Null;
    } else if (v.text == "true" || v.text == "false") {
      v.kind = JsonValue::Kind::Boolean;
    } else {
      double ignored = 0;
      const auto r = std::from_chars(v.text.data(), v.text.data() + v.text.size(), ignored);
      if (v.text.empty() || r.ec != std::errc() || r.ptr != v.text.data() + v.text.size())
        fail("valor no válido");
      v.kind = JsonValue::Kind::Number;
    }
    return v;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [k, v] : members)
    if (k == key) return &v;
  return nullptr;
}

JsonValue* JsonValue::find(std::string_view key) {
  return const_cast<JsonValue*>(std::as_const(*this).find(key));
}

std::optional<std::int64_t> JsonValue::integer() const {
  if (kind != Kind::Number) return std::nullopt;
  std::int64_t n = 0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), n);
  if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return std::nullopt;
  return n;
}

std::int64_t JsonValue::integer_at(std::span<const std::string_view> path) const {
  const JsonValue* v = this;
  for (const auto key : path)
    if (!(v = v->find(key))) return 0;
  return v->integer().value_or(0);
}

std::optional<double> JsonValue::number() const {
  if (kind != Kind::Number) return std::nullopt;
  double d = 0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), d);
  if (r.ec != std::errc()) return std::nullopt;
  return d;
}

JsonValue parse_json(std::string_view text) { return Reader(text).run(); }

void write_json(JsonWriter& w, const JsonValue& v) {
  switch (v.kind) {
    case JsonValue::Kind::Null:
      w.value_null();
      break;
    case JsonValue::Kind::Boolean:
    case JsonValue::Kind::Number:
      w.value_number_text(v.text);
      break;
    case JsonValue::Kind::String:
      w.value(v.text);
      break;
    case JsonValue::Kind::Array:
      w.begin_array();
      for (const auto& item : v.items) write_json(w, item);
      w.end_array();
      break;
    case JsonValue::Kind::Object:
      w.begin_object();
      for (const auto& [k, member] : v.members) {
        w.key(k);
        write_json(w, member);
      }
      w.end_object();
      break;
  }
}

}  // namespace cdmype::report
