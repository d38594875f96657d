// Runs work items on N threads and hands their results back in item order, as soon as each
// one and all before it are done: parallel files, or the blocks of one input, with the output
// order of a serial run.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace termnorm::cli {

// Items, added in order (by another thread, or all before run()), are worked on by `jobs`
// threads, and their results emitted on the thread that calls run(), in item order. That
// thread is one of the `jobs`: while the next result to emit is not ready it takes an item
// itself, so that `jobs` threads run on `jobs` cores (a waiting thread of its own would take a
// core's turn at every result). At most `window` items are started and not yet emitted, and
// at most `capacity` added and not yet emitted (add() waits for room), so memory stays bounded
// however many items there are, and one large item does not hold the others up.
template <typename Item, typename Result>
class OrderedPool {
 public:
  OrderedPool(unsigned jobs, size_t window, size_t capacity = std::numeric_limits<size_t>::max())
      : jobs_(std::max(1u, jobs)), window_(std::max<size_t>(1, window)), capacity_(capacity), slots_(window_) {}

  // Adds the next item; waits while `capacity` items wait to be emitted. Not from run()'s thread.
  void add(Item item) {
    std::unique_lock lock(mutex_);
    room_to_add_.wait(lock, [&] { return added_ < emitted_ + capacity_; });
    items_.push_back(std::move(item));
    ++added_;
    lock.unlock();
    work_added_.notify_one();
    next_ready_.notify_one();
  }

  // No more items will be added.
  void close() {
    {
      const std::lock_guard lock(mutex_);
      closed_ = true;
    }
    work_added_.notify_all();
    next_ready_.notify_one();
  }

  // Calls work(item) on up to `jobs` threads (this one included) and emit(i, result) on this
  // thread for i = 0, 1, 2, ... in order, until close() and every item emitted. `work` must be
  // safe to call concurrently; `emit` is never called concurrently.
  template <typename Work, typename Emit>
  void run(Work work, Emit emit) {
    const auto helper = [&] {
      std::unique_lock lock(mutex_);
      for (;;) {
        work_added_.wait(lock, [&] { return can_start() || (closed_ && next_ >= added_); });
        if (!can_start()) return;
        run_next(lock, work);
      }
    };
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < jobs_; ++t) helpers.emplace_back(helper);

    std::unique_lock lock(mutex_);
    while (!(closed_ && emitted_ == added_)) {
      std::optional<Result>& slot = slots_[emitted_ % window_];
      if (slot) {
        Result result = std::move(*slot);
        slot.reset();
        lock.unlock();
        emit(emitted_, std::move(result));
        lock.lock();
        ++emitted_;
        room_to_add_.notify_one();
        if (can_start()) work_added_.notify_all();  // the window moved on
      } else if (can_start()) {
        run_next(lock, work);
      } else {
        caller_waiting_ = true;
        next_ready_.wait(lock, [&] { return slot.has_value() || can_start() || (closed_ && emitted_ == added_); });
        caller_waiting_ = false;
      }
    }
    lock.unlock();
    work_added_.notify_all();  // helpers waiting for work see that every item is taken
    for (std::thread& t : helpers) t.join();
  }

 private:
  bool can_start() const { return next_ < added_ && next_ < emitted_ + window_; }

  // Runs the next item without the lock and stores its result; called and returns with it.
  template <typename Work>
  void run_next(std::unique_lock<std::mutex>& lock, Work& work) {
    const size_t i = next_++;
    Item item = std::move(items_.front());
    items_.pop_front();
    lock.unlock();
    Result result = work(std::move(item));
    lock.lock();
    slots_[i % window_].emplace(std::move(result));
    if (i == emitted_ && caller_waiting_) next_ready_.notify_one();
  }

  const unsigned jobs_;
  const size_t window_;
  const size_t capacity_;
  std::vector<std::optional<Result>> slots_;  // results of items [emitted_, emitted_ + window_)
  std::deque<Item> items_;                    // added, not yet started
  std::mutex mutex_;
  std::condition_variable work_added_;  // helpers wait for an item they may start
  std::condition_variable next_ready_;  // run()'s thread waits for the next result or an item
  std::condition_variable room_to_add_;
  size_t added_ = 0;
  size_t next_ = 0;     // the next item to start
  size_t emitted_ = 0;  // items emitted so far
  bool closed_ = false;
  bool caller_waiting_ = false;
};

// Calls work(i) for i in [0, count) on up to `jobs` threads, and emit(i, result) on the
// calling thread in order (see OrderedPool); at most 8 × jobs results wait at a time.
template <typename Work, typename Emit>
void run_ordered(size_t count, unsigned jobs, Work work, Emit emit) {
  using Result = decltype(work(size_t{0}));
  if (jobs <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) emit(i, work(i));
    return;
  }
  constexpr size_t kWindowPerJob = 8;
  OrderedPool<size_t, Result> pool(static_cast<unsigned>(std::min<size_t>(jobs, count)), kWindowPerJob * jobs);
  for (size_t i = 0; i < count; ++i) pool.add(i);
  pool.close();
  pool.run(work, emit);
}

}  // namespace termnorm::cli
