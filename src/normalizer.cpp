// The Normalizer facade: compiles the pipeline once, then runs it line by line over a
// document — matcher → rewriter → renderer — keeping the document's state between lines.
#include "termnorm/normalizer.hpp"

#include <algorithm>
#include <cstring>
#include <exception>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

#include "lexicon/builtin_lexicon_image.hpp"
#include "matcher/matcher.hpp"
#include "output/edit_composition.hpp"
#include "output/output_spans.hpp"
#include "output/renderer.hpp"
#include "output/residuals.hpp"
#include "rewriter/fallback.hpp"
#include "rewriter/rewriter.hpp"
#include "rewriter/rule_set.hpp"
#include "text/layout.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm {

std::string_view to_string(EditKind kind) {
  switch (kind) {
    case EditKind::term: return "term";
    case EditKind::phrase: return "phrase";
    case EditKind::word: return "word";
    case EditKind::rule: return "rule";
    case EditKind::gloss: return "gloss";
    case EditKind::punctuation: return "punctuation";
    case EditKind::spacing: return "spacing";
    case EditKind::fallback: return "fallback";
  }
  return "term";
}

std::string replace_invalid_utf8(std::string_view text, size_t& replaced) {
  return text::replace_invalid(text, replaced);
}

Language detect_language(std::string_view text) {
  size_t han = 0, latin = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len;
    const char32_t cp = text::decode(text, i, len);
    if (text::is_han(cp)) ++han;
    else if (text::is_latin_letter(cp)) ++latin;
    i += len;
  }
  return han * 3 > latin ? Language::zh : Language::en;
}

namespace {

// The length of the line break at `pos` (\n, \r\n or a lone \r), or 0 if there is none.
// `complete` is false when a \r ends the text and a \n may still follow.
size_t line_break_length(std::string_view text, size_t pos, bool& complete) {
  complete = true;
  if (pos >= text.size()) return 0;
  if (text[pos] == '\n') return 1;
  if (text[pos] != '\r') return 0;
  if (pos + 1 < text.size()) return text[pos + 1] == '\n' ? 2 : 1;
  complete = false;
  return 1;
}

// Where the first line break (\n or \r) in `text` at or after `from` is (npos: none). Two
// memchr passes, not find_first_of's look-up of its set at every byte.
size_t find_line_break(std::string_view text, size_t from) {
  const std::string_view rest = text.substr(from);
  const size_t newline = rest.find('\n');
  const size_t carriage_return = rest.substr(0, newline).find('\r');
  const size_t first = std::min(newline, carriage_return);
  return first == std::string_view::npos ? first : from + first;
}

// The 1-based column (in code points) of each offset in `line`, for offsets asked in
// increasing order.
class ColumnCounter {
 public:
  explicit ColumnCounter(std::string_view line) : line_(line) {}
  size_t column_of(size_t offset) {
    for (; pos_ < offset && pos_ < line_.size(); ++pos_) {
      if ((static_cast<unsigned char>(line_[pos_]) & 0xC0u) != 0x80u) ++column_;
    }
    return column_;
  }

 private:
  std::string_view line_;
  size_t pos_ = 0;
  size_t column_ = 1;
};

Language resolve_target(Target target, std::string_view text) {
  return target == Target::en ? Language::en : target == Target::zh ? Language::zh : detect_language(text);
}

InputError invalid_utf8(std::string_view text, size_t bad, size_t first_line) {
  const auto at = text::line_column(text, bad);
  return InputError({"<input>", first_line + at.line - 1, at.column}, "invalid UTF-8");
}

// `text`, whose first invalid sequence is at `bad`, with its invalid sequences replaced by
// U+FFFD; counts them in `replaced`, which notes where the first of all was. `text` starts
// line `first_line`.
std::string replace_invalid(std::string_view text, size_t bad, size_t first_line, InvalidUtf8Replaced& replaced) {
  if (replaced.count == 0) {
    const auto at = text::line_column(text, bad);
    replaced.line = first_line + at.line - 1;
    replaced.column = at.column;
  }
  return text::replace_invalid(text, replaced.count);
}

}  // namespace

