// Standard input as a stream: read as it arrives, each completed line normalized, written and
// flushed at once, so `tail -f log | termnorm` prints as it goes and memory stays flat however
// long the input is.
#pragma once

#include "cli/run_context.hpp"

namespace termnorm::cli {

void run_stream(RunContext& context);

}  // namespace termnorm::cli
