// The normalizer: compiles a Lexicon once, then turns mixed Chinese–English text into one
// language.
//
//   termnorm::Normalizer normalizer(termnorm::Lexicon::builtin());
//   termnorm::Options options;
//   options.target = termnorm::Target::en;
//   termnorm::Result r = normalizer.normalize("干细胞治疗 has emerged as an option.", options);
//   // r.text == "Stem cell therapy has emerged as an option."
//
// What is guaranteed:
// - Text that no lexicon entry, rule or punctuation convention touches is copied byte for
//   byte (line breaks, CRLF, blank lines, the trailing newline or its absence).
// - Every change is listed in Result::edits with its byte span in the input, and every span
//   left in the other language in Result::residuals.
// - Normalizing the output again changes nothing.
// What is not: the output is no translation of free text. Chinese that no entry or rule
// covers is left in place (and reported), unless Options::fallback asks for a word-by-word
// gloss, whose edits are marked EditKind::fallback.
//
// Thread safety: a Normalizer is immutable after construction; normalize() may be called
// from several threads at once.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "termnorm/lexicon.hpp"

namespace termnorm {

enum class Target { en, zh, automatic };

// What English output does with Chinese that no term, phrase or rule covers.
//   none:  leaves it in place (and reports it).
//   gloss: cuts it into words at ICU's (dictionary-based) word breaks and renders each word
//          the lexicon knows; each span so produced is an Edit of kind `fallback`, a
//          low-confidence, word-by-word rendering. Words it does not know stay in place.
enum class Fallback { none, gloss };

// How English output writes a term that has an abbreviation.
//   as_written: the full term for a Chinese term, "full (ABBR)" for a glossed one; English as
//               the text wrote it.
//   first:      "full (ABBR)" at the first mention in the document, the abbreviation after it.
//   always:     the abbreviation wherever the term has one.
//   never:      the full term everywhere, abbreviations the text wrote included.
enum class Abbreviations { as_written, first, always, never };

// What normalizing does with bytes that are not valid UTF-8 (overlong forms, surrogates,
// code points past U+10FFFF, truncated sequences, stray continuation bytes).
//   error:   throws InputError at the first one's line and column; nothing is normalized.
//   replace: replaces each maximal invalid subsequence with U+FFFD (Unicode's substitution of
//            maximal subparts, as the WHATWG Encoding Standard decodes) and goes on; the
//            Result counts them. Edits and residuals then count their offsets in the input
//            as replaced.
enum class InvalidUtf8 { error, replace };

struct Options {
  // Option             Default     Meaning
  // target             automatic   language of the output; automatic: the dominant one
  // unify              false       also rewrite admitted variants to the preferred term
  // fallback           none        English output: Chinese no entry covers stays (none) or
  //                                is rendered word by word, marked low-confidence (gloss)
  // abbreviations      as_written  English output: how terms with an abbreviation are written
  // invalid_utf8       error       invalid UTF-8 is an error, or replaced by U+FFFD
  // residual_words     true        Residual::words filled (ICU's word breaks, a cost on every
  //                                residual span); false leaves them empty for a caller that
  //                                never reads them
  Target target = Target::automatic;
  bool unify = false;
  Fallback fallback = Fallback::none;
  Abbreviations abbreviations = Abbreviations::as_written;
  InvalidUtf8 invalid_utf8 = InvalidUtf8::error;
  bool residual_words = true;
};

enum class EditKind {
  term,         // a lexicon term rendered in the target language
  phrase,       // a stock phrase or connective
  word,         // general vocabulary
  rule,         // a construction rule (covers the terms in its slots)
  gloss,        // a term and its redundant gloss collapsed into one
  punctuation,  // punctuation converted to the target language's
  spacing,      // white space removed between Chinese characters
  fallback,     // a word rendered by the word-by-word fallback: low confidence
};
std::string_view to_string(EditKind kind);

// One change: bytes [begin, end) of the input became `result`. `line` and `column` (1-based,
// the column in code points) locate `begin` in the input.
struct Edit {
  size_t begin = 0;
  size_t end = 0;
  size_t line = 1;
  size_t column = 1;
  std::string source;
  std::string result;
  std::string concept_id;  // the concept or rule id; empty for punctuation and spacing
  EditKind kind = EditKind::term;
};

// A span of the input left in the other language (Han text in English output, Latin words
// in Chinese output), with its words as ICU's word breaks cut them. `line` and `column` as in
// Edit; [output_begin, output_end) is where the span stands in the Result's text.
struct Residual {
  size_t begin = 0;
  size_t end = 0;
  size_t line = 1;
  size_t column = 1;
  size_t output_begin = 0;
  size_t output_end = 0;
  std::string text;
  std::vector<std::string> words;
};

// With InvalidUtf8::replace: how many invalid sequences became U+FFFD, and the line and
// column (of the input as it was) of the first one.
struct InvalidUtf8Replaced {
  size_t count = 0;
  size_t line = 0;  // 0 when count is 0
  size_t column = 0;
};

struct Result {
  std::string text;
  Language target = Language::en;
  std::vector<Edit> edits;          // in input order, non-overlapping
  std::vector<Residual> residuals;  // in input order
  InvalidUtf8Replaced invalid_replaced;
};

// `text` with each maximal invalid subsequence replaced by U+FFFD, as InvalidUtf8::replace
// does; adds the number replaced to `replaced`.
std::string replace_invalid_utf8(std::string_view text, size_t& replaced);

// The dominant language of `text`: Chinese when Han characters carry more of it than Latin
// letters do (one Han character weighs as three letters), else English.
Language detect_language(std::string_view text);

class Normalizer {
 public:
  // Compiles the lexicon's forms into a matcher and its rules into RE2 programs.
  // Throws LexiconError (naming the rule's file and line) if a rule does not compile.
  // Lexicon::builtin() itself is shared rather than copied; a temporary is moved in.
  explicit Normalizer(const Lexicon& lexicon);
  explicit Normalizer(Lexicon&& lexicon);
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  // Normalizes a whole document. Invalid UTF-8 throws InputError (with line and column,
  // file "<input>"), or is replaced as Options::invalid_utf8 says.
  Result normalize(std::string_view text, const Options& options) const;