namespace {
bool is_builtin(const Lexicon& lexicon) {
  // The count first: another lexicon never reads the default termbase's image.
  return lexicon.concepts().size() == builtin_concept_count() &&
         (&lexicon == &Lexicon::builtin() || lexicon.concepts() == Lexicon::builtin().concepts());
}

// The default termbase's matcher was compiled at build time; any other lexicon's is built.
matcher::Matcher compile_matcher(const Lexicon& lexicon) {
  if (is_builtin(lexicon)) return matcher::Matcher::read(builtin_matcher_image(), /*in_place=*/true);
  return matcher::Matcher(lexicon);
}

// The default termbase's rules compile (every test that reads the default termbase compiles
// them): they are compiled when first used. Any other rules are compiled now, so that a bad
// pattern is reported before any text is read.
rewriter::RuleSet::Compile when_to_compile(const Lexicon& lexicon) {
  const bool builtin_rules = !lexicon.rules().empty() && lexicon.rules() == Lexicon::builtin().rules();
  return builtin_rules ? rewriter::RuleSet::Compile::when_used : rewriter::RuleSet::Compile::now;
}
}  // namespace

struct Normalizer::Compiled {
  // The default termbase itself is shared, not copied.
  explicit Compiled(const Lexicon& l) : Compiled(&l == &Lexicon::builtin() ? std::nullopt : std::optional<Lexicon>(l)) {}
  explicit Compiled(std::optional<Lexicon> own)
      : own_lexicon(std::move(own)),
        lexicon(own_lexicon ? *own_lexicon : Lexicon::builtin()),
        matcher(compile_matcher(lexicon)),
        zh_rules(lexicon.rules(), Language::zh, when_to_compile(lexicon)),
        en_rules(lexicon.rules(), Language::en, when_to_compile(lexicon)),
        rewriter(lexicon, matcher, zh_rules, en_rules) {}

  // Normalizes `line` (without its line break), which starts at byte `offset` and is line
  // `line_number` of the document, appending its text, edits and residuals to `out`. When
  // `consulted` is given, the concepts of the line's tokens (all the document state can be
  // asked about for it) are appended to it.
  void normalize_line(std::string_view line, size_t offset, size_t line_number, const Options& options,
                      rewriter::DocumentState& state, Result& out, std::vector<uint32_t>* consulted) const {
    const rewriter::DocumentState before = options.unify ? state : rewriter::DocumentState();
    const bool heading = text::is_heading(line);
    const rewriter::ParagraphPlan plan = plan_line(line, heading, options, out.target, state);
    note_concepts(plan, consulted);
    std::vector<Residual> residuals;
    output::LineRendering rendered = output::render_line(line, plan.replacements, out.target, heading);
    // --unify: terms rendered one by one may together write another concept's variant
    // (伦理审批 -> "ethics approval", a variant of "ethical approval"), which only a run over
    // the output would unify. That run is made here, from the document state the line began
    // with, and composed with the first: the output holds the preferred term directly. A seam
    // space the first run took out counts as a change too (羊膜移植 术后 -> 羊膜移植术后, where
    // the longest match is then another term's variant). A line the first run left as it was
    // would only be planned the same way again.
    for (int round = 0; options.unify && rendered.text != line && round < kMaxUnifyRounds; ++round) {
      rewriter::DocumentState again = before;
      const rewriter::ParagraphPlan second =
          plan_line(rendered.text, text::is_heading(rendered.text), options, out.target, again);
      note_concepts(second, consulted);
      if (second.replacements.empty()) break;
      const output::LineRendering rerendered = output::render_line(rendered.text, second.replacements, out.target);
      if (rerendered.text == rendered.text) break;
      rendered = output::compose_renderings(line, rendered, rerendered);
    }
    const size_t output_start = out.text.size();
    out.text += rendered.text;
    residuals = output::find_residuals(line, plan.tokens, out.target, options.residual_words);
    const output::OutputSpans spans = output::find_output_spans(line, rendered.text, rendered.edits, residuals);
    for (size_t i = 0; i < residuals.size(); ++i) {
      residuals[i].output_begin = output_start + spans.residuals[i].begin;
      residuals[i].output_end = output_start + spans.residuals[i].end;
    }
    ColumnCounter edit_columns(line);
    for (Edit& e : rendered.edits) {
      e.line = line_number;
      e.column = edit_columns.column_of(e.begin);
      e.begin += offset;
      e.end += offset;
      out.edits.push_back(std::move(e));
    }
    ColumnCounter residual_columns(line);
    for (Residual& r : residuals) {
      r.line = line_number;
      r.column = residual_columns.column_of(r.begin);
      r.begin += offset;
      r.end += offset;
      out.residuals.push_back(std::move(r));
    }
  }

