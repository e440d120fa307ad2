// The training and training_attendee tables: writes with audit, lists, partner institutions.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/training.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditTraining = "training";
inline constexpr std::string_view kAuditAttendee = "training_attendee";

class TrainingRepository {
 public:
  explicit TrainingRepository(Connection& db) : db_(db), audit_(db) {}

  void insert(const Author& who, Training& t);
  // Version-checked (StaleRecord); audited before/after.
  void update(const Author& who, Training& t);
  void insert_attendee(const Author& who, TrainingAttendee& a);
  // Audited; the caller checks there is no attendance first (the foreign key refuses too).
  void remove(const Author& who, std::int64_t id);
  std::size_t attendee_count(std::int64_t training_id);
  // Audited; the caller checks the participant belongs to the training it meant.
  void remove_attendee(const Author& who, const TrainingAttendee& a);
  std::optional<TrainingAttendee> get_attendee(std::int64_t id);
  // As `training attend` prints it.
  std::optional<TrainingAttendee> attendee_by_uuid(const std::string& uuid);

  std::optional<Training> get(std::int64_t id);
  // Oldest first (fecha, id): the exchange and the list screen.
  std::vector<Training> all();
  std::vector<TrainingAttendee> attendees(std::int64_t training_id);
  // The participants recorded as coming from a file, oldest first.
  std::vector<TrainingAttendee> attendees_of_enterprise(std::int64_t enterprise_id);
  // A participant's name changed (a forgotten person), audited.
  void rename_attendee(const Author& who, TrainingAttendee& a);
  // Every attendee with its training, oldest training first; stop by returning false.
  void for_each_attendee(const std::function<bool(const TrainingAttendee&)>& visit);
  // The partner institutions named so far, alphabetical (the center's list).
  std::vector<std::string> institutions();

 private:
  Connection& db_;
  AuditRepository audit_;
  std::optional<Statement> insert_attendee_;
};

}  // namespace cdmype::store
