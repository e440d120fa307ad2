// The key, the pseudonyms and the stored packages, each behind its permission.
#include "services/report_package_service.hpp"

#include <algorithm>

#include "core/codes.hpp"
#include "core/errors.hpp"
#include "services/pseudonymizer.hpp"
#include "store/audit_repository.hpp"
#include "store/center_signing_key.hpp"
#include "store/monthly_queries.hpp"
#include "store/report_package_repository.hpp"
#include "store/settings_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

std::string national_key_of(store::Connection& db) {
  const auto key = store::SettingsRepository(db).get(store::setting_key::kNationalKey);
  if (!key || key->empty())
    throw UserError(
        "Falta la clave nacional que CONAMYPE da a cada centro: con ella van las "
        "empresas atendidas en el paquete sin nombres ni DUI. La dirección o IT la "
        "guarda con «cdmype-cli center national-key --set CLAVE» (en la aplicación: "
        "Configuración).");
  return *key;
}

}  // namespace

std::string ReportPackageService::public_key(const Actor& actor) {
  require(actor, Action::ViewReports);
  store::CenterSigningKey keys(ctx_.sql());
  if (std::string pk = keys.public_key(); !pk.empty()) return pk;
  store::WriteTransaction tx(ctx_.db);
  keys.ensure(ctx_.author(actor).at);
  tx.commit();
  return keys.public_key();
}

std::string ReportPackageService::sign(const Actor& actor, std::string_view message) {
  require(actor, Action::IssueReport);
  public_key(actor);  // made if the center has none yet
  return store::CenterSigningKey(ctx_.sql()).sign(message);
}

std::vector<std::string> ReportPackageService::served_pseudonyms(const Actor& actor,
                                                                 const Date& from, const Date& to) {
  require(actor, Action::IssueReport);
  const Pseudonymizer pseudonyms(national_key_of(ctx_.sql()));
  const std::string prefix =
      store::SettingsRepository(ctx_.sql()).get(store::setting_key::kPrefix).value_or("");
  store::MonthRange range;
  range.from = from;
  range.to = to;
  std::vector<std::string> out;
  for (const auto& a : store::MonthlyQueries(ctx_.sql()).attended_identities(range)) {
    Enterprise e;
    e.forma_juridica =
        parse_code<FormaJuridica>(a.forma_juridica).value_or(FormaJuridica::PersonaNatural);
    e.nit = a.nit;
    e.titular.dui = a.titular_dui;
    std::string id = pseudonyms.of_enterprise(e);
    // A file without DUI nor NIT still counts once: keyed by the center and the file, it matches
    // nothing at another center and names no one.
    if (id.empty())
      id = pseudonyms.of("expediente:" + prefix + ":" + std::to_string(a.enterprise_id));
    out.push_back(std::move(id));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool ReportPackageService::national_key_set() {
  const auto key = store::SettingsRepository(ctx_.sql()).get(store::setting_key::kNationalKey);
  return key && !key->empty();
}

std::optional<std::string> ReportPackageService::stored(const Actor& actor,
                                                        const YearMonth& month) {
  require(actor, Action::ViewReports);
  return store::ReportPackageRepository(ctx_.sql()).get(month.to_string());
}

void ReportPackageService::store(const Actor& actor, const YearMonth& month,
                                 const std::string& package) {
  require(actor, Action::IssueReport);
  store::WriteTransaction tx(ctx_.db);
  store::ReportPackageRepository(ctx_.sql()).put(month.to_string(), package, ctx_.author(actor).at);
  store::AuditRepository(ctx_.sql())
      .append(ctx_.author(actor), store::AuditOp::Insert, "report_package", 0, std::nullopt,
              "{\"periodo\":\"" + month.to_string() + "\"}");
  tx.commit();
}

}  // namespace cdmype::services
