// Goal use cases: validation of indicator, value and year in Spanish; one audited transaction.
#include "services/goal_service.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/indicators.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

std::size_t indicator_position(const std::string& code) {
  const auto all = indicators();
  const auto it =
      std::find_if(all.begin(), all.end(), [&](const Indicator& i) { return i.code == code; });
  return static_cast<std::size_t>(it - all.begin());
}

}  // namespace

store::AnnualGoal GoalService::set(const Actor& actor, int year, const std::string& indicador,
                                   std::int64_t value) {
  require(actor, Action::ManageGoals);
  std::vector<std::string> problems;
  if (!find_indicator(indicador)) problems.push_back(unknown_indicator_message(indicador));
  if (year < 2000 || year > 2100)
    problems.push_back("año: " + std::to_string(year) + " está fuera de 2000–2100.");
  if (value < 0) problems.push_back("valor: la meta no puede ser negativa.");
  if (!problems.empty()) throw ValidationFailed(problems);
  store::WriteTransaction tx(ctx_.db);
  auto goal = store::GoalRepository(ctx_.sql()).upsert(ctx_.author(actor), year, indicador, value);
  tx.commit();
  return goal;
}

std::vector<store::AnnualGoal> GoalService::show(const Actor& actor, std::optional<int> year) {
  require(actor, Action::ViewReports);
  store::GoalRepository repo(ctx_.sql());
  auto goals = year ? repo.for_year(*year) : repo.all();
  std::stable_sort(goals.begin(), goals.end(), [](const auto& a, const auto& b) {
    if (a.year != b.year) return a.year < b.year;
    return indicator_position(a.indicador) < indicator_position(b.indicador);
  });
  return goals;
}

}  // namespace cdmype::services
