// Issue use cases: the month must be over, issued once unless replaced, hash computed here.
#include "services/issued_report_service.hpp"

#include "store/sha256.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

std::string issued_on(const store::IssuedReport& r) {
  if (const auto t = store::parse_iso_utc(r.issued_at)) return to_display(store::local_date(*t));
  return r.issued_at;
}

}  // namespace

store::IssuedReport IssuedReportService::issue(const Actor& actor, const YearMonth& month,
                                               std::string json, std::vector<unsigned char> pdf,
                                               bool replace) {
  require(actor, Action::IssueReport);
  if (ctx_.today() <= month.last_day())
    throw UserError("El informe de " + month.to_string() +
                    " solo puede emitirse cuando el mes haya terminado (a partir del " +
                    to_display(month.last_day() + boost::gregorian::days(1)) + ").");
  store::WriteTransaction tx(ctx_.db);
  store::IssuedReportRepository repo(ctx_.sql());
  if (!replace) {
    if (const auto before = repo.get(month.to_string()))
      throw ReportAlreadyIssued("El informe de " + month.to_string() + " ya fue emitido el " +
                                issued_on(*before) + " por " + before->issued_by_username +
                                " (SHA-256 " + before->sha256.substr(0, 12) +
                                "…). Emitirlo de nuevo reemplaza el anterior; confirme el "
                                "reemplazo para hacerlo.");
  }
  store::IssuedReport r;
  r.periodo = month.to_string();
  r.json = std::move(json);
  r.pdf = std::move(pdf);
  r.sha256 = store::sha256_hex(r.pdf);
  repo.save(ctx_.author(actor), r);
  tx.commit();
  return r;
}

std::optional<store::IssuedReport> IssuedReportService::get(const Actor& actor,
                                                            const YearMonth& month) {
  require(actor, Action::ViewReports);
  return store::IssuedReportRepository(ctx_.sql()).get(month.to_string());
}

std::vector<store::IssuedReport> IssuedReportService::list(const Actor& actor) {
  require(actor, Action::ViewReports);
  return store::IssuedReportRepository(ctx_.sql()).list();
}

bool IssuedReportService::intact(const store::IssuedReport& r) {
  return store::sha256_hex(r.pdf) == r.sha256;
}

}  // namespace cdmype::services
