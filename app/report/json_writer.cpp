// JSON escaping and the indentation bookkeeping of JsonWriter.
#include "report/json_writer.hpp"

#include <stdexcept>

namespace cdmype::report {
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
