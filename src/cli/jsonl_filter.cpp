// JSON Lines records read and written with nlohmann-json (ordered, so fields keep their order).
#include "cli/jsonl_filter.hpp"

#include <nlohmann/json.hpp>

namespace termnorm::cli {

using Json = nlohmann::ordered_json;

JsonlFilter::JsonlFilter(const Normalizer& normalizer, const Options& options, std::string_view field,
                         std::optional<output::MarkStyle> mark)
    : normalizer_(normalizer), options_(options), mark_(mark) {
  for (size_t start = 0;;) {
    const size_t dot = field.find('.', start);
    path_.emplace_back(field.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
}

JsonlFilter::Record JsonlFilter::process(std::string_view line) const {
  Record record;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos) {
    record.line = std::string(line);
    return record;
  }
  Json json = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  // nlohmann-json ends its input at a NUL byte, which JSON text never holds unescaped.
  if (json.is_discarded() || line.find('\0') != std::string_view::npos) {
    record.error = "malformed JSON";
    return record;
  }
  Json* value = &json;
  for (const std::string& key : path_) {
    if (!value->is_object() || !value->contains(key)) {
      record.error = "no field '" + key + "'";
      return record;
    }
    value = &(*value)[key];
  }
  if (!value->is_string()) {
    record.error = "the field is not a string";
    return record;
  }
  const std::string& text = value->get_ref<const std::string&>();
  record.result = normalizer_.normalize(text, options_);
  record.changed = record.result.text != text;
  if (!record.changed && !mark_) {
    record.line = std::string(line);  // an untouched record is copied byte for byte
    return record;
  }
  *value = mark_ ? output::mark_residuals(record.result, *mark_) : record.result.text;
  record.line = json.dump();
  return record;
}

}  // namespace termnorm::cli
