// flatten_json: the tree of json_value walked into "path: value" leaves.
#include "report/json_flatten.hpp"

#include "report/json_value.hpp"

namespace cdmype::report {
namespace {

std::string join(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

// The member "indicador" of an array element, if it has one as a string.
std::string element_name(const JsonValue& v) {
  const JsonValue* name = v.find("indicador");
  return name && name->kind == JsonValue::Kind::String ? name->text : std::string();
}

void walk(const JsonValue& v, const std::string& path, FlatJson& out) {
  switch (v.kind) {
    case JsonValue::Kind::Object:
      for (const auto& [k, member] : v.members) walk(member, join(path, k), out);
      return;
    case JsonValue::Kind::Array:
      for (std::size_t n = 0; n < v.items.size(); ++n) {
        const std::string name = element_name(v.items[n]);
        walk(v.items[n], name.empty() ? path + "[" + std::to_string(n) + "]" : join(path, name),
             out);
      }
      return;
    default:
      out.emplace_back(path, v.text);
  }
}

}  // namespace

FlatJson flatten_json(std::string_view json) {
  FlatJson out;
  walk(parse_json(json), "", out);
  return out;
}

}  // namespace cdmype::report
