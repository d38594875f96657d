// DocumentBlocks on -j threads, in input order: what the standard-input run and the one-file
// run share (a thread that cuts the input, the pool that normalizes the blocks, this thread
// committing them in order, and a stop at the first error).
#pragma once

#include <atomic>
#include <exception>
#include <string>
#include <thread>
#include <utility>

#include "cli/ordered_pool.hpp"
#include "termnorm/normalizer.hpp"

namespace termnorm::cli {

// Runs `blocks` on `jobs` threads. `cut(add, stop)` runs on a thread of its own and hands each
// block of lines (from DocumentBlocks::feed and finish) to `add(std::string)`, in input order;
// `stop` turns true once the run has failed, and nothing more need be cut. `take(Result)` gets
// each block's Result on this thread, in input order. Returns what the first commit or take
// threw (nothing is taken after it), or null.
template <typename Cut, typename Take>
std::exception_ptr normalize_blocks_in_order(DocumentBlocks& blocks, unsigned jobs, Cut cut, Take take) {
  constexpr unsigned kBlocksPerJob = 2;  // in flight: enough to keep each thread busy, memory flat
  OrderedPool<std::string, DocumentBlocks::Block> pool(jobs, kBlocksPerJob * jobs, kBlocksPerJob * jobs);
  std::atomic<bool> stop = false;
  std::thread cutter([&] {
    cut([&](std::string lines) { pool.add(std::move(lines)); }, static_cast<const std::atomic<bool>&>(stop));
    pool.close();
  });
  std::exception_ptr error;
  pool.run([&](std::string lines) { return blocks.normalize(std::move(lines)); },
           [&](size_t, DocumentBlocks::Block block) {
             if (error) return;
             try {
               take(blocks.commit(std::move(block)));
             } catch (...) {
               error = std::current_exception();
               stop = true;
             }
           });
  cutter.join();
  return error;
}

}  // namespace termnorm::cli
