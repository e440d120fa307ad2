// Advisory sessions: the author's 30-day edit window, the director's amendment, validation.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/advisory_session.hpp"

namespace cdmype {
namespace {

Date d(int y, int m, int day) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(day));
}

constexpr std::int64_t kAuthor = 7;
constexpr std::int64_t kOtherAsesor = 8;
const Date kLogged = d(2026, 10, 5);
const boost::gregorian::days kDays30(30);
const boost::gregorian::days kDays31(31);
const Date kToday = d(2026, 12, 1);  // "today" is the caller's (the workspace clock)

AdvisorySession session_by(std::int64_t created_by, std::int64_t asesor_id) {
  AdvisorySession s;
  s.meta.created_by = created_by;
  s.asesor_id = asesor_id;
  s.enterprise_id = 1;
  s.fecha = kLogged;
  s.duracion_min = 90;
  s.tema = "Costeo de productos de la cooperativa de Citalá";
  return s;
}

Actor actor(std::int64_t id, Role role) { return Actor{id, "usuario", role}; }

TEST(SessionRules, AuthorMayEditThroughDayThirty) {
  const auto s = session_by(kAuthor, kAuthor);
  EXPECT_TRUE(may_edit_session(actor(kAuthor, Role::Asesor), s, kLogged, kLogged));
  EXPECT_TRUE(may_edit_session(actor(kAuthor, Role::Asesor), s, kLogged, kLogged + kDays30));
}

TEST(SessionRules, AuthorMayNotEditFromDayThirtyOne) {
  const auto s = session_by(kAuthor, kAuthor);
  EXPECT_FALSE(may_edit_session(actor(kAuthor, Role::Asesor), s, kLogged, kLogged + kDays31));
}

TEST(SessionRules, WindowCountsFromTheLoggingDateNotTheSessionDate) {
  // A session held on 1 September but logged on 5 October is editable until 4 November.
  auto s = session_by(kAuthor, kAuthor);
  s.fecha = d(2026, 9, 1);
  EXPECT_TRUE(may_edit_session(actor(kAuthor, Role::Asesor), s, kLogged, d(2026, 11, 4)));
  EXPECT_FALSE(may_edit_session(actor(kAuthor, Role::Asesor), s, kLogged, d(2026, 11, 5)));
}

TEST(SessionRules, TheAssignedAsesorCountsAsAuthorToo) {
  // Logged by the director on the asesor's behalf.
  const auto s = session_by(/*created_by=*/1, /*asesor_id=*/kAuthor);
  EXPECT_TRUE(may_edit_session(actor(kAuthor, Role::Asesor), s, kLogged, kLogged));
}

TEST(SessionRules, AnotherAsesorMayNeverEdit) {
  const auto s = session_by(kAuthor, kAuthor);
  EXPECT_FALSE(may_edit_session(actor(kOtherAsesor, Role::Asesor), s, kLogged, kLogged));
}

TEST(SessionRules, DirectorMayAmendLockedSessions) {
  const auto s = session_by(kAuthor, kAuthor);
  EXPECT_TRUE(may_edit_session(actor(2, Role::Director), s, kLogged, kLogged + kDays31));
  EXPECT_TRUE(may_edit_session(actor(2, Role::Director), s, kLogged, d(2028, 1, 1)));
}

TEST(SessionRules, OtherRolesMayNotEditEvenTheirOwnRecord) {
  const auto s = session_by(kAuthor, kAuthor);
  for (Role r : {Role::Compras, Role::Ventanilla, Role::Admin, Role::Consulta})
    EXPECT_FALSE(may_edit_session(actor(kAuthor, r), s, kLogged, kLogged)) << code_of(r);
}

TEST(SessionValidation, ACompleteSessionHasNoProblems) {
  const auto problems = validate(session_by(kAuthor, kAuthor), kToday);
  EXPECT_TRUE(problems.empty()) << problems.front();
}

TEST(SessionValidation, DurationMustBeBetweenOneMinuteAndOneDay) {
  auto s = session_by(kAuthor, kAuthor);
  s.duracion_min = 1;
  EXPECT_TRUE(validate(s, kToday).empty());
  s.duracion_min = 1440;
  EXPECT_TRUE(validate(s, kToday).empty());
  for (int bad : {0, -30, 1441}) {
    s.duracion_min = bad;
    const auto problems = validate(s, kToday);
    ASSERT_EQ(problems.size(), 1u) << bad;
    EXPECT_EQ(problems[0].rfind("duracion_min: ", 0), 0u) << problems[0];
  }
}

TEST(SessionValidation, MissingEnterpriseAsesorAndDateAreNamed) {
  AdvisorySession s;
  s.duracion_min = 60;
  const auto problems = validate(s, kToday);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].rfind("empresa: ", 0), 0u);
  EXPECT_EQ(problems[1].rfind("asesor: ", 0), 0u);
  EXPECT_EQ(problems[2].rfind("fecha: ", 0), 0u);
}

TEST(SessionValidation, NextStepCannotComeBeforeTheSession) {
  auto s = session_by(kAuthor, kAuthor);
  s.proximo_paso = "Visita a la feria de Peña Blanca";
  s.fecha_proximo_paso = kLogged;
  EXPECT_TRUE(validate(s, kToday).empty());
  s.fecha_proximo_paso = d(2026, 10, 4);
  const auto problems = validate(s, kToday);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0],
            "fecha_proximo_paso: el próximo paso (04/10/2026) no puede ser anterior a la sesión "
            "(05/10/2026)");
}

TEST(SessionValidation, ASessionAfterTodayIsRefusedWithBothDatesNamed) {
  auto s = session_by(kAuthor, kAuthor);
  s.fecha = kToday;
  EXPECT_TRUE(validate(s, kToday).empty());
  s.fecha = d(2026, 12, 15);
  const auto problems = validate(s, kToday);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "fecha: la sesión tiene fecha 15/12/2026, posterior a hoy (01/12/2026)");
}

TEST(SessionValidation, TheNextStepMayBeInTheFuture) {
  auto s = session_by(kAuthor, kAuthor);
  s.proximo_paso = "Visita a la feria de Ñandú";
  s.fecha_proximo_paso = d(2027, 3, 1);
  EXPECT_TRUE(validate(s, kToday).empty());
}

TEST(SessionValidation, OnlyADateOverAYearOldAsksForConfirmation) {
  EXPECT_FALSE(session_date_needs_confirmation(kToday, kToday));
  EXPECT_FALSE(session_date_needs_confirmation(d(2025, 12, 1), kToday));  // exactly a year
  EXPECT_TRUE(session_date_needs_confirmation(d(2025, 11, 30), kToday));
  EXPECT_FALSE(session_date_needs_confirmation(d(2024, 2, 29), d(2025, 2, 28)));
  EXPECT_TRUE(session_date_needs_confirmation(d(2024, 2, 27), d(2025, 2, 28)));
}

}  // namespace
}  // namespace cdmype
