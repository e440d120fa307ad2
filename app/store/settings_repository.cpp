// Reads and writes the setting table, auditing each change.
#include "store/settings_repository.hpp"

#include <algorithm>
#include <cstdlib>

#include "store/json_object.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

std::string setting_json(std::string_view key, const std::optional<std::string>& value) {
  return JsonObject().text("key", key).optional_text("value", value).str();
}

}  // namespace

std::optional<std::string> SettingsRepository::get(std::string_view key) {
  Statement q(db_, "SELECT value FROM setting WHERE key = :key");
  q.bind("key", key);
  if (!q.step()) return std::nullopt;
  return q.text("value");
}

std::map<std::string, std::string> SettingsRepository::all() {
  Statement q(db_, "SELECT key, value FROM setting ORDER BY key");
  std::map<std::string, std::string> out;
  while (q.step()) out[q.text("key")] = q.text("value");
  return out;
}

void SettingsRepository::set(const Author& who, std::string_view key, std::string_view value) {
  require_transaction(db_);
  const auto before = get(key);
  if (before && *before == value) return;  // nothing changes, nothing to audit
  Statement up(db_,
               "INSERT INTO setting (key, value) VALUES (:key, :value) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  up.bind("key", key);
  up.bind("value", value);
  up.execute();
  // A secret is on the record as changed, never with its value.
  const bool secret = key == setting_key::kNationalKey;
  const auto shown = [&](const std::string& v) { return secret ? std::string("(secreta)") : v; };
  AuditRepository(db_).append(
      who, before ? AuditOp::Update : AuditOp::Insert, kAuditSetting, 0,
      before ? std::optional<std::string>(setting_json(key, shown(*before))) : std::nullopt,
      setting_json(key, shown(std::string(value))));
}

CenterSettings SettingsRepository::center() {
  const auto values = all();
  auto value = [&](std::string_view k) {
    const auto it = values.find(std::string(k));
    return it == values.end() ? std::string() : it->second;
  };
  CenterSettings s;
  s.center_name = value(setting_key::kCenterName);
  s.delegado_nombre = value(setting_key::kDelegadoNombre);
  s.delegado_contacto = value(setting_key::kDelegadoContacto);
  s.delegado_usuario = value(setting_key::kDelegadoUsuario);
  s.national_key_set = !value(setting_key::kNationalKey).empty();
  if (const std::string years = value(setting_key::kRetentionYears); !years.empty())
    s.retention_years = std::clamp(std::atoi(years.c_str()), 1, 100);
  s.prefix = value(setting_key::kPrefix);
  s.operator_name = value(setting_key::kOperator);
  if (const auto p = value(setting_key::kPaperSize); !p.empty()) s.paper_size = p;
  s.departamento = value(setting_key::kDepartamento);
  // An unknown stored word (a newer version's) falls back to the default reading.
  s.number_format =
      parse_number_format(value(setting_key::kNumberFormat)).value_or(NumberFormat::ElSalvador);
  return s;
}

void SettingsRepository::set_center(const Author& who, const CenterSettings& s) {
  set(who, setting_key::kCenterName, s.center_name);
  set(who, setting_key::kPrefix, s.prefix);
  set(who, setting_key::kOperator, s.operator_name);
  set(who, setting_key::kPaperSize, s.paper_size);
  set(who, setting_key::kDepartamento, s.departamento);
  set(who, setting_key::kNumberFormat, number_format_code(s.number_format));
}

bool SettingsRepository::initialized() {
  const auto name = get(setting_key::kCenterName);
  return name && !name->empty();
}

}  // namespace cdmype::store
