// Enterprise files (expedientes): create, update, read, search and list, with permissions and
// audit.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/consent.hpp"
#include "core/enterprise.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/enterprise_query.hpp"

namespace cdmype::services {

class EnterpriseService {
 public:
  explicit EnterpriseService(ServiceContext& ctx) : ctx_(ctx) {}

  // EditEnterprise. An empty codigo gets the next PREFIX-YEAR-NNNN for the
  // year of fecha_ingreso; an empty uuid a new one. Validates with core
  // validate() plus distrito/asesor existence (ValidationFailed) and refuses a
  // repeated código (UserError). Returns the stored record (id, version 1).
  // `consent`: the titular's grant signed with the new file (the editor asks for it; imports and
  // tools that open files without one leave it "no registrado"). Sensitive data is refused unless
  // that grant covers it. Both are stored in one transaction.
  Enterprise create(const Actor& actor, Enterprise e,
                    const std::optional<ConsentRecord>& consent = std::nullopt);
  // EditEnterprise. e.meta.version must be the version that was read, else
  // StaleRecord. Returns the stored record with its new version. Someone who may not see the
  // titular's sensitive data keeps what is stored; newly recorded sensitive data needs the
  // consent (core/sensitive_data.hpp).
  Enterprise update(const Actor& actor, Enterprise e);

  // ViewEnterprises for all of these; sensitive data hidden from whoever may not see it.
  std::optional<Enterprise> get(const Actor& actor, std::int64_t id);
  std::optional<Enterprise> by_codigo(const Actor& actor, std::string_view codigo);
  // Full text over nombre, código, titular, DUI and NIT, best match first.
  std::vector<store::EnterpriseListRow> search(const Actor& actor, std::string_view text,
                                               int limit = 50);
  // `matches`: count() of the same filter, when the caller has it (see EnterpriseQuery::page).
  std::vector<store::EnterpriseListRow> page(const Actor& actor,
                                             const store::EnterpriseFilter& filter,
                                             store::EnterpriseOrder order, int limit,
                                             std::int64_t offset,
                                             std::optional<std::int64_t> matches = std::nullopt);
  std::int64_t count(const Actor& actor, const store::EnterpriseFilter& filter);
  // The whole list's ids in order, and the rows of some of them (see EnterpriseQuery).
  std::vector<std::int64_t> ordered_ids(const Actor& actor, const store::EnterpriseFilter& filter,
                                        store::EnterpriseOrder order);
  std::vector<store::EnterpriseListRow> rows(const Actor& actor,
                                             std::span<const std::int64_t> ids);
  // Duplicate detection (referrals, new files): a DUI or NIT in any accepted
  // form; a DUI finds the person as titular or as NIT, and so does a NIT that is a DUI.
  std::vector<Enterprise> find_by_dui(const Actor& actor, std::string_view dui);
  std::vector<Enterprise> find_by_nit(const Actor& actor, std::string_view nit);
  // The code the next new file of `year` would get (a preview; taken at save time).
  std::string next_codigo(const Actor& actor, int year);

 private:
  ServiceContext& ctx_;
};

// A new file's grant checked as checked_intake_consent does, and the titular's sensitive data
// against it; stored with store_intake_consent inside the caller's transaction after the file.
std::optional<ConsentRecord> checked_new_file_consent(ServiceContext& ctx, const Enterprise& file,
                                                     std::optional<ConsentRecord> consent);

// The center's code prefix; UserError when the center is not set up yet.
std::string require_prefix(ServiceContext& ctx);

}  // namespace cdmype::services
