// El Salvador's territory after the 2024 reform: 262 distritos → 44 municipios → 14 departamentos.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdmype {

struct Distrito {
  int id = 0;  // 1-based position in db/catalogs/territorio-sv-2024.csv (stable)
  std::string nombre;
  std::string municipio;
  std::string departamento;
};

class Territory {
 public:
  // The catalog embedded in the binary.
  static const Territory& el_salvador();
  // Parses "departamento,municipio,distrito" lines (header first).
  static Territory parse(std::string_view csv);

  const std::vector<Distrito>& distritos() const { return distritos_; }
  const Distrito* by_id(int id) const;
  // All distritos with that name (accent/case-insensitive); several names
  // exist in more than one departamento (San Fernando, El Carmen, …).
  std::vector<const Distrito*> by_name(std::string_view name) const;
  // Resolves "San Fernando", "San Fernando, Morazán" or "San Fernando (Morazán)".
  // An ambiguous bare name resolves to the one in `preferred_departamento`
  // when given; otherwise nullopt with `*ambiguous` set to true.
  const Distrito* resolve(std::string_view text, std::string_view preferred_departamento,
                          bool* ambiguous = nullptr) const;
  // Each name once, in Spanish order (what the pickers list).
  std::vector<std::string> departamentos() const;
  std::vector<std::string> municipios() const;

 private:
  std::vector<Distrito> distritos_;
  // fold_for_match of each distrito name, same order: folded once at load
  // so resolving thousands of import rows does not refold the catalog.
  std::vector<std::string> folded_names_;
};

}  // namespace cdmype
