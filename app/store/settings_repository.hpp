// Center settings as key/value rows: name, code prefix, operator, paper size, departamento,
// number format. (The minimum wage is the dated minimum_wage table since migration 0009.)
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/money.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// The keys of the setting table.
namespace setting_key {
inline constexpr std::string_view kCenterName = "center_name";
inline constexpr std::string_view kPrefix = "prefix";
inline constexpr std::string_view kOperator = "operator";
inline constexpr std::string_view kPaperSize = "paper_size";  // "A4" | "Letter"
inline constexpr std::string_view kDepartamento = "departamento";
inline constexpr std::string_view kNumberFormat = "formato_numeros";  // number_format_code()
// Set on a database whose center moved elsewhere (copy-to): it then refuses writes.
inline constexpr std::string_view kMovedTo = "centro_trasladado_a";  // the new home (no password)
inline constexpr std::string_view kMovedAt = "centro_trasladado_el";  // ISO UTC timestamp
// Personal data (Decreto Legislativo 144): the center's data-protection officer, printed on
// forms and answers, and the key CONAMYPE gives every center for pseudonymous exports.
inline constexpr std::string_view kDelegadoNombre = "delegado_nombre";
inline constexpr std::string_view kDelegadoContacto = "delegado_contacto";
// The username of the account that acts as delegado ("" or absent: none).
inline constexpr std::string_view kDelegadoUsuario = "delegado_usuario";
inline constexpr std::string_view kNationalKey = "clave_nacional";  // secret: never audited in clear
// Years without activity after which a closed or graduated file is listed for review.
inline constexpr std::string_view kRetentionYears = "retencion_anios";
}  // namespace setting_key

inline constexpr std::string_view kPaperA4 = "A4";
inline constexpr std::string_view kPaperLetter = "Letter";

// Typed view of the settings the app knows.
struct CenterSettings {
  std::string center_name;    // "CDMYPE Chalatenango"
  std::string prefix;         // "CH": codes CH-2026-0042
  std::string operator_name;  // "Asociación de Municipios Cayaguanca"
  std::string paper_size = std::string(kPaperLetter);
  std::string departamento;  // resolves ambiguous distrito names ("San Fernando")
  std::string delegado_nombre;    // the data-protection officer ("" until named)
  std::string delegado_contacto;  // their e-mail or phone
  std::string delegado_usuario;   // the account that acts as delegado ("" when none)
  bool national_key_set = false;  // clave_nacional stored (its value is read apart)
  int retention_years = 5;        // retencion_anios
  NumberFormat number_format = NumberFormat::ElSalvador;  // reads "2,000" in files and forms

  // "Licda. Ana Peña, datos@centro.sv" as forms, answers and registers print it; "" until named.
  std::string delegado() const {
    if (delegado_nombre.empty()) return "";
    return delegado_nombre + (delegado_contacto.empty() ? "" : ", " + delegado_contacto);
  }
};

class SettingsRepository {
 public:
  explicit SettingsRepository(Connection& db) : db_(db) {}

  std::optional<std::string> get(std::string_view key);
  std::map<std::string, std::string> all();
  // Upsert plus an audit row (table "setting", record 0, {"key","value"}).
  void set(const Author& who, std::string_view key, std::string_view value);

  CenterSettings center();
  // Writes every field.
  void set_center(const Author& who, const CenterSettings& s);
  // True once a center name has been stored (init has run).
  bool initialized();

 private:
  Connection& db_;
};

}  // namespace cdmype::store
