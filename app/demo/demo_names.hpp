// Pools of Salvadoran names, business names and topics for demonstration data.
#pragma once
#include <span>
#include <string_view>

#include "core/codes.hpp"

namespace cdmype::demo {

std::span<const std::string_view> women_first_names();
std::span<const std::string_view> men_first_names();
std::span<const std::string_view> surnames();
// Business name patterns for a sector; "{}" is replaced by a place or family name.
std::span<const std::string_view> business_patterns(Sector sector);
std::span<const std::string_view> session_topics(Area area);
std::span<const std::string_view> agreements();

}  // namespace cdmype::demo
