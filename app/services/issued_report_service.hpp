// Issuing the monthly report: the director's act that freezes a month's JSON and PDF with a hash.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/issued_report_repository.hpp"

namespace cdmype::services {

// The month was issued before and the caller did not ask to replace it.
class ReportAlreadyIssued : public UserError {
 public:
  using UserError::UserError;
};

class IssuedReportService {
 public:
  explicit IssuedReportService(ServiceContext& ctx) : ctx_(ctx) {}

  // IssueReport. Stores the month's JSON and PDF with the PDF's SHA-256, in
  // one transaction with its audit row. Refuses a month that has not ended
  // yet (its last day included: sessions of that day may still be logged)
  // and, unless `replace`, a month already issued (ReportAlreadyIssued);
  // a replacement keeps the replaced figures and hash in the audit log.
  store::IssuedReport issue(const Actor& actor, const YearMonth& month, std::string json,
                            std::vector<unsigned char> pdf, bool replace);

  // ViewReports. The issued report of the month with its PDF, if any.
  std::optional<store::IssuedReport> get(const Actor& actor, const YearMonth& month);
  // ViewReports. Every issued month (no PDF bytes), newest first.
  std::vector<store::IssuedReport> list(const Actor& actor);

  // Whether the stored PDF still has the stored SHA-256.
  static bool intact(const store::IssuedReport& r);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
