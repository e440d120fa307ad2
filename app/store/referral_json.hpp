// Audit snapshots of referrals, trainings, attendees and results (flat JSON, codes, ISO dates).
#pragma once
#include <string>

#include "core/referral.hpp"
#include "core/result_record.hpp"
#include "core/training.hpp"

namespace cdmype::store {

std::string referral_json(const Referral& r);
std::string training_json(const Training& t);
std::string attendee_json(const TrainingAttendee& a);
std::string result_json(const ResultRecord& r);

}  // namespace cdmype::store
