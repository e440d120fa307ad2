// Builds the audit snapshots' JSON text (escaping in core/json_text).
#include "store/json_object.hpp"

#include "core/json_text.hpp"

namespace cdmype::store {

void JsonObject::key(std::string_view k) {
  if (out_.size() > 1) out_ += ',';
  append_json_quoted(out_, k);
  out_ += ':';
}

JsonObject& JsonObject::text(std::string_view k, std::string_view value) {
  key(k);
  append_json_quoted(out_, value);
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
