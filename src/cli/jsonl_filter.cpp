// JSON Lines records read and written with nlohmann-json (ordered, so fields keep their order).
#include "cli/jsonl_filter.hpp"

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

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
  // nlohmann-json ends its input at a NUL byte, which JSON text never holds unescaped.
  if (line.find('\0') != std::string_view::npos) {
    record.error = "malformed JSON";
    return record;
  }
  // nlohmann-json refuses invalid UTF-8 in strings as malformed JSON, and could not write it
  // back: it is named as what it is, or replaced first.
  std::string valid;
  InvalidUtf8Replaced replaced;
  if (const size_t bad = text::find_invalid(line); bad != std::string_view::npos) {
    if (options_.invalid_utf8 == InvalidUtf8::error) {
      record.error = "invalid UTF-8";
      record.error_column = text::line_column(line, bad).column;
      return record;
    }
    replaced.column = text::line_column(line, bad).column;
    valid = replace_invalid_utf8(line, replaced.count);
    line = valid;
  }
  Json json = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
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
  record.result.invalid_replaced = replaced;
  record.changed = record.result.text != text || replaced.count > 0;
  if (record.result.text == text && !mark_) {
    record.line = std::string(line);  // an untouched record is copied byte for byte (as replaced)
    return record;
  }
  *value = mark_ ? output::mark_residuals(record.result, *mark_) : record.result.text;
  record.line = json.dump();
  return record;
}

}  // namespace termnorm::cli
