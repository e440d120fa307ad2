// Time limits in tests are set for Release builds; under AddressSanitizer (the "asan" preset:
// Debug, -O0, every access checked) the same work runs several times slower.
#pragma once

namespace cdmype::testing_support {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr double kTimeLimitSlack = 6.0;  // GCC
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr double kTimeLimitSlack = 6.0;  // clang
#else
inline constexpr double kTimeLimitSlack = 1.0;
#endif
#else
inline constexpr double kTimeLimitSlack = 1.0;
#endif

}  // namespace cdmype::testing_support
