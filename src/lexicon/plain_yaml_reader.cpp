// read_plain_yaml: a fast reader of the plain subset of YAML that termbase files are written
// in, giving the same document as yaml-cpp (nodes, scalars, marks) for every text it
// accepts. It accepts only what it is sure of and gives up on anything else — a tab, a
// carriage return, an anchor, a tag, a block scalar, a multi-line scalar or flow collection,
// an escape other than \" and \\, a null, a key other than a plain word, a document marker,
// any syntax error — for yaml-cpp to read or report.
//
// The subset: block mappings whose keys are words, block sequences (also at their key's
// indentation), one-line flow mappings and sequences, plain scalars on one line, single- and
// double-quoted scalars on one line, comments on lines of their own or after a space.
#include <optional>
#include <string>

#include "lexicon/yaml_document.hpp"

namespace termnorm::yaml {
namespace {

struct NotPlain {};  // the text leaves the subset: yaml-cpp reads it

[[noreturn]] void give_up() { throw NotPlain{}; }

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Characters that may not start a plain scalar (YAML's indicators; '-', '?' and ':' may, when
// followed by a non-space, but the subset leaves that to yaml-cpp).
bool is_indicator(char c) {
  switch (c) {
    case '-': case '?': case ':': case ',': case '[': case ']': case '{': case '}': case '#': case '&':
    case '*': case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`': case ' ':
      return true;
    default:
      return false;
  }
}

// Plain scalars yaml-cpp reads as null.
bool is_null_word(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// Bytes the subset never has: control characters but the line feed (tabs and carriage
// returns included), C1 controls, a byte-order mark, the Unicode line and paragraph
// separators. (The text is valid UTF-8: the loader checked it.)
bool has_unusual_bytes(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) continue;
    if (c == '\n') continue;
    if (c < 0x80) return true;  // other controls, DEL
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) return true;
    if (c == 0xEF && text.substr(i, 3) == "\xEF\xBB\xBF") return true;
    if (c == 0xE2 && (text.substr(i, 3) == "\xE2\x80\xA8" || text.substr(i, 3) == "\xE2\x80\xA9")) return true;
  }
  return false;
}

class PlainReader {
 public:
  explicit PlainReader(std::string_view text) : text_(text) {}

  Document read() {
    document_.reserve(text_.size() / 8);
    skip_to_content();
    if (at_end() || column() != 0 || !at_key()) give_up();
    block_map();
    if (!at_end()) give_up();
    return std::move(document_);
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek(size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\n'; }
  uint32_t column() const { return static_cast<uint32_t>(pos_ - line_start_); }
  uint32_t add(NodeKind kind, std::string_view scalar = {}) { return document_.add(kind, line_, column(), scalar); }

  // A collection starting at the cursor, as the next child of the one it is in; its own
  // children follow until document_.close().
  void open_collection(NodeKind kind) {
    const uint32_t id = add(kind);
    document_.child(id);
    document_.open(id);
  }

  void skip_spaces() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }

  // From the end of a line (or the start of the text) to the first character of the next line
  // with content other than a comment.
  void skip_to_content() {
    while (!at_end()) {
      if (text_[pos_] == '\n') {
        ++pos_;
        ++line_;
        line_start_ = pos_;
        continue;
      }
      skip_spaces();
      if (at_end()) return;
      if (text_[pos_] == '#') {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
        continue;
      }
      if (text_[pos_] != '\n') return;
    }
  }

  // The indentation of the next line with any character but spaces (comments included);
  // SIZE_MAX when none. The cursor is at the end of a line.
  size_t next_line_indentation() const {
    size_t i = pos_;
    while (i < text_.size()) {
      ++i;  // past the '\n'
      const size_t start = i;
      while (i < text_.size() && text_[i] == ' ') ++i;
      if (i < text_.size() && text_[i] != '\n') return i - start;
    }
    return SIZE_MAX;
  }

  // After a value that ends its line: the rest of the line is spaces and perhaps a comment
  // after a space, and no more-indented line follows (that would continue a plain scalar).
  void end_of_line(uint32_t block_column) {
    const size_t before = pos_;
    skip_spaces();
    if (peek() == '#' && pos_ > before) {
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    }
    if (!at_end() && text_[pos_] != '\n') give_up();
    if (const size_t next = next_line_indentation(); next != SIZE_MAX && next > block_column) give_up();
    skip_to_content();
  }

  bool at_key() const {
    size_t i = pos_;
    if (i >= text_.size() || !is_key_char(text_[i]) || text_[i] == '-' || text_[i] == '_') return false;
    while (i < text_.size() && is_key_char(text_[i])) ++i;
    return i < text_.size() && text_[i] == ':' && (i + 1 == text_.size() || text_[i + 1] == ' ' || text_[i + 1] == '\n');
  }

  bool at_block_entry() const { return peek() == '-' && peek(1) == ' '; }

  uint32_t key() {
    const size_t start = pos_;
    const uint32_t line = line_, col = column();
    while (is_key_char(peek())) ++pos_;
    if (pos_ - start > 128 || is_null_word(text_.substr(start, pos_ - start))) give_up();
    const uint32_t id = document_.add(NodeKind::scalar, line, col, text_.substr(start, pos_ - start));
    ++pos_;  // ':'
    return id;
  }

  // A block mapping whose first key is at the cursor, at `col`.
  void block_map() {
    const uint32_t col = column();
    open_collection(NodeKind::map);
    while (true) {
      document_.child(key());
      skip_spaces();
      if (at_end() || peek() == '\n' || peek() == '#') {
        if (peek() == '#' && text_[pos_ - 1] != ' ') give_up();
        skip_to_content();
        if (at_end()) give_up();  // a null value
        const uint32_t indentation = column();
        if (at_block_entry() && indentation >= col) block_sequence();
        else if (indentation > col && at_key()) block_map();
        else give_up();
      } else {
        inline_value(col);
      }
      if (at_end() || column() < col) break;
      if (column() > col || !at_key()) give_up();
    }
    document_.close();
  }

  // A block sequence whose first '-' is at the cursor.
  void block_sequence() {
    const uint32_t col = column();
    open_collection(NodeKind::sequence);
    while (true) {
      ++pos_;  // '-'
      skip_spaces();
      if (at_end() || peek() == '\n' || peek() == '#' || at_block_entry()) give_up();
      if (at_key()) block_map();
      else inline_value(col);
      if (at_end() || column() < col || !at_block_entry()) break;
      if (column() > col) give_up();
    }
    if (!at_end() && column() > col) give_up();
    document_.close();
  }

  // A value that starts and ends on this line, in a block node at `block_column`.
  void inline_value(uint32_t block_column) {
    switch (peek()) {
      case '{': flow_collection(NodeKind::map); break;
      case '[': flow_collection(NodeKind::sequence); break;
      case '\'': case '"': document_.child(quoted()); break;
      default: document_.child(plain(false)); break;
    }
    end_of_line(block_column);
  }

  // A flow mapping ({key: value, ...}) or sequence ([value, ...]) at the cursor, on this line.
  void flow_collection(NodeKind kind) {
    const char close = kind == NodeKind::map ? '}' : ']';
    open_collection(kind);
    ++pos_;  // '{' or '['
    skip_spaces();
    if (peek() != close) {
      while (true) {
        if (kind == NodeKind::map) {
          if (!at_key()) give_up();
          document_.child(key());
          if (peek() != ' ') give_up();
          skip_spaces();
        }
        flow_value();
        skip_spaces();
        if (peek() == close) break;
        if (peek() != ',') give_up();
        ++pos_;
        skip_spaces();
      }
    }
    ++pos_;  // the closing bracket
    document_.close();
  }

  void flow_value() {
    switch (peek()) {
      case '{': flow_collection(NodeKind::map); break;
      case '[': flow_collection(NodeKind::sequence); break;
      case '\'': case '"': document_.child(quoted()); break;
      default: document_.child(plain(true)); break;
    }
  }

  // A plain scalar on this line, up to what ends it in block or flow context.
  uint32_t plain(bool in_flow) {
    if (is_indicator(peek()) || peek() == '\n') give_up();
    const size_t start = pos_;
    const uint32_t line = line_, col = column();
    size_t end = pos_;  // after the last non-space character
    while (!at_end()) {
      const char c = text_[pos_];
      if (c == '\n') break;
      if (c == ':' && (peek(1) == ' ' || peek(1) == '\n' || (in_flow && (peek(1) == ',' || peek(1) == ']' || peek(1) == '}')))) break;
      if (c == '#' && text_[pos_ - 1] == ' ') break;
      if (in_flow && (c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}')) break;
      ++pos_;
      if (c != ' ') end = pos_;
    }
    if (in_flow && peek() != ',' && peek() != ']' && peek() != '}' && peek() != ' ') give_up();
    if (!in_flow && peek() == ':') give_up();
    pos_ = end;
    const std::string_view value = text_.substr(start, end - start);
    if (is_null_word(value)) give_up();
    return document_.add(NodeKind::scalar, line, col, value);
  }

  // A single- or double-quoted scalar on this line; of the escapes only '' in single quotes,
  // a backslash before " or a backslash in double quotes.
  uint32_t quoted() {
    const char quote = peek();
    const uint32_t line = line_, col = column();
    ++pos_;
    const size_t start = pos_;
    std::string unescaped;
    bool escaped = false;
    while (true) {
      if (at_end() || text_[pos_] == '\n') give_up();
      const char c = text_[pos_];
      if (c == quote) {
        if (quote == '\'' && peek(1) == '\'') {
          if (!escaped) unescaped.assign(text_.substr(start, pos_ - start));
          escaped = true;
          unescaped += '\'';
          pos_ += 2;
          continue;
        }
        break;
      }
      if (quote == '"' && c == '\\') {
        if (peek(1) != '"' && peek(1) != '\\') give_up();
        if (!escaped) unescaped.assign(text_.substr(start, pos_ - start));
        escaped = true;
        unescaped += peek(1);
        pos_ += 2;
        continue;
      }
      if (escaped) unescaped += c;
      ++pos_;
    }
    const std::string_view value = escaped ? document_.keep(std::move(unescaped)) : text_.substr(start, pos_ - start);
    ++pos_;  // the closing quote
    return document_.add(NodeKind::scalar, line, col, value);
  }

  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 0;
  size_t line_start_ = 0;
  Document document_;
};

}  // namespace

std::optional<Document> read_plain_yaml(std::string_view text) {
  if (has_unusual_bytes(text)) return std::nullopt;
  try {
    return PlainReader(text).read();
  } catch (const NotPlain&) {
    return std::nullopt;
  }
}

}  // namespace termnorm::yaml
