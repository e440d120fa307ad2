// Center initialization and settings: validation, one transaction, audit through the repositories.
#include "services/center_service.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/territory.hpp"
#include "core/text.hpp"
#include "core/user.hpp"
#include "store/center_signing_key.hpp"
#include "store/password_hash.hpp"
#include "store/user_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

namespace {

std::string upper_ascii(std::string s) {
  for (auto& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

store::CenterSettings settings_of(const CenterInit& init) {
  store::CenterSettings s;
  s.center_name = trim(init.center_name);
  s.prefix = upper_ascii(trim(init.prefix));
  s.operator_name = trim(init.operator_name);
  s.departamento = trim(init.departamento);
  s.paper_size = init.paper_size;
  return s;
}

}  // namespace

std::vector<std::string> validate(const store::CenterSettings& s) {
  std::vector<std::string> problems;
  if (trim(s.center_name).empty()) problems.push_back("nombre del centro: no puede quedar vacío.");
  const bool prefix_ok =
      !s.prefix.empty() && s.prefix.size() <= 6 &&
      std::all_of(s.prefix.begin(), s.prefix.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!prefix_ok)
    problems.push_back("prefijo: use de 1 a 6 letras sin tildes (por ejemplo «CH»); «" + s.prefix +
                       "» no sirve para los códigos de expediente.");
  if (s.paper_size != store::kPaperA4 && s.paper_size != store::kPaperLetter)
    problems.push_back("tamaño de papel: debe ser «A4» o «Letter» (carta).");
  if (!s.departamento.empty()) {
    const auto all = Territory::el_salvador().departamentos();
    const bool known = std::any_of(all.begin(), all.end(), [&](const std::string& d) {
      return fold_for_match(d) == fold_for_match(s.departamento);
    });
    if (!known)
      problems.push_back("departamento: «" + s.departamento +
                         "» no es un departamento de El Salvador.");
  }
  return problems;
}

bool CenterService::initialized() { return store::SettingsRepository(ctx_.sql()).initialized(); }

Actor CenterService::initialize(const CenterInit& init) {
  store::CenterSettings s = settings_of(init);
  auto problems = validate(s);
  if (const auto p = username_problem(init.username); !p.empty()) problems.push_back(p);
  if (trim(init.full_name).empty()) problems.push_back("nombre completo: no puede quedar vacío.");
  if (const auto p = password_unusable(init.password); !p.empty()) problems.push_back(p);
  if (!problems.empty()) throw ValidationFailed(problems);
  // Canonical spelling of the departamento, as in the catalog.
  for (const auto& d : Territory::el_salvador().departamentos())
    if (!s.departamento.empty() && fold_for_match(d) == fold_for_match(s.departamento))
      s.departamento = d;

  // Hash before taking the write lock: Argon2id takes a noticeable moment.
  const std::string hash = store::hash_password(init.password);
  store::WriteTransaction tx(ctx_.db);
  store::SettingsRepository settings(ctx_.sql());
  if (settings.initialized())
    throw UserError("Esta base de datos ya tiene un centro configurado («" +
                    settings.center().center_name + "»); no se puede inicializar de nuevo.");
  // The first account is created by the system: nobody is signed in yet.
  const store::Author system{0, "sistema", ctx_.now_iso()};
  settings.set_center(system, s);
  User u;
  u.username = init.username;
  u.full_name = trim(init.full_name);
  u.role = init.role;
  store::UserRepository(ctx_.sql()).insert(system, u, hash);
  // The key the center signs its report packages with (issue 16), made with the center.
  store::CenterSigningKey(ctx_.sql()).ensure(system.at);
  tx.commit();
  return Actor{u.meta.id, u.username, u.role};
}

store::CenterSettings CenterService::settings() {
  return store::SettingsRepository(ctx_.sql()).center();
}

void CenterService::update_settings(const Actor& actor, const store::CenterSettings& in) {
  require(actor, Action::ManageSettings);
  store::CenterSettings s = in;
  s.prefix = upper_ascii(trim(s.prefix));
  s.center_name = trim(s.center_name);
  if (auto problems = validate(s); !problems.empty()) throw ValidationFailed(problems);
  store::WriteTransaction tx(ctx_.db);
  store::SettingsRepository(ctx_.sql()).set_center(ctx_.author(actor), s);
  tx.commit();
}

void CenterService::set_number_format(const Actor& actor, NumberFormat format) {
  require(actor, Action::SetNumberFormat);
  store::WriteTransaction tx(ctx_.db);
  store::SettingsRepository(ctx_.sql())
      .set(ctx_.author(actor), store::setting_key::kNumberFormat, number_format_code(format));
  tx.commit();
}

namespace {

void require_settings_or_director(const Actor& actor) {
  if (!allowed(actor.role, Action::ManageSettings)) require(actor, Action::ManagePolicy);
}

}  // namespace

void CenterService::set_delegado(const Actor& actor, const std::string& nombre_text,
                                 const std::string& contacto_text) {
  require_settings_or_director(actor);
  const std::string nombre = trim(nombre_text), contacto = trim(contacto_text);
  if (nombre.empty())
    throw UserError("Escriba el nombre de la persona delegada de protección de datos.");
  store::WriteTransaction tx(ctx_.db);
  store::SettingsRepository settings(ctx_.sql());
  settings.set(ctx_.author(actor), store::setting_key::kDelegadoNombre, nombre);
  settings.set(ctx_.author(actor), store::setting_key::kDelegadoContacto, contacto);
  tx.commit();
}

void CenterService::set_delegado_account(const Actor& actor, const std::string& username_text) {
  require_settings_or_director(actor);
  const std::string username = trim(username_text);
  store::WriteTransaction tx(ctx_.db);
  if (!username.empty()) {
    const auto user = store::UserRepository(ctx_.sql()).by_username(username);
    if (!user) throw UserError("No existe la cuenta «" + username + "».");
    if (!user->active) throw UserError("La cuenta «" + username + "» está desactivada.");
    if (user->role == Role::Ventanilla || user->role == Role::Consulta)
      throw UserError("Una cuenta de ventanilla o de consulta no puede ser la persona delegada: "
                      "no ve los expedientes.");
  }
  store::SettingsRepository(ctx_.sql())
      .set(ctx_.author(actor), store::setting_key::kDelegadoUsuario, username);
  tx.commit();
}

void CenterService::set_national_key(const Actor& actor, const std::string& key_text) {
  require_settings_or_director(actor);
  const std::string key = trim(key_text);
  if (key.size() < 16)
    throw UserError("La clave nacional que da CONAMYPE tiene al menos 16 caracteres; revise que "
                    "la copió completa.");
  store::WriteTransaction tx(ctx_.db);
  store::SettingsRepository(ctx_.sql()).set(ctx_.author(actor), store::setting_key::kNationalKey, key);
  tx.commit();
}

}  // namespace cdmype::services
