// Builds the audit snapshots' JSON text; escapes per RFC 8259.
#include "store/json_object.hpp"

namespace cdmype::store {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
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
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void JsonObject::key(std::string_view k) {
  if (out_.size() > 1) out_ += ',';
  append_json_string(out_, k);
  out_ += ':';
}

JsonObject& JsonObject::text(std::string_view k, std::string_view value) {
  key(k);
  append_json_string(out_, value);
  return *this;
}

JsonObject& JsonObject::optional_text(std::string_view k, const std::optional<std::string>& value) {
  return value ? text(k, *value) : null(k);
}

JsonObject& JsonObject::integer(std::string_view k, std::int64_t value) {
  key(k);
  out_ += std::to_string(value);
  return *this;
}

JsonObject& JsonObject::boolean(std::string_view k, bool value) {
  key(k);
  out_ += value ? "true" : "false";
  return *this;
}

JsonObject& JsonObject::null(std::string_view k) {
  key(k);
  out_ += "null";
  return *this;
}

}  // namespace cdmype::store
