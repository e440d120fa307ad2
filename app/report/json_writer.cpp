// JSON escaping and the indentation bookkeeping of JsonWriter.
#include "report/json_writer.hpp"

#include <cstdio>
#include <stdexcept>

namespace cdmype::report {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2, cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3, cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4, cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Reject overlong forms, surrogates and values past U+10FFFF.
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

}  // namespace

std::string json_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          if (c < 0x20) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out.push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      out += "\\ufffd";
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  out.push_back('"');
  return out;
}

void JsonWriter::newline_indent() {
  out_.push_back('\n');
  out_.append(scopes_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (scopes_.empty()) {
    if (!out_.empty()) throw std::logic_error("JsonWriter: more than one top-level value");
    return;
  }
  if (scopes_.back().is_object) throw std::logic_error("JsonWriter: value without key");
  if (scopes_.back().members++ > 0) out_.push_back(',');
  newline_indent();
}

JsonWriter& JsonWriter::key(std::string_view name) {
  if (scopes_.empty() || !scopes_.back().is_object || after_key_)
    throw std::logic_error("JsonWriter: key outside an object");
  if (scopes_.back().members++ > 0) out_.push_back(',');
  newline_indent();
  out_ += json_quote(name);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_.push_back('{');
  scopes_.push_back({true, 0});
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_.push_back('[');
  scopes_.push_back({false, 0});
  return *this;
}

void JsonWriter::close(char bracket) {
  if (scopes_.empty() || after_key_) throw std::logic_error("JsonWriter: unbalanced close");
  const bool had_members = scopes_.back().members > 0;
  scopes_.pop_back();
  if (had_members) newline_indent();  // empty containers stay on one line: {} []
  out_.push_back(bracket);
}

JsonWriter& JsonWriter::end_object() {
  if (!scopes_.empty() && !scopes_.back().is_object)
    throw std::logic_error("JsonWriter: not an object");
  close('}');
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  if (!scopes_.empty() && scopes_.back().is_object)
    throw std::logic_error("JsonWriter: not an array");
  close(']');
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t n) {
  before_value();
  out_ += std::to_string(n);
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  out_ += json_quote(s);
  return *this;
}

JsonWriter& JsonWriter::value_null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value_number_text(std::string_view text) {
  before_value();
  out_.append(text);
  return *this;
}

std::string JsonWriter::str() const {
  if (!scopes_.empty() || after_key_) throw std::logic_error("JsonWriter: document not closed");
  return out_ + "\n";
}

}  // namespace cdmype::report
