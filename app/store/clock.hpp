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

}  // namespace cdmype::store

namespace cdmype::store {
class Connection;

// For a center's server: this PC's clock corrected by how far it is from the
// server's, measured once now (half the round trip allowed for), so every
// seat stamps records with the server's time even when a PC's clock is off.
// For a file: system_clock().
Clock database_clock(Connection& c);

// Second precision, always UTC with a trailing Z: sortable as text.
std::string iso_utc(TimePoint t);
std::optional<TimePoint> parse_iso_utc(std::string_view text);

// The UTC calendar date of a stored timestamp (its first 10 characters).
std::optional<Date> date_of_timestamp(std::string_view iso);

// The local calendar date at `t` (what a person calls "today").
Date local_date(TimePoint t);

}  // namespace cdmype::store
