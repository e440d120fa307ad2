// The role × action matrix: who may do what. Services call require() first.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/codes.hpp"

namespace cdmype {

enum class Action {
  ViewEnterprises, EditEnterprise,
  ViewSessions, LogSession, AmendLockedSession,
  ImportData, ExportData,
  ViewReports, IssueReport,
  ManageUsers, ManageSettings, SetNumberFormat, Backup, Restore, CheckIntegrity,
  ViewAudit,
  // Technical assistance (issue 4)
  ViewAt, RequestAt, ApproveAt, ContractAt, ManageProviders, ManageBudget, ManagePolicy,
  ManageGoals,
  // Referrals, trainings, results (issue 7)
  CreateReferral, ViewOwnReferrals, ManageReferrals, ManageTrainings, RecordResults,
  // A multi-seat center: moving its data between a file and the server
  MoveCenter,
  // Personal data: a person's rights (acceso, portabilidad, olvido)
  ExportPersonData, ExportSensitiveData, ManageDataProtection, ForgetPerson,
  // CONAMYPE's national roll-up of the centers' signed packages (issue 16)
  ConsolidateNational,
};

// Who is acting: every service call takes one.
struct Actor {
  std::int64_t user_id = 0;
  std::string username;
  Role role = Role::Consulta;
  // The account the center named its data-protection officer (setting delegado_usuario): it
  // keeps its role and adds the person's rights and the center's data-protection registers.
  bool delegado = false;
};

bool allowed(Role role, Action action);
// What the role allows, plus the delegado's actions when the account is the delegado.
bool allowed(const Actor& actor, Action action);
// The actions the delegado de protección de datos adds to any role.
bool is_delegado_action(Action action);

// Spanish name of the action for messages ("aprobar asistencias técnicas").
std::string_view action_description(Action action);

// Throws PermissionDenied ("El rol «asesor» no puede aprobar asistencias técnicas.").
void require(const Actor& actor, Action action);

}  // namespace cdmype
