// What the center needs to send CONAMYPE a signed report package: its signing key, the
// pseudonyms of the enterprises it served, and the packages already made. The package itself is
// put together by the report layer (report/report_package.hpp).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

class ReportPackageService {
 public:
  explicit ReportPackageService(ServiceContext& ctx) : ctx_(ctx) {}

  // ViewReports. Base64 of the center's Ed25519 public key (the pair is made the first time).
  std::string public_key(const Actor& actor);
  // IssueReport. The detached signature (base64) of `message` with the center's private key.
  std::string sign(const Actor& actor, std::string_view message);
  // IssueReport. The pseudonyms (national key) of the enterprises with a session between the
  // two dates, sorted and distinct; UserError when the national key is not set.
  std::vector<std::string> served_pseudonyms(const Actor& actor, const Date& from, const Date& to);
  // Whether the national key is set (a package needs it).
  bool national_key_set();

  // ViewReports. The month's package as made; nullopt when none was.
  std::optional<std::string> stored(const Actor& actor, const YearMonth& month);
  // IssueReport. Keeps the month's package (replacing one made before).
  void store(const Actor& actor, const YearMonth& month, const std::string& package);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
