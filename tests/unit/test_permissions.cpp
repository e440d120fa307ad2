// The role × action matrix, checked cell by cell, and the Spanish refusal.
#include <gtest/gtest.h>

#include <set>

#include "core/errors.hpp"
#include "core/permissions.hpp"

namespace cdmype {
namespace {

using A = Action;

// ConsolidateNational is the last enumerator; every action lies in 0..ConsolidateNational.
std::vector<Action> all_actions() {
  std::vector<Action> out;
  for (int i = 0; i <= static_cast<int>(A::ConsolidateNational); ++i)
    out.push_back(static_cast<A>(i));
  return out;
}

const std::vector<Role> kRoles{Role::Asesor,     Role::Director, Role::Compras,
                               Role::Ventanilla, Role::Admin,    Role::Consulta};

// The matrix as the product owner wrote it, kept apart from the code under test.
std::set<Action> expected(Role role) {
  const std::set<Action> asesor{A::ViewEnterprises, A::EditEnterprise,  A::ViewSessions,
                                A::LogSession,      A::ImportData,      A::ExportData,
                                A::ViewReports,     A::ViewAt,          A::RequestAt,
                                A::ManageReferrals, A::ManageTrainings, A::RecordResults};
  switch (role) {
    case Role::Asesor:
      return asesor;
    case Role::Director: {
      auto s = asesor;
      s.insert({A::AmendLockedSession, A::IssueReport, A::ViewAudit, A::ApproveAt, A::ManageBudget,
                A::ManagePolicy, A::ManageGoals, A::ManageProviders, A::SetNumberFormat,
                A::ExportPersonData, A::ExportSensitiveData, A::ManageDataProtection,
                A::ForgetPerson});
      return s;
    }
    case Role::Compras:
      return {A::ViewEnterprises, A::ViewReports,     A::ViewAt,
              A::ContractAt,      A::ManageProviders, A::ExportData};
    case Role::Ventanilla:
      return {A::CreateReferral, A::ViewOwnReferrals};
    case Role::Admin:
      return {A::ManageUsers, A::ManageSettings, A::SetNumberFormat, A::Backup,
              A::Restore,     A::CheckIntegrity, A::ViewAudit,       A::MoveCenter};
    case Role::Consulta:
      return {A::ViewEnterprises, A::ViewSessions, A::ViewReports, A::ViewAt, A::ExportData,
              A::ConsolidateNational};
  }
  return {};
}

TEST(Permissions, EveryRoleAndActionMatchesTheMatrix) {
  int cells = 0;
  for (Role role : kRoles) {
    const auto yes = expected(role);
    for (Action action : all_actions()) {
      ++cells;
      EXPECT_EQ(allowed(role, action), yes.contains(action))
          << code_of(role) << " × " << action_description(action);
    }
  }
  EXPECT_EQ(cells, 6 * 35);
}

TEST(Permissions, EveryActionIsAllowedToSomeRole) {
  for (Action action : all_actions()) {
    bool someone = false;
    for (Role role : kRoles) someone = someone || allowed(role, action);
    EXPECT_TRUE(someone) << action_description(action);
  }
}

TEST(Permissions, AdminCannotTouchCaseData) {
  for (Action a : {A::EditEnterprise, A::LogSession, A::RequestAt, A::ApproveAt, A::ImportData,
                   A::RecordResults, A::ViewEnterprises})
    EXPECT_FALSE(allowed(Role::Admin, a)) << action_description(a);
}

TEST(Permissions, RequireLetsAnAllowedActionThrough) {
  EXPECT_NO_THROW(require(Actor{2, "directora", Role::Director}, A::ApproveAt));
  EXPECT_NO_THROW(require(Actor{5, "ventanilla.lapalma", Role::Ventanilla}, A::CreateReferral));
}

TEST(Permissions, RequireRefusesInSpanishNamingTheRoleAndTheAction) {
  try {
    require(Actor{3, "asesor1", Role::Asesor}, A::ApproveAt);
    FAIL() << "an asesor approved an AT";
  } catch (const PermissionDenied& e) {
    EXPECT_STREQ(e.what(), "El rol «asesor» no puede aprobar asistencias técnicas.");
  }
  EXPECT_THROW(require(Actor{9, "supervisora", Role::Consulta}, A::EditEnterprise),
               PermissionDenied);
}

TEST(Permissions, TheDelegadoAddsThePersonsRightsAndNothingElse) {
  Actor asesora{3, "asesora", Role::Asesor};
  asesora.delegado = true;
  for (Action action : all_actions()) {
    const bool expected = allowed(Role::Asesor, action) ||
                          action == A::ExportPersonData || action == A::ManageDataProtection ||
                          action == A::ForgetPerson;
    EXPECT_EQ(allowed(asesora, action), expected) << action_description(action);
  }
  EXPECT_NO_THROW(require(asesora, A::ForgetPerson));
  asesora.delegado = false;
  EXPECT_THROW(require(asesora, A::ForgetPerson), PermissionDenied);
}

TEST(Permissions, EveryActionHasItsOwnSpanishDescription) {
  std::set<std::string_view> seen;
  for (Action action : all_actions()) {
    const auto text = action_description(action);
    EXPECT_FALSE(text.empty());
    EXPECT_TRUE(seen.insert(text).second) << text;
  }
}

}  // namespace
}  // namespace cdmype
