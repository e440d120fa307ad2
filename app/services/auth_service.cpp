// Sign-in and password change; failures and lockout are recorded in their own small transactions.
#include "services/auth_service.hpp"

#include "store/settings_repository.hpp"

#include <chrono>

#include "core/errors.hpp"
#include "core/user.hpp"
#include "store/password_hash.hpp"
#include "store/user_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

namespace {

const char* kWrongCredentials = "Usuario o contraseña incorrectos.";

}  // namespace

Actor AuthService::sign_in(std::string_view username, std::string_view password) {
  store::UserRepository users(ctx_.sql());
  const auto cred = users.credentials(username);
  if (!cred) {
    // Spend the same effort as a real check, so timing does not reveal which names exist.
    static const std::string dummy = store::hash_password("cdmype-no-such-user");
    store::verify_password(dummy, password);
    throw UserError(kWrongCredentials);
  }
  const auto now = ctx_.clock();
  const std::string name = cred->user.username;
  if (!cred->locked_until.empty()) {
    const auto until = store::parse_iso_utc(cred->locked_until);
    if (until && now < *until)
      throw UserError("La cuenta «" + name + "» está bloqueada por " +
                      std::to_string(kMaxFailedSignIns) +
                      " intentos fallidos; espere un minuto e intente de nuevo.");
  }
  // A center's old home after a move (store::Connection::refuse_writes) can
  // still be signed in to and read; it only keeps no sign-in counters.
  const bool writable = ctx_.sql().writes_refused().empty();
  if (!store::verify_password(cred->password_hash, password)) {
    if (!writable) throw UserError(kWrongCredentials);
    store::WriteTransaction tx(ctx_.db);
    // Count after the lock expired starts over.
    const int failures = (cred->locked_until.empty() ? cred->failed_attempts : 0) + 1;
    if (failures >= kMaxFailedSignIns) {
      users.record_failure(cred->user.meta.id, 0,
                           store::iso_utc(now + std::chrono::seconds(kLockoutSeconds)));
      tx.commit();
      throw UserError("Contraseña incorrecta. Tras " + std::to_string(kMaxFailedSignIns) +
                      " intentos fallidos la cuenta «" + name + "» queda bloqueada por un minuto.");
    }
    users.record_failure(cred->user.meta.id, failures, "");
    tx.commit();
    throw UserError(kWrongCredentials);
  }
  if (!cred->user.active) throw UserError("La cuenta «" + name + "» está desactivada.");

  Actor actor{cred->user.meta.id, name, cred->user.role};
  const auto delegado =
      store::SettingsRepository(ctx_.sql()).get(store::setting_key::kDelegadoUsuario);
  actor.delegado = delegado && !delegado->empty() && *delegado == name;
  const bool rehash = store::password_needs_rehash(cred->password_hash);
  const std::string fresh = rehash ? store::hash_password(password) : std::string();
  if (!writable) return actor;
  store::WriteTransaction tx(ctx_.db);
  users.clear_failures(actor.user_id);
  if (rehash)
    users.set_password_hash(ctx_.author(actor), actor.user_id, fresh,
                            cred->user.must_change_password, /*audit=*/false);
  tx.commit();
  return actor;
}

void AuthService::change_own_password(const Actor& actor, std::string_view current,
                                      std::string_view replacement) {
  store::UserRepository users(ctx_.sql());
  const auto cred = users.credentials(actor.username);
  if (!cred || cred->user.meta.id != actor.user_id)
    throw UserError("La cuenta «" + actor.username + "» ya no existe.");
  if (!store::verify_password(cred->password_hash, current))
    throw UserError("La contraseña actual no es correcta; no se cambió nada.");
  if (const auto p = password_unusable(replacement); !p.empty()) throw ValidationFailed({p});
  const std::string hash = store::hash_password(replacement);
  store::WriteTransaction tx(ctx_.db);
  users.set_password_hash(ctx_.author(actor), actor.user_id, hash, false);
  tx.commit();
}

bool AuthService::must_change_password(const Actor& actor) {
  const auto u = store::UserRepository(ctx_.sql()).get(actor.user_id);
  return u && u->must_change_password;
}

}  // namespace cdmype::services
