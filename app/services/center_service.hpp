// Setting up a new center (first account included) and reading/changing the center's settings.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/settings_repository.hpp"

namespace cdmype::services {

struct CenterInit {
  std::string center_name;    // "CDMYPE Chalatenango"
  std::string prefix;         // "CH": 1–6 letters A–Z, upper-cased here
  std::string operator_name;  // operating institution; may be empty
  std::string departamento;   // optional; must be one of the 14 when given
  std::string paper_size = std::string(store::kPaperLetter);
  // The first account: an admin for `cdmype-cli init`, a director for the GUI wizard.
  std::string username;
  std::string full_name;
  std::string password;
  Role role = Role::Admin;
};

// Spanish problems with the settings alone ("prefijo: …"); empty when valid.
std::vector<std::string> validate(const store::CenterSettings& s);

class CenterService {
 public:
  explicit CenterService(ServiceContext& ctx) : ctx_(ctx) {}

  bool initialized();
  // Stores the settings and the first account in one transaction and returns
  // that account as the acting user. Refuses a database that already has a
  // center (UserError) and invalid input (ValidationFailed).
  Actor initialize(const CenterInit& init);

  // Readable by anyone signed in (report headers, window titles).
  store::CenterSettings settings();
  // ManageSettings. The prefix only affects codes generated from now on.
  void update_settings(const Actor& actor, const store::CenterSettings& s);
  // SetNumberFormat (director or admin): how "2,000" reads in files and forms. Audited.
  void set_number_format(const Actor& actor, NumberFormat format);
  // ManageSettings or ManagePolicy (IT or the director): the data-protection officer.
  void set_delegado(const Actor& actor, const std::string& nombre, const std::string& contacto);
  // Names the active account that acts as delegado (its role keeps; it adds the person's rights
  // and the data-protection registers, core is_delegado_action); "" names none. Takes effect at
  // that account's next sign-in.
  void set_delegado_account(const Actor& actor, const std::string& username);
  // The same roles: the national key CONAMYPE gives (16 characters or more).
  void set_national_key(const Actor& actor, const std::string& key);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
