// Trainings with their attendance, and results per enterprise: record, list, import (issue 7).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/consent.hpp"
#include "core/permissions.hpp"
#include "core/result_record.hpp"
#include "core/training.hpp"
#include "services/import_service.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

// What a bulk import did; rows already stored as in the file are skipped.
struct OutcomeImportSummary {
  std::size_t nuevas = 0;
  std::size_t actualizadas = 0;
  std::size_t sin_cambios = 0;
};

// The fields `TrainingService::edit` changes; the ones left empty keep their stored value.
struct TrainingChanges {
  std::optional<std::string> titulo, tema, institucion, lugar;
  std::optional<Date> fecha;
  std::optional<int> minutos;
};

class TrainingService {
 public:
  explicit TrainingService(ServiceContext& ctx) : ctx_(ctx) {}

  // ManageTrainings. Validated, audited.
  Training create(const Actor& actor, Training t);
  // `consent`: the grant of a participant without a file (checked_intake_consent), stored with
  // the attendance; refused for one who comes with a file (the file's titular consent covers it).
  TrainingAttendee add_attendee(const Actor& actor, TrainingAttendee a,
                                std::optional<ConsentRecord> consent = std::nullopt);
  // ManageTrainings. `version` is the one the caller saw (StaleRecord when
  // someone saved in between); validated, audited.
  Training edit(const Actor& actor, std::int64_t id, int version, const TrainingChanges& changes);
  // ManageTrainings. Refused while someone is recorded as attending it.
  void remove(const Actor& actor, std::int64_t id);
  // ManageTrainings. Takes a person off the training's attendance (entered by
  // mistake or twice); refused when `attendee_id` is not on that training. Audited.
  void remove_attendee(const Actor& actor, std::int64_t training_id, std::int64_t attendee_id);
  // ManageTrainings. Adds a partner to the center's list; false when the list
  // already has it (same name ignoring accents and case).
  bool add_institution(const Actor& actor, const std::string& name);
  // ViewReports or ManageTrainings.
  std::vector<Training> list(const Actor& actor);
  // The training's participants in Spanish order of their names.
  std::vector<TrainingAttendee> attendees(const Actor& actor, std::int64_t training_id);
  // ManageTrainings. By the uuid `training attend` printed; UserError when none.
  TrainingAttendee attendee_by_uuid(const Actor& actor, const std::string& uuid);
  void for_each_attendee(const Actor& actor,
                         const std::function<bool(const TrainingAttendee&)>& visit);
  // The center's list of partners: the ones named on trainings plus the ones
  // added, one per folded name, alphabetical.
  std::vector<std::string> institutions(const Actor& actor);

  // ManageTrainings + ImportData. A training with the same título (folded)
  // and fecha is the same one: its other fields are updated when they differ.
  OutcomeImportSummary import_trainings(const Actor& actor, std::vector<Training> rows,
                                        const ImportOptions& options = {});
  // ManageTrainings + ImportData. A person already on that training (folded
  // name) is not added twice.
  OutcomeImportSummary import_attendees(const Actor& actor, std::vector<TrainingAttendee> rows,
                                        const ImportOptions& options = {});

 private:
  ServiceContext& ctx_;
};

class ResultService {
 public:
  explicit ResultService(ServiceContext& ctx) : ctx_(ctx) {}

  // RecordResults. Validated (the enterprise must exist), audited.
  ResultRecord record(const Actor& actor, ResultRecord r);
  void remove(const Actor& actor, std::int64_t id);
  // ViewEnterprises. Newest first.
  std::vector<ResultRecord> by_enterprise(const Actor& actor, std::int64_t enterprise_id);
  // ExportData. Oldest first with the enterprise's código.
  void for_each_export(const Actor& actor,
                       const std::function<bool(const ResultRecord&, const std::string&)>& visit);
  // RecordResults + ImportData. A row with the same enterprise, fecha, tipo
  // and detalle as a stored one is the same result: its valor is updated
  // when it differs, so importing a file twice changes nothing.
  OutcomeImportSummary import_results(const Actor& actor, std::vector<ResultRecord> rows,
                                      const ImportOptions& options = {});

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
