// Demonstration referrals, trainings and results, stored in bulk once enterprises exist (issue 7).
#pragma once
#include <cstdint>
#include <vector>

#include "demo/demo_data.hpp"
#include "services/workspace.hpp"

namespace cdmype::demo {

// Referrals over the last year (about one per three enterprises: ~45 small,
// ~30,000 national) from the ventanilla account and from other ventanillas'
// files, in every state; trainings with partner institutions and attendance
// by sex; results (sales, jobs, formalizations, financing). Each kind in one
// transaction with its audit rows. `user_ids` and `enterprise_ids` are the
// stored ids of data.users and data.enterprises, in order.
void store_outcome_demo(services::Workspace& ws, const DemoData& data,
                        const std::vector<std::int64_t>& user_ids,
                        const std::vector<std::int64_t>& enterprise_ids, const Date& today,
                        std::uint64_t seed = 20261107);

}  // namespace cdmype::demo
