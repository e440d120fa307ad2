// SQL for issued reports; each issue (or re-issue) carries its audit row in the caller's
// transaction.
#include "store/issued_report_repository.hpp"

#include "store/json_object.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

// The audit snapshot: what identifies the issued document. The replaced
// report's figures go into `before` so a re-issue never loses them.
std::string issue_json(const IssuedReport& r, bool with_figures) {
  JsonObject o;
  o.integer("id", r.id)
      .text("periodo", r.periodo)
      .text("issued_at", r.issued_at)
      .integer("issued_by", r.issued_by)
      .text("sha256", r.sha256)
      .integer("pdf_bytes", r.pdf_bytes)
      .integer("version", r.version);
  if (with_figures) o.text("json", r.json);
  return o.str();
}

constexpr const char* kColumns =
    "SELECT r.id, r.periodo, r.issued_at, r.issued_by, "
    "       COALESCE(u.username, '') AS issued_by_username, r.sha256, "
    "       length(r.pdf) AS pdf_bytes, r.version ";
constexpr const char* kFrom = "FROM issued_report r LEFT JOIN app_user u ON u.id = r.issued_by ";

IssuedReport read_summary(Statement& q) {
  IssuedReport r;
  r.id = q.int64("id");
  r.periodo = q.text("periodo");
  r.issued_at = q.text("issued_at");
  r.issued_by = q.int64("issued_by");
  r.issued_by_username = q.text("issued_by_username");
  r.sha256 = q.text("sha256");
  r.pdf_bytes = q.int64("pdf_bytes");
  r.version = q.int32("version");
  return r;
}

std::string_view bytes_of(const std::vector<unsigned char>& pdf) {
  return {reinterpret_cast<const char*>(pdf.data()), pdf.size()};
}

}  // namespace

void IssuedReportRepository::save(const Author& who, IssuedReport& r) {
  require_transaction(db_);
  const auto before = get(r.periodo);
  r.issued_at = who.at;
  r.issued_by = who.user_id;
  r.issued_by_username = who.username;
  r.pdf_bytes = static_cast<std::int64_t>(r.pdf.size());
  if (before) {
    Statement up(db_,
                 "UPDATE issued_report SET issued_at = :issued_at, issued_by = :issued_by, "
                 "json = :json, pdf = :pdf, sha256 = :sha256, version = version + 1 "
                 "WHERE id = :id");
    up.bind("issued_at", r.issued_at);
    up.bind("issued_by", r.issued_by);
    up.bind("json", r.json);
    up.bind_blob("pdf", bytes_of(r.pdf));
    up.bind("sha256", r.sha256);
    up.bind("id", before->id);
    up.execute();
    r.id = before->id;
    r.version = before->version + 1;
  } else {
    Statement ins(db_,
                  "INSERT INTO issued_report (periodo, issued_at, issued_by, json, pdf, sha256) "
                  "VALUES (:periodo, :issued_at, :issued_by, :json, :pdf, :sha256) RETURNING id");
    ins.bind("periodo", r.periodo);
    ins.bind("issued_at", r.issued_at);
    ins.bind("issued_by", r.issued_by);
    ins.bind("json", r.json);
    ins.bind_blob("pdf", bytes_of(r.pdf));
    ins.bind("sha256", r.sha256);
    ins.step();
    r.id = ins.int64("id");
    ins.reset();
    r.version = 1;
  }
  AuditRepository(db_).append(
      who, before ? AuditOp::Update : AuditOp::Insert, kAuditIssuedReport, r.id,
      before ? std::optional<std::string>(issue_json(*before, true)) : std::nullopt,
      issue_json(r, false));
}

std::optional<IssuedReport> IssuedReportRepository::get(const std::string& periodo) {
  Statement q(db_,
              std::string(kColumns) + ", r.json, r.pdf " + kFrom + "WHERE r.periodo = :periodo");
  q.bind("periodo", periodo);
  if (!q.step()) return std::nullopt;
  IssuedReport r = read_summary(q);
  r.json = q.text("json");
  const std::string pdf = q.blob("pdf");
  r.pdf.assign(pdf.begin(), pdf.end());
  return r;
}

std::vector<IssuedReport> IssuedReportRepository::list() {
  Statement q(db_, std::string(kColumns) + kFrom + "ORDER BY r.periodo DESC");
  std::vector<IssuedReport> out;
  while (q.step()) out.push_back(read_summary(q));
  return out;
}

}  // namespace cdmype::store
