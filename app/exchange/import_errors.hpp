// The error list of one import: every problem of every row, worded "línea N, columna X: …".
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"

namespace cdmype::exchange {

// An import refused as a whole (all-or-nothing, product.md §4). The problems
// are those of ValidationFailed; the warnings (unknown columns …) are kept so
// the caller can show them next to the errors.
class ImportFailed : public ValidationFailed {
 public:
  ImportFailed(std::vector<std::string> problems, std::vector<std::string> warnings);
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  std::vector<std::string> warnings_;
};

// Collects problems while an import reads a file, so a person fixes them all
// in one go instead of one per attempt. A runaway file (every row wrong) is
// capped to keep the message readable; the last line says how many were left out.
class ImportErrors {
 public:
  static constexpr std::size_t kMaxListed = 500;

  // "línea 7, columna titular_dui: el dígito verificador no coincide".
  // `column` is the header as written in the file.
  void add(int line, std::string_view column, std::string_view problem);
  // "línea 7: …" for problems of the whole row.
  void add_line(int line, std::string_view problem);
  // A problem of the whole file, worded by the caller.
  void add_file(std::string problem);
  // Not an error: the import goes on ("columna desconocida «x», se ignora").
  void warn(std::string message);

  bool empty() const { return total_ == 0; }
  std::size_t count() const { return total_; }
  // The listed problems, plus "… y N problemas más" when some were left out.
  std::vector<std::string> messages() const;
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Throws ImportFailed with every message when there is any.
  void throw_if_any() const;

 private:
  void push(std::string message);

  std::vector<std::string> messages_;
  std::vector<std::string> warnings_;
  std::size_t total_ = 0;
};

}  // namespace cdmype::exchange
