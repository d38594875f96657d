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
// calling thread for i = 0, 1, 2, ... in order. The calling thread is one of the `jobs`:
// while the next result to emit is not ready it takes an item itself, so that `jobs` threads
// run on `jobs` cores (a waiting thread of its own would take a core's turn at every result).
// At most kWindowPerJob × jobs results wait at a time, so memory stays bounded however many
// items there are, and one large item does not hold the others up. `work` must be safe to
// call concurrently; `emit` is never called concurrently.
template <typename Work, typename Emit>
void run_ordered(size_t count, unsigned jobs, Work work, Emit emit) {
  using Result = decltype(work(size_t{0}));
  if (jobs <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) emit(i, work(i));
    return;
  }
  constexpr size_t kWindowPerJob = 8;
  const size_t window = kWindowPerJob * static_cast<size_t>(jobs);
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;
  std::condition_variable next_ready;  // the calling thread waits for slot `emitted`
  std::condition_variable room;        // helpers wait for the window to move on
  size_t next = 0;                     // the next item to start
  size_t emitted = 0;                  // items emitted so far
  size_t helpers_waiting = 0;
  bool caller_waiting = false;

  const auto has_room = [&] { return next < count && next < emitted + window; };
  // Runs item `i` without the lock and stores its result; called and returns with the lock.
  const auto run_item = [&](std::unique_lock<std::mutex>& lock, size_t i) {
    lock.unlock();
    Result result = work(i);
    lock.lock();
    slots[i % window].emplace(std::move(result));
  };
  auto helper = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      if (!has_room()) {
        if (next >= count) return;
        ++helpers_waiting;
        room.wait(lock, [&] { return next >= count || has_room(); });
        --helpers_waiting;
        continue;
      }
      const size_t i = next++;
      run_item(lock, i);
      if (i == emitted && caller_waiting) next_ready.notify_one();
    }
  };
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < std::min<size_t>(jobs, count); ++t) helpers.emplace_back(helper);

  std::unique_lock lock(mutex);
  while (emitted < count) {
    std::optional<Result>& slot = slots[emitted % window];
    if (slot) {
      Result result = std::move(*slot);
      slot.reset();
      lock.unlock();
      emit(emitted, std::move(result));
      lock.lock();
      ++emitted;
      if (helpers_waiting > 0 && has_room()) room.notify_all();
    } else if (has_room()) {
      run_item(lock, next++);
    } else {
      caller_waiting = true;
      next_ready.wait(lock, [&] { return slot.has_value(); });
      caller_waiting = false;
    }
  }
  lock.unlock();
  room.notify_all();  // helpers waiting for room see that every item is taken
  for (std::thread& t : helpers) t.join();
}

}  // namespace termnorm::cli
