# Build options for reliability testing (see the README's "Reliability" section):
#   TERMNORM_SANITIZE  every target built with AddressSanitizer and UndefinedBehaviorSanitizer;
#                      any report aborts the program, so a test that triggers one fails.
#   TERMNORM_FUZZ      the libFuzzer targets of tests/fuzz (clang only); the code is also
#                      instrumented for coverage, so the fuzzers can steer through it.
# Both are meant for a build folder of their own, e.g.
#   CXX=clang++ cmake -S . -B build-asan -DTERMNORM_SANITIZE=ON -DTERMNORM_FUZZ=ON
option(TERMNORM_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(TERMNORM_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(TERMNORM_SANITIZE OR TERMNORM_FUZZ)
  set(termnorm_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${termnorm_sanitizers} -g)
  add_link_options(${termnorm_sanitizers})
endif()

if(TERMNORM_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "TERMNORM_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
