// The size rules migration 0009 ships, written out for tests (store tests check the database equals it).
#pragma once
#include "core/enterprise_size.hpp"

namespace cdmype::testing_support {

// The two size_law rows (D.L. 667 of 2014 from 2014-05-20; the reform from
// 2026-03-16 with its three micro bands) and the two minimum wages ($365.00
// from 2021-08-01, $408.80 from 2025-06-01), oldest first.
SizeRules shipped_size_rules();

}  // namespace cdmype::testing_support