  // The rewriter's plan for `line` (a heading or not), with the gloss fallback when asked.
  rewriter::ParagraphPlan plan_line(std::string_view line, bool heading, const Options& options, Language target,
                                    rewriter::DocumentState& state) const {
    rewriter::ParagraphPlan plan = rewriter.plan(line, target, options, heading, state);
    if (options.fallback == Fallback::gloss && target == Language::en) {
      rewriter::apply_gloss_fallback(line, lexicon, matcher, plan);
    }
    return plan;
  }

  static void note_concepts(const rewriter::ParagraphPlan& plan, std::vector<uint32_t>* consulted) {
    if (consulted == nullptr) return;
    for (const rewriter::Token& t : plan.tokens) {
      if (t.entry != nullptr) consulted->push_back(t.entry->concept_index);
    }
  }

  static constexpr int kMaxUnifyRounds = 3;
  std::optional<Lexicon> own_lexicon;  // empty: the default termbase
  const Lexicon& lexicon;
  matcher::Matcher matcher;
  rewriter::RuleSet zh_rules;  // rules that read Chinese (used for English output)
  rewriter::RuleSet en_rules;  // rules that read English (used for Chinese output)
  rewriter::Rewriter rewriter;
};

Normalizer::Normalizer(const Lexicon& lexicon) : compiled_(std::make_unique<const Compiled>(lexicon)) {}
Normalizer::Normalizer(Lexicon&& lexicon)
    : compiled_(std::make_unique<const Compiled>(std::optional<Lexicon>(std::move(lexicon)))) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

const Lexicon& Normalizer::lexicon() const { return compiled_->lexicon; }

Result Normalizer::normalize(std::string_view input, const Options& options) const {
  if (const size_t bad = text::find_invalid(input); bad != std::string_view::npos) {
    if (options.invalid_utf8 == InvalidUtf8::error) throw invalid_utf8(input, bad, 1);
    InvalidUtf8Replaced replaced;
    const std::string valid = replace_invalid(input, bad, 1, replaced);
    Result result = normalize(valid, options);
    result.invalid_replaced = replaced;
    return result;
  }
  Result result;
  result.target = resolve_target(options.target, input);
  result.text.reserve(input.size() + input.size() / 8);
  rewriter::DocumentState state;
  size_t start = 0;
  for (size_t line_number = 1; start < input.size(); ++line_number) {
    size_t end = find_line_break(input, start);
    if (end == std::string_view::npos) end = input.size();
    compiled_->normalize_line(input.substr(start, end - start), start, line_number, options, state, result, nullptr);
    bool complete;
    const size_t next = end + line_break_length(input, end, complete);
    result.text.append(input.substr(end, next - end));  // the line break, as it was
    start = next;
  }
  return result;
}

struct DocumentStream::State {
  State(const Normalizer::Compiled& c, const Options& o) : compiled(c), options(o) {}

