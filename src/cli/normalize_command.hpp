// The normalize command (termnorm [OPTIONS] [FILE|DIR ...]): loads the termbase, finds the
// inputs, runs them as a batch or as a stream, and sums up.
#pragma once

#include "cli/command_line.hpp"

namespace termnorm::cli {

// Returns the exit status: 0 done, 1 --check found work, 2 usage or input error.
int run_normalize(const CommandLine& cmd);

}  // namespace termnorm::cli
