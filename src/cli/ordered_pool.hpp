// Runs work items on N threads and hands their results back in item order, as soon as each
// one and all before it are done: parallel files with the output order of a serial run.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace termnorm::cli {

// Calls work(i) for i in [0, count) on up to `jobs` threads, and emit(i, result) on the
// calling thread for i = 0, 1, 2, ... in order. At most 2×jobs results wait at a time, so
// memory stays bounded however many items there are. `work` must be safe to call
// concurrently; `emit` is never called concurrently.
template <typename Work, typename Emit>
void run_ordered(size_t count, unsigned jobs, Work work, Emit emit) {
  using Result = decltype(work(size_t{0}));
  if (jobs <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) emit(i, work(i));
    return;
  }
  const size_t window = 2 * static_cast<size_t>(jobs);
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;
  std::condition_variable changed;
  size_t next = 0;     // the next item to start
  size_t emitted = 0;  // items emitted so far

  auto worker = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      changed.wait(lock, [&] { return next >= count || next < emitted + window; });
      if (next >= count) return;
      const size_t i = next++;
      lock.unlock();
      Result result = work(i);
      lock.lock();
      slots[i % window].emplace(std::move(result));
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < std::min<size_t>(jobs, count); ++t) threads.emplace_back(worker);
  for (; emitted < count;) {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return slots[emitted % window].has_value(); });
    Result result = std::move(*slots[emitted % window]);
    slots[emitted % window].reset();
    lock.unlock();
    emit(emitted, std::move(result));
    lock.lock();
    ++emitted;
    changed.notify_all();
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace termnorm::cli