  // Normalizes the complete lines of `pending` (all of it when `at_end`) into `out`.
  void drain(Result& out, bool at_end) {
    // Room for what these bytes will give, as many edits and residuals a byte as the stream
    // gave so far: the vectors are not copied again and again as they grow (a large one is a
    // fresh mapping each time, every page of it faulted in anew).
    const size_t bytes = pending.size();
    out.text.reserve(out.text.size() + bytes + bytes / 4);
    auto expect = [&](size_t so_far) { return so_far * bytes / std::max<size_t>(consumed, 1) * 5 / 4 + 16; };
    out.edits.reserve(out.edits.size() + expect(edits_so_far));
    out.residuals.reserve(out.residuals.size() + expect(residuals_so_far));
    const size_t edits_before = out.edits.size(), residuals_before = out.residuals.size();
    size_t start = 0;
    while (start < pending.size()) {
      // A line still open was searched up to `searched` already: a long line that arrives in
      // many pieces is searched once, not once per piece.
      size_t end = find_line_break(pending, std::max(start, searched));
      if (end == std::string::npos && !at_end) {
        searched = pending.size();
        break;
      }
      if (end == std::string::npos) end = pending.size();
      bool complete;
      const size_t next = end + line_break_length(pending, end, complete);
      if (!complete && !at_end) break;  // a \r at the end: wait for a possible \n
      std::string_view line = std::string_view(pending).substr(start, end - start);
      const size_t line_offset = consumed + growth + start;  // in the input as replaced
      std::string valid;
      if (const size_t bad = text::find_invalid(line); bad != std::string_view::npos) {
        if (options.invalid_utf8 == InvalidUtf8::error) throw invalid_utf8(line, bad, line_number);
        valid = replace_invalid(line, bad, line_number, out.invalid_replaced);
        growth += valid.size() - line.size();  // U+FFFD is never shorter than what it replaces
        line = valid;
      }
      compiled.normalize_line(line, line_offset, line_number, options, state, out, consulted);
      out.text.append(pending, end, next - end);
      ++line_number;
      start = next;
    }
    pending.erase(0, start);
    searched = searched > start ? searched - start : 0;
    consumed += start;
    edits_so_far += out.edits.size() - edits_before;
    residuals_so_far += out.residuals.size() - residuals_before;
  }

  // With Target::automatic: whether enough has arrived to decide the language. Each call
  // looks only at the bytes that arrived since the last one, so a long first line that comes
  // in many pieces is scanned once.
  bool ready_to_decide(bool at_end) {
    if (at_end) return true;
    bool blank_line = false;
    while (decide_scanned < pending.size()) {
      const void* found = std::memchr(pending.data() + decide_scanned, '\n', pending.size() - decide_scanned);
      if (found == nullptr) {
        decide_scanned = pending.size();
        break;
      }
      const size_t at = static_cast<size_t>(static_cast<const char*>(found) - pending.data());
      last_break = at;
      blank_line = blank_line || (at >= 1 && pending[at - 1] == '\n') ||
                   (at >= 2 && pending[at - 1] == '\r' && pending[at - 2] == '\n');
      decide_scanned = at + 1;
    }
    if (last_break == std::string::npos) return false;
    return blank_line || last_break + 1 >= kDecideAfter;
  }

  // Decides a Target::automatic once enough has arrived; whether the target is decided.
  bool decide(bool at_end) {
    if (!target_decided) {
      if (!ready_to_decide(at_end)) return false;
      const size_t sample_end = at_end ? pending.size() : last_break + 1;
      const std::string_view sample = std::string_view(pending).substr(0, sample_end);
      if (const size_t bad = text::find_invalid(sample); bad != std::string_view::npos) {
        if (options.invalid_utf8 == InvalidUtf8::error) throw invalid_utf8(sample, bad, line_number);
        size_t replaced = 0;  // counted when the lines are normalized
        target = resolve_target(options.target, text::replace_invalid(sample, replaced));
      } else {
        target = resolve_target(options.target, sample);
      }
      target_decided = true;
    }
    return true;
  }

  Result take(bool at_end) {
    Result out;
    if (!decide(at_end)) return out;
    out.target = target;
    drain(out, at_end);
    return out;
  }

  static constexpr size_t kDecideAfter = 64 * 1024;
  const Normalizer::Compiled& compiled;
  Options options;
  rewriter::DocumentState state;
  std::string pending;      // bytes received but not yet normalized
  size_t searched = 0;      // pending[0, searched) holds no line break (after its first line's start)
  size_t consumed = 0;      // bytes of the stream before `pending`
  size_t growth = 0;        // bytes U+FFFD added to those in replacing invalid sequences
  size_t line_number = 1;   // the line `pending` starts with
  size_t edits_so_far = 0;      // edits and residuals the stream's `consumed` bytes gave
  size_t residuals_so_far = 0;
  bool target_decided = false;
  size_t decide_scanned = 0;               // pending[0, decide_scanned) was looked at by ready_to_decide
  size_t last_break = std::string::npos;   // the last \n found there
  Language target = Language::en;
  std::vector<uint32_t>* consulted = nullptr;  // where drain notes the concepts it looked up
};

