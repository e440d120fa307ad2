// The issued_report table: a month's report as the director issued it (JSON, PDF, SHA-256).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditIssuedReport = "issued_report";

struct IssuedReport {
  std::int64_t id = 0;
  std::string periodo;    // "2026-10"
  std::string issued_at;  // ISO UTC
  std::int64_t issued_by = 0;
  std::string issued_by_username;  // filled when read
  std::string json;
  std::vector<unsigned char> pdf;  // empty in list() rows
  std::int64_t pdf_bytes = 0;
  std::string sha256;  // of the PDF, lower-case hex
  int version = 0;     // 1, then +1 each time it is issued again (replaced)
};

class IssuedReportRepository {
 public:
  explicit IssuedReportRepository(Connection& db) : db_(db) {}

  // Stores r (insert, or replace the month's row when one exists) with its
  // audit row; the audit keeps the replaced JSON and hash. Fills id, version,
  // issued_at and issued_by from `who`. Inside the caller's transaction.
  void save(const Author& who, IssuedReport& r);

  std::optional<IssuedReport> get(const std::string& periodo);
  // Every issued month without the PDF bytes, newest month first.
  std::vector<IssuedReport> list();

 private:
  Connection& db_;
};

}  // namespace cdmype::store
