// The one object a CLI command or the GUI holds: an open database and its services.
#pragma once
#include <filesystem>
#include <memory>

#include "services/consent_service.hpp"
#include "services/at_import_service.hpp"
#include "services/at_service.hpp"
#include "services/auth_service.hpp"
#include "services/budget_service.hpp"
#include "services/center_move_service.hpp"
#include "services/breach_service.hpp"
#include "services/center_service.hpp"
#include "services/enterprise_service.hpp"
#include "services/export_service.hpp"
#include "services/goal_service.hpp"
#include "services/import_service.hpp"
#include "services/issued_report_service.hpp"
#include "services/maintenance_service.hpp"
#include "services/minimum_wage_service.hpp"
#include "services/rights_service.hpp"
#include "services/policy_service.hpp"
#include "services/processing_register_service.hpp"
#include "services/outcome_service.hpp"
#include "services/person_service.hpp"
#include "services/provider_service.hpp"
#include "services/referral_service.hpp"
#include "services/report_package_service.hpp"
#include "services/service_context.hpp"
#include "services/session_service.hpp"
#include "services/user_service.hpp"
#include "store/change_feed.hpp"
#include "store/clock.hpp"
#include "store/database.hpp"

namespace cdmype::services {

// Owns the connection; the service objects it hands out are cheap views that
// must not outlive it. Movable (the context lives on the heap, so services
// taken before a move stay valid). One Workspace per thread: an SQLite
// connection is not meant to be shared by concurrent writers.
class Workspace {
 public:
  // Without a clock, the database's own (store::database_clock: the server's
  // time on a server, this PC's for a file); tests pass one they can move.
  // An existing database (Spanish UserError if missing, foreign or newer):
  // a file, or the center's server (store/data_source.hpp).
  static Workspace open(const store::DataSource& source,
                        store::Clock clock = {});
  // Creates the file (0600) when missing, or the schema in an empty server
  // database; follow with center().initialize().
  static Workspace create(const store::DataSource& source,
                          store::Clock clock = {});

  Workspace(const store::DataSource& source, store::OpenMode mode,
            store::Clock clock = {});

  store::Database& database() { return *db_; }
  // Other seats' (or programs') changes to this database, for a window to poll.
  std::unique_ptr<store::ChangeFeed> open_change_feed() const {
    return store::open_change_feed(db_->source());
  }
  ServiceContext& context() { return *ctx_; }

  CenterService center() { return CenterService(*ctx_); }
  AuthService auth() { return AuthService(*ctx_); }
  UserService users() { return UserService(*ctx_); }
  EnterpriseService enterprises() { return EnterpriseService(*ctx_); }
  SessionService sessions() { return SessionService(*ctx_); }
  ImportService imports() { return ImportService(*ctx_); }
  ExportService exports() { return ExportService(*ctx_); }
  MaintenanceService maintenance() { return MaintenanceService(*ctx_); }
  // Technical assistance (issue 4).
  AtService assistances() { return AtService(*ctx_); }
  AtImportService assistance_imports() { return AtImportService(*ctx_); }
  PolicyService policies() { return PolicyService(*ctx_); }
  MinimumWageService minimum_wages() { return MinimumWageService(*ctx_); }
  BudgetService budgets() { return BudgetService(*ctx_); }
  ProviderService providers() { return ProviderService(*ctx_); }
  GoalService goals() { return GoalService(*ctx_); }
  IssuedReportService issued_reports() { return IssuedReportService(*ctx_); }
  // The signed package of an issued month for CONAMYPE's national roll-up (issue 16).
  ReportPackageService report_packages() { return ReportPackageService(*ctx_); }
  // Referrals, trainings and results (issue 7).
  ReferralService referrals() { return ReferralService(*ctx_); }
  PersonService persons() { return PersonService(*ctx_); }
  RightsService rights() { return RightsService(*ctx_); }
  ConsentService consents() { return ConsentService(*ctx_); }
  ProcessingRegisterService processing_register() { return ProcessingRegisterService(*ctx_); }
  BreachService breaches() { return BreachService(*ctx_); }
  TrainingService trainings() { return TrainingService(*ctx_); }
  ResultService results() { return ResultService(*ctx_); }
  // Moving the center between a file and the server.
  CenterMoveService center_moves() { return CenterMoveService(*ctx_); }

 private:
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<ServiceContext> ctx_;
};

}  // namespace cdmype::services