DocumentStream::DocumentStream(const Normalizer& normalizer, const Options& options)
    : state_(std::make_unique<State>(*normalizer.compiled_, options)) {
  state_->target_decided = options.target != Target::automatic;
  state_->target = resolve_target(options.target == Target::automatic ? Target::en : options.target, {});
}

DocumentStream::~DocumentStream() = default;

Result DocumentStream::feed(std::string_view chunk) {
  state_->pending.append(chunk);
  return state_->take(false);
}

Result DocumentStream::finish() { return state_->take(true); }

namespace {

// The end of the last complete line break in `text` (0 if none), looking back no further
// than `from`: a \n, or a \r with a byte after it (a \r at the end may be the start of \r\n).
size_t end_of_complete_lines(std::string_view text, size_t from) {
  for (size_t i = text.size(); i > from; --i) {
    if (text[i - 1] == '\n' || (text[i - 1] == '\r' && i < text.size())) return i;
  }
  return 0;
}

// Whether `later` (a state that grew from `earlier`) answers for some concept of `consulted`
// (sorted) otherwise than `earlier`.
bool differs_on(const rewriter::DocumentState& later, const rewriter::DocumentState& earlier,
                const std::vector<uint32_t>& consulted) {
  const auto grew_on_consulted = [&](const std::set<uint32_t>& now, const std::set<uint32_t>& before) {
    if (now.size() == before.size()) return false;  // states only grow: the same set
    return std::any_of(now.begin(), now.end(), [&](uint32_t concept_index) {
      return !before.count(concept_index) && std::binary_search(consulted.begin(), consulted.end(), concept_index);
    });
  };
  return grew_on_consulted(later.defined_abbreviations, earlier.defined_abbreviations) ||
         grew_on_consulted(later.introduced_abbreviations, earlier.introduced_abbreviations);
}

}  // namespace

// A block, normalized from some state, its lines and offsets counted from its own start.
struct DocumentBlocks::Block::Run {
  std::string text;
  std::shared_ptr<const rewriter::DocumentState> start;  // the state it was normalized from
  rewriter::DocumentState end;                           // the state it left
  std::vector<uint32_t> consulted;                       // sorted: the concepts it looked up
  Result result;
  size_t lines = 0;   // the lines it holds
  size_t growth = 0;  // bytes U+FFFD added in replacing invalid sequences
  std::optional<InputError> error;  // its first invalid UTF-8, as the block counts lines
  std::exception_ptr failure;       // anything else it threw, for commit() to throw
};

DocumentBlocks::Block::Block(std::unique_ptr<Run> run) : run_(std::move(run)) {}
DocumentBlocks::Block::Block(Block&&) noexcept = default;
DocumentBlocks::Block& DocumentBlocks::Block::operator=(Block&&) noexcept = default;
DocumentBlocks::Block::~Block() = default;

struct DocumentBlocks::Shared {
  Shared(const Normalizer::Compiled& c, const Options& o) : reader(c, o), compiled(c), options(o) {}

  // Normalizes `run.text` from `from` into `run`.
  void run_block(Block::Run& run, const rewriter::DocumentState& from) const {
    DocumentStream::State lines(compiled, options);
    lines.target_decided = true;
    lines.target = target;
    lines.state = from;
    lines.consulted = &run.consulted;
    lines.pending = run.text;
    run.consulted.clear();
    run.result = Result();
    run.result.target = target;
    run.error.reset();
    run.failure = nullptr;
    try {
      lines.drain(run.result, true);
    } catch (const InputError& e) {
      run.error = e;
    } catch (...) {  // on another thread: thrown again where the block is committed
      run.failure = std::current_exception();
    }
    std::sort(run.consulted.begin(), run.consulted.end());
    run.consulted.erase(std::unique(run.consulted.begin(), run.consulted.end()), run.consulted.end());
    run.lines = lines.line_number - 1;
    run.growth = lines.growth;
    run.end = std::move(lines.state);
  }