  // The lexicon this normalizer was built from.
  const Lexicon& lexicon() const;

 private:
  friend class DocumentStream;
  friend class DocumentBlocks;
  struct Compiled;
  std::unique_ptr<const Compiled> compiled_;
};

// Normalizes a document that arrives in pieces, such as a pipe: each line is normalized as
// soon as its line break has arrived, carrying the same document state from line to line as
// normalize() does, so memory stays bounded by the longest line however long the input is.
//
//   termnorm::DocumentStream stream(normalizer, options);
//   while (read_some(chunk)) std::cout << stream.feed(chunk).text << std::flush;
//   std::cout << stream.finish().text;
//
// With Target::en or Target::zh, the concatenated texts of feed() and finish() equal
// normalize(whole input).text, and the edits and residuals are the same, with byte offsets and
// lines counted from the start of the stream. With Target::automatic the language is decided
// on the first paragraph (up to the first blank line, or the first 64 KiB), which is held back
// until then; normalize() decides on the whole document instead.
//
// feed() throws InputError on invalid UTF-8 (line and column counted from the start of the
// stream; with InvalidUtf8::replace it replaces it instead, line by line); the stream must
// not be used after that. Not thread-safe; the Normalizer must
// outlive it.
class DocumentStream {
 public:
  DocumentStream(const Normalizer& normalizer, const Options& options);
  ~DocumentStream();
  DocumentStream(const DocumentStream&) = delete;
  DocumentStream& operator=(const DocumentStream&) = delete;

  // Takes the next bytes of the input (any split, even inside a character) and returns the
  // output of the lines they completed.
  Result feed(std::string_view chunk);

  // Ends the input: returns the output of what was held back (a last line without a line
  // break). Call once.
  Result finish();

 private:
  struct State;
  friend class DocumentBlocks;
  std::unique_ptr<State> state_;
};

// A document normalized in blocks of whole lines, several blocks at once (the threads are the
// caller's), with the output of a DocumentStream fed the same bytes: the same text, edits,
// residuals, lines and offsets, errors, and Target::automatic decided the same way.
//
//   termnorm::DocumentBlocks blocks(normalizer, options);
//   reader, in input order:   std::string lines = blocks.feed(chunk);   // ... blocks.finish()
//   any thread, concurrently: termnorm::DocumentBlocks::Block b = blocks.normalize(std::move(lines));
//   writer, in input order:   termnorm::Result r = blocks.commit(std::move(b));
//
// The text feed() and finish() return may be joined or cut anywhere between two of their
// returns into blocks. A block is normalized from the document state committed so far (the
// abbreviations the text defined, the terms already introduced); commit() checks whether any
// concept the block looked up changed in that state since, and if so normalizes it again
// from the state its preceding lines left, so the output is the same in every case.
//
// feed() and finish() throw InputError when the first paragraph (the sample a
// Target::automatic is decided on) holds invalid UTF-8; commit() throws it for the block
// holding the first invalid byte, with its line and column counted from the start of the
// input, and the blocks after it must not be committed. The Normalizer must outlive this.
class DocumentBlocks {
 public:
  class Block {
   public:
    Block(Block&&) noexcept;
    Block& operator=(Block&&) noexcept;
    ~Block();

   private:
    friend class DocumentBlocks;
    struct Run;
    explicit Block(std::unique_ptr<Run> run);
    std::unique_ptr<Run> run_;
  };

  DocumentBlocks(const Normalizer& normalizer, const Options& options);
  ~DocumentBlocks();
  DocumentBlocks(const DocumentBlocks&) = delete;
  DocumentBlocks& operator=(const DocumentBlocks&) = delete;

  // One thread: takes the next bytes of the input (any split) and returns the complete lines
  // that are ready (none until a Target::automatic is decided).
  std::string feed(std::string_view chunk);
  // One thread: ends the input and returns what is left. Call once.
  std::string finish();

  // Any thread, concurrently: normalizes a block of the lines feed() and finish() returned.
  // Never throws for the block's text: what normalizing it threw, commit() throws.
  Block normalize(std::string lines) const;

  // One thread, every block in input order: the block's Result, as DocumentStream would give
  // for its lines.
  Result commit(Block block);

 private:
  struct Shared;
  std::unique_ptr<Shared> shared_;
};

}  // namespace termnorm
