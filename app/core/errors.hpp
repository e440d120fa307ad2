// Errors a person can cause or fix: each carries a Spanish message ready to show.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace cdmype {

// A refused action or invalid input. Services throw it; the GUI shows the
// message in a dialog and the CLI prints it on stderr and exits with 1.
// (Refusals cross several layers to one handler, which is why this is an
// exception and not a return value.)
class UserError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The acting user's role does not allow the action.
class PermissionDenied : public UserError {
 public:
  using UserError::UserError;
};

// Optimistic concurrency: the copy being saved is older than the stored one.
class StaleRecord : public UserError {
 public:
  using UserError::UserError;
};

// Several validation problems at once, e.g. every bad field of a form or
// every bad line of an import ("línea N, columna X: …").
class ValidationFailed : public UserError {
 public:
  explicit ValidationFailed(std::vector<std::string> problems);
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

// Why a file operation failed, in Spanish, from an errno value ("la carpeta
// no existe", "no hay permiso …"); strerror's English for rare codes.
std::string file_error_text(int errnum);

}  // namespace cdmype