  // Sets `target` once it is decided, before the first lines are returned: normalize() reads
  // it on other threads after that, never while it is written.
  void publish_target() {
    if (target_published) return;
    target = reader.target;
    target_published = true;
  }

  DocumentStream::State reader;  // the input not yet returned; the decision of the target
  size_t no_break_before = 0;    // reader.pending[0, no_break_before) holds no line break
  const Normalizer::Compiled& compiled;
  const Options options;
  Language target = Language::en;  // once decided
  bool target_published = false;
  mutable std::mutex mutex;  // guards `committed`
  std::shared_ptr<const rewriter::DocumentState> committed = std::make_shared<rewriter::DocumentState>();
  size_t lines_before = 0;  // lines of the blocks committed
  size_t bytes_before = 0;  // their bytes, in the input as replaced
};

DocumentBlocks::DocumentBlocks(const Normalizer& normalizer, const Options& options)
    : shared_(std::make_unique<Shared>(*normalizer.compiled_, options)) {
  shared_->reader.target_decided = options.target != Target::automatic;
  shared_->reader.target = resolve_target(options.target == Target::automatic ? Target::en : options.target, {});
}

DocumentBlocks::~DocumentBlocks() = default;

std::string DocumentBlocks::feed(std::string_view chunk) {
  DocumentStream::State& reader = shared_->reader;
  reader.pending.append(chunk);
  if (!reader.decide(false)) return {};
  shared_->publish_target();
  const size_t end = end_of_complete_lines(reader.pending, shared_->no_break_before);
  std::string lines = reader.pending.substr(0, end);
  reader.pending.erase(0, end);
  shared_->no_break_before = reader.pending.empty() ? 0 : reader.pending.size() - 1;
  return lines;
}

std::string DocumentBlocks::finish() {
  DocumentStream::State& reader = shared_->reader;
  reader.decide(true);
  shared_->publish_target();
  return std::exchange(reader.pending, {});
}

DocumentBlocks::Block DocumentBlocks::normalize(std::string lines) const {
  auto run = std::make_unique<Block::Run>();
  run->text = std::move(lines);
  {
    const std::lock_guard lock(shared_->mutex);
    run->start = shared_->committed;
  }
  shared_->run_block(*run, *run->start);
  return Block(std::move(run));
}

Result DocumentBlocks::commit(Block block) {
  Block::Run& run = *block.run_;
  Shared& shared = *shared_;
  // Only this thread replaces `committed`: it is read here without the lock.
  if (run.start != shared.committed && differs_on(*shared.committed, *run.start, run.consulted)) {
    run.start = shared.committed;
    shared.run_block(run, *run.start);
  }
  if (run.failure) std::rethrow_exception(run.failure);
  if (run.error) {
    const SourcePosition& at = run.error->where();
    throw InputError({at.file, shared.lines_before + at.line, at.column}, run.error->message());
  }
  Result& result = run.result;
  for (Edit& e : result.edits) {
    e.line += shared.lines_before;
    e.begin += shared.bytes_before;
    e.end += shared.bytes_before;
  }
  for (Residual& r : result.residuals) {
    r.line += shared.lines_before;
    r.begin += shared.bytes_before;
    r.end += shared.bytes_before;
  }
  if (result.invalid_replaced.count > 0) result.invalid_replaced.line += shared.lines_before;
  shared.lines_before += run.lines;
  shared.bytes_before += run.text.size() + run.growth;
  if (run.end.defined_abbreviations.size() > run.start->defined_abbreviations.size() ||
      run.end.introduced_abbreviations.size() > run.start->introduced_abbreviations.size()) {
    auto grown = std::make_shared<rewriter::DocumentState>(*shared.committed);
    grown->defined_abbreviations.insert(run.end.defined_abbreviations.begin(), run.end.defined_abbreviations.end());
    grown->introduced_abbreviations.insert(run.end.introduced_abbreviations.begin(),
                                           run.end.introduced_abbreviations.end());
    const std::lock_guard lock(shared.mutex);
    shared.committed = std::move(grown);
  }
  return std::move(result);
}

}  // namespace termnorm
