// SQL for issued reports; each issue (or re-issue) carries its audit row in the caller's
// transaction.
#include "store/issued_report_repository.hpp"

#include <SQLiteCpp/Statement.h>

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
    "SELECT r.id, r.periodo, r.issued_at, r.issued_by, COALESCE(u.username, ''), r.sha256, "
    "       length(r.pdf), r.version ";
constexpr const char* kFrom = "FROM issued_report r LEFT JOIN app_user u ON u.id = r.issued_by ";

IssuedReport read_summary(SQLite::Statement& q) {
  IssuedReport r;
  r.id = q.getColumn(0).getInt64();
  r.periodo = q.getColumn(1).getString();
  r.issued_at = q.getColumn(2).getString();
  r.issued_by = q.getColumn(3).getInt64();
  r.issued_by_username = q.getColumn(4).getString();
  r.sha256 = q.getColumn(5).getString();
  r.pdf_bytes = q.getColumn(6).getInt64();
  r.version = q.getColumn(7).getInt();
  return r;
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
    SQLite::Statement up(db_,
                         "UPDATE issued_report SET issued_at = ?1, issued_by = ?2, json = ?3, "
                         "pdf = ?4, sha256 = ?5, version = version + 1 WHERE id = ?6");
    up.bind(1, r.issued_at);
    up.bind(2, static_cast<int64_t>(r.issued_by));
    up.bind(3, r.json);
    up.bind(4, r.pdf.data(), static_cast<int>(r.pdf.size()));
    up.bind(5, r.sha256);
    up.bind(6, static_cast<int64_t>(before->id));
    up.exec();
    r.id = before->id;
    r.version = before->version + 1;
  } else {
    SQLite::Statement ins(db_,
                          "INSERT INTO issued_report (periodo, issued_at, issued_by, json, pdf, "
                          "sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    ins.bind(1, r.periodo);
    ins.bind(2, r.issued_at);
    ins.bind(3, static_cast<int64_t>(r.issued_by));
    ins.bind(4, r.json);
    ins.bind(5, r.pdf.data(), static_cast<int>(r.pdf.size()));
    ins.bind(6, r.sha256);
    ins.exec();
    r.id = db_.getLastInsertRowid();
    r.version = 1;
  }
  AuditRepository(db_).append(
      who, before ? AuditOp::Update : AuditOp::Insert, kAuditIssuedReport, r.id,
      before ? std::optional<std::string>(issue_json(*before, true)) : std::nullopt,
      issue_json(r, false));
}

std::optional<IssuedReport> IssuedReportRepository::get(const std::string& periodo) {
  SQLite::Statement q(db_,
                      std::string(kColumns) + ", r.json, r.pdf " + kFrom + "WHERE r.periodo = ?1");
  q.bind(1, periodo);
  if (!q.executeStep()) return std::nullopt;
  IssuedReport r = read_summary(q);
  r.json = q.getColumn(8).getString();
  const SQLite::Column blob = q.getColumn(9);
  const auto* data = static_cast<const unsigned char*>(blob.getBlob());
  r.pdf.assign(data, data + blob.getBytes());
  return r;
}

std::vector<IssuedReport> IssuedReportRepository::list() {
  SQLite::Statement q(db_, std::string(kColumns) + kFrom + "ORDER BY r.periodo DESC");
  std::vector<IssuedReport> out;
  while (q.executeStep()) out.push_back(read_summary(q));
  return out;
}

}  // namespace cdmype::store
