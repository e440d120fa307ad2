// The store's clock and ISO-8601 UTC timestamps ("2026-10-05T14:03:22Z").
#pragma once
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/dates.hpp"

namespace cdmype::store {

using TimePoint = std::chrono::system_clock::time_point;

// Injected everywhere a timestamp is written, so tests can log a session
// "40 days ago" or wait out a lockout without sleeping.
using Clock = std::function<TimePoint()>;

Clock system_clock();

// Second precision, always UTC with a trailing Z: sortable as text.
std::string iso_utc(TimePoint t);
std::optional<TimePoint> parse_iso_utc(std::string_view text);

// The UTC calendar date of a stored timestamp (its first 10 characters).
std::optional<Date> date_of_timestamp(std::string_view iso);

// The local calendar date at `t` (what a person calls "today").
Date local_date(TimePoint t);

}  // namespace cdmype::store
