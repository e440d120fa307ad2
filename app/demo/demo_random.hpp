// The random draws every demonstration generator shares: one engine, one way to pick.
#pragma once
#include <cstddef>
#include <random>
#include <span>
#include <vector>

namespace cdmype::demo {

// mt19937_64 with a fixed seed: the same seed and day give the same data on
// every platform the standard library implements it the same way.
using Rng = std::mt19937_64;

inline int uniform(Rng& rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

inline bool chance(Rng& rng, double p) { return std::bernoulli_distribution(p)(rng); }

// A uniformly chosen element; one draw, so call sites stay reproducible.
template <class T>
const T& pick(Rng& rng, std::span<const T> pool) {
  return pool[static_cast<std::size_t>(uniform(rng, 0, static_cast<int>(pool.size()) - 1))];
}

template <class T>
const T& pick(Rng& rng, const std::vector<T>& pool) {
  return pick(rng, std::span<const T>(pool));
}

// A uniformly chosen index into a pool of `size` elements (size > 0).
inline std::size_t pick_index(Rng& rng, std::size_t size) {
  return static_cast<std::size_t>(uniform(rng, 0, static_cast<int>(size) - 1));
}

}  // namespace cdmype::demo
