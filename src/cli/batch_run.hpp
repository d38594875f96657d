// Running over files: each one read whole, normalized (in parallel with -j), then written as
// the flags say — to standard output or -o in input order, in place, under --output-dir, or
// not at all (--check, --diff).
#pragma once

#include "cli/input_files.hpp"
#include "cli/run_context.hpp"

namespace termnorm::cli {

void run_files(RunContext& context, const std::vector<InputFile>& files);

}  // namespace termnorm::cli
