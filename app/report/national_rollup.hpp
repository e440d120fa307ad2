// CONAMYPE's national roll-up of the centers' report packages for one month: every package checked
// (signature against the key list, hashes, month, one per center) before anything is added, then
// each center's figures, the national total of every figure, the enterprises served counted once
// across centers, and the centers that sent nothing. It reads only packages and keys: no database.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "report/json_value.hpp"
#include "report/monthly_figures.hpp"

namespace cdmype::report {

// A center's public key as CONAMYPE lists it (CLAVES.csv: `centro,clave_publica`, centro = the
// center's prefix).
struct CenterKey {
  std::string prefijo;
  std::string clave_publica;
};
// Throws UserError naming the line when the list is not `centro,clave_publica` rows.
std::vector<CenterKey> read_center_keys(std::string_view csv);

// One package file as given on the command line.
struct PackageFile {
  std::string name;  // how messages name it
  std::string bytes;
};

struct CenterFigures {
  std::string prefijo;
  std::string centro;
  JsonValue mes;                  // the issued report's figures
  JsonValue acumulado;            // from 1 January
  std::int64_t empresas_mes = 0;  // ids in the package
  std::int64_t empresas_anio = 0;
};

struct NationalRollUp {
  YearMonth periodo;
  std::vector<CenterFigures> centros;  // by prefix
  JsonValue total_mes;                 // every figure summed
  JsonValue total_acumulado;
  std::int64_t distintas_mes = 0;  // enterprises counted once across centers
  std::int64_t distintas_anio = 0;
  std::vector<std::string> faltan;  // prefixes in the key list without a package
};

// Why the roll-up was refused: every bad package named with its reason.
class RollUpRefused : public UserError {
 public:
  explicit RollUpRefused(std::vector<std::string> problems);
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

// Of the files found in a folder, the packages of `month`: files that are packages of another
// month are left aside; files that cannot be read as packages are kept only when named
// *.paquete (so consolidate says why), the rest (PDFs, the key list) left aside.
std::vector<PackageFile> packages_of_month(const std::vector<PackageFile>& files,
                                           const YearMonth& month);

// Checks every package, then adds them up. Throws RollUpRefused, nothing added, when any
// package is tampered with, unsigned, of another month, of a center not in the list, or a second
// one of the same center; UserError when there is no package at all.
NationalRollUp consolidate(const YearMonth& month, const std::vector<CenterKey>& keys,
                           const std::vector<PackageFile>& packages);

// The roll-up as JSON: periodo, generado, centros (prefijo, centro and the center report's
// figures under its own keys, with acumulado and proporciones), total (the same keys summed),
// empresas_atendidas_distintas (and _anio), suma_empresas_atendidas (the plain sum), faltan.
std::string national_json(const NationalRollUp& r, const GeneratedAt& generated);

// Women-led, rural and youth shares of the enterprises served (percent, one decimal), from the
// figures' empresas_atendidas; nullopt members when nobody was served.
struct Shares {
  std::optional<double> mujer, rural, joven;
};
Shares shares_of(const JsonValue& figures);

}  // namespace cdmype::report
