// A one-shot signal between a test and a thread it starts (hold a worker, wait for a lock holder).
#pragma once
#include <condition_variable>
#include <mutex>

namespace cdmype::testing_support {

// Waiting on a condition variable instead of polling a flag with sleeps: the
// waiter goes on the moment the gate opens, however busy the machine is, and
// a test never depends on a pause being long enough.
class Gate {
 public:
  void open() {
    {
      const std::lock_guard lock(mutex_);
      open_ = true;
    }
    opened_.notify_all();
  }
  void wait() {
    std::unique_lock lock(mutex_);
    opened_.wait(lock, [this] { return open_; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable opened_;
  bool open_ = false;
};

}  // namespace cdmype::testing_support
