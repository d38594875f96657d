// libFuzzer target: the fast reader of plain YAML against yaml-cpp. Whatever valid UTF-8 the
// plain reader reads must be read the same by yaml-cpp (nodes, scalars, lines and columns);
// whatever it gives up on is yaml-cpp's alone, as in Lexicon::from_yaml.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_failure.hpp"
#include "text/utf8.hpp"
#include "yaml_reader_difference.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (termnorm::text::find_invalid(input) != std::string_view::npos) return 0;  // the loader refuses it first
  const std::string difference = termnorm::yaml::compare_readers(input);
  if (!difference.empty() && difference != "not read") fail("the plain YAML reader differs from yaml-cpp: " + difference, input);
  return 0;
}
