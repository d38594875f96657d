// Results whose last step waits on the disk (a written file's flush and rename), finished on
// threads of their own and handed back in the order they were added: the threads that
// normalize never wait for the disk, and what is reported keeps the input order. Several
// flushes in flight at once also let the file system commit them together.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace termnorm::cli {

template <typename Result>
class DiskWaits {
 public:
  // `wait(result)` is run on one of up to `threads` threads (started when first needed), for
  // each result added with a wait; at most `limit` results are held at a time.
  DiskWaits(unsigned threads, size_t limit, std::function<void(Result&)> wait)
      : threads_(std::max(1u, threads)), limit_(std::max<size_t>(1, limit)), wait_(std::move(wait)) {}
  DiskWaits(const DiskWaits&) = delete;
  DiskWaits& operator=(const DiskWaits&) = delete;

  // Results not yet waited for are dropped (a written file is then never renamed).
  ~DiskWaits() {
    {
      const std::lock_guard lock(mutex_);
      closing_ = true;
    }
    work_added_.notify_all();
    for (std::thread& thread : threads_running_) thread.join();
  }

  // Adds the next result, with its wait to run (`needs_wait`) or ready as it is; then calls
  // emit(result), on this thread, for each result that is ready and all before it. While
  // `limit` results are held, waits for the oldest.
  template <typename Emit>
  void add(Result result, bool needs_wait, Emit& emit) {
    std::unique_lock lock(mutex_);
    while (entries_.size() >= limit_) emit_oldest(lock, emit);
    entries_.push_back(Entry{std::move(result), !needs_wait});
    if (needs_wait) {
      ++waiting_;
      work_added_.notify_one();
      if (waiting_ > idle_ && threads_running_.size() < threads_)
        threads_running_.emplace_back([this] { run_waits(); });
    }
    while (!entries_.empty() && entries_.front().done) emit_oldest(lock, emit);
  }

  // Waits for every result added and emits the rest, in order.
  template <typename Emit>
  void finish(Emit& emit) {
    std::unique_lock lock(mutex_);
    while (!entries_.empty()) emit_oldest(lock, emit);
  }

 private:
  struct Entry {
    Result result;
    bool done;  // its wait is over (or it had none)
  };

  // Waits for the oldest result to be done, takes it out and emits it without the lock.
  template <typename Emit>
  void emit_oldest(std::unique_lock<std::mutex>& lock, Emit& emit) {
    done_.wait(lock, [&] { return entries_.front().done; });
    Result result = std::move(entries_.front().result);
    entries_.pop_front();
    ++emitted_;
    lock.unlock();
    emit(std::move(result));
    lock.lock();
  }

  // A disk thread: runs the waits of the results added, oldest first. Entries are not moved
  // while a thread works on one (a deque keeps references across push_back and pop_front of
  // other entries), and the oldest is only taken out once done.
  void run_waits() {
    std::unique_lock lock(mutex_);
    for (;;) {
      ++idle_;
      work_added_.wait(lock, [&] { return closing_ || waiting_ > 0; });
      --idle_;
      if (closing_) return;
      // Results before next_ are done or being waited for; those emitted are all done.
      next_ = std::max(next_, emitted_);
      while (entries_[next_ - emitted_].done) ++next_;
      Entry* entry = &entries_[next_ - emitted_];
      ++next_;
      --waiting_;
      lock.unlock();
      wait_(entry->result);
      lock.lock();
      entry->done = true;
      done_.notify_all();
    }
  }

  const unsigned threads_;
  const size_t limit_;
  const std::function<void(Result&)> wait_;
  std::vector<std::thread> threads_running_;
  std::deque<Entry> entries_;  // added and not yet emitted, oldest first
  std::mutex mutex_;
  std::condition_variable work_added_;  // disk threads wait for a result to wait for
  std::condition_variable done_;        // the emitting thread waits for the oldest result
  size_t emitted_ = 0;                  // results emitted so far
  size_t next_ = 0;                     // results up to this one are done or being waited for
  size_t waiting_ = 0;                  // results whose wait has not started
  unsigned idle_ = 0;                   // disk threads waiting for work
  bool closing_ = false;
};

}  // namespace termnorm::cli
