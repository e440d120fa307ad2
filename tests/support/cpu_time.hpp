// CPU seconds the calling thread has used: a work bound that other processes on the machine cannot
// stretch, unlike the wall clock.
#pragma once
#include <time.h>

namespace cdmype::testing_support {

// For the few guards against runaway work (hostile input, a quadratic path):
// a loaded machine or a slow disk makes the wall clock lie, the thread's own
// CPU time does not (sleeps and I/O waits are not counted either).
inline double thread_cpu_seconds() {
  timespec t{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

}  // namespace cdmype::testing_support
