// A tiny JSON reader for checking the report's JSON from the outside (no program code involved).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cdmype::clitest {

// One JSON value. Numbers keep their source text too, so a test can tell
// 3 from 3.0 (counts must be written as integers).
struct Json {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  double number = 0;
  std::string text;  // string value, or a number as written
  std::vector<Json> items;
  std::map<std::string, Json> members;

  // Throws std::runtime_error naming the offset of the first syntax error.
  static Json parse(const std::string& source);

  bool has(const std::string& key) const { return members.count(key) > 0; }
  // members.at(key), with the key in the error message.
  const Json& operator[](const std::string& key) const;
  // A member path "a.b.c"; keys may not contain dots.
  const Json& at_path(const std::string& path) const;
  // The value as an integer; throws unless it is a number written without
  // a fraction or exponent.
  long long integer() const;
};

}  // namespace cdmype::clitest
