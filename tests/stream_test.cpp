// DocumentStream: fed in pieces of any size, it gives what normalize() gives on the whole
// document, and it decides an automatic target on the first paragraph. DocumentBlocks: blocks
// normalized out of order, some from a document state that is out of date by the time they
// are committed, give what one DocumentStream gives on the same bytes.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "default_normalizer.hpp"
#include "example_texts.hpp"
#include "termnorm/normalizer.hpp"

namespace fs = std::filesystem;
using namespace termnorm;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Appends the next piece of a document's Result to `joined`.
void append(Result& joined, Result r) {
  joined.target = r.target;
  joined.text += r.text;
  for (auto& e : r.edits) joined.edits.push_back(std::move(e));
  for (auto& x : r.residuals) joined.residuals.push_back(std::move(x));
}

// Feeds `text` to a stream in pieces of `piece` bytes and joins what comes back.
Result stream_in_pieces(std::string_view text, size_t piece, const Options& options) {
  DocumentStream stream(default_normalizer(), options);
  Result joined;
  for (size_t i = 0; i < text.size(); i += piece) append(joined, stream.feed(text.substr(i, piece)));
  append(joined, stream.finish());
  return joined;
}

// Feeds `text` in pieces of `piece` bytes, makes a block of what each `per_block` feeds gave,
// normalizes every block before committing any (all but the first from a state that is out
// of date when it is committed), then commits them in order.
Result in_blocks(std::string_view text, size_t piece, size_t per_block, const Options& options) {
  DocumentBlocks blocks(default_normalizer(), options);
  std::vector<std::string> texts(1);
  for (size_t i = 0, feeds = 0; i < text.size(); i += piece) {
    texts.back() += blocks.feed(text.substr(i, piece));
    if (++feeds % per_block == 0) texts.emplace_back();
  }
  texts.back() += blocks.finish();
  std::vector<DocumentBlocks::Block> normalized;
  for (std::string& t : texts) normalized.push_back(blocks.normalize(std::move(t)));
  Result joined;
  for (DocumentBlocks::Block& b : normalized) append(joined, blocks.commit(std::move(b)));
  return joined;
}

void require_same(const Result& streamed, const Result& whole) {
  REQUIRE(streamed.text == whole.text);
  REQUIRE(streamed.target == whole.target);
  REQUIRE(streamed.edits.size() == whole.edits.size());
  for (size_t i = 0; i < whole.edits.size(); ++i) {
    CHECK(streamed.edits[i].begin == whole.edits[i].begin);
    CHECK(streamed.edits[i].line == whole.edits[i].line);
    CHECK(streamed.edits[i].column == whole.edits[i].column);
    CHECK(streamed.edits[i].result == whole.edits[i].result);
  }
  REQUIRE(streamed.residuals.size() == whole.residuals.size());
  for (size_t i = 0; i < whole.residuals.size(); ++i) {
    CHECK(streamed.residuals[i].begin == whole.residuals[i].begin);
    CHECK(streamed.residuals[i].line == whole.residuals[i].line);
  }
}

}  // namespace

TEST_CASE("a stream in any pieces equals normalizing the whole document") {
  std::vector<std::string> texts;
  for (const auto& e : fs::directory_iterator(fs::path(TERMNORM_SOURCE_DIR) / "examples")) {
    if (e.path().extension() == ".txt") texts.push_back(read_file(e.path()));
  }
  texts.push_back("然而, 干细胞治疗 works.\r\n间充质干细胞 (MSCs)\r\rMSCs 可以 help.\r");
  texts.push_back("no line break at the end: 然而");
  for (const std::string& text : texts) {
    for (const Target target : {Target::en, Target::zh}) {
      Options options;
      options.target = target;
      const Result whole = default_normalizer().normalize(text, options);
      for (const size_t piece : {size_t{1}, size_t{5}, size_t{64}, size_t{1} << 20}) {
        INFO("piece " << piece);
        require_same(stream_in_pieces(text, piece, options), whole);
      }
    }
  }
}

TEST_CASE("edits carry the line and column of their source") {
  Options options;
  options.target = Target::en;
  const Result r = default_normalizer().normalize("first line\n«» 然而, it works.\n", options);
  REQUIRE_FALSE(r.edits.empty());
  CHECK(r.edits.front().source == "然而");
  CHECK(r.edits.front().line == 2);
  CHECK(r.edits.front().column == 4);
}

TEST_CASE("a line is given back as soon as its line break arrives") {
  Options options;
  options.target = Target::en;
  DocumentStream stream(default_normalizer(), options);
  CHECK(stream.feed("然而, it").text.empty());
  CHECK(stream.feed(" works.\nnext").text == "However, it works.\n");
  CHECK(stream.feed("\r").text.empty());  // a \r may be the start of \r\n
  CHECK(stream.feed("\n").text == "next\r\n");
  CHECK(stream.finish().text.empty());
}

TEST_CASE("an automatic target is decided on the first paragraph") {
  Options options;  // Target::automatic
  DocumentStream stream(default_normalizer(), options);
  CHECK(stream.feed("间充质干细胞能够调节免疫反应。\n").text.empty());  // held: no blank line yet
  const Result first = stream.feed("\nThe MSCs work.\n");
  CHECK(first.target == Language::zh);
  CHECK(first.text.rfind("间充质干细胞能够调节免疫反应。\n\n", 0) == 0);
}

TEST_CASE("an automatic target waits for a long first line in linear time") {
  // 16 MiB in 1 KiB pieces: looking at the whole held text again for each piece (as the
  // decision once did) reads 128 GiB and takes minutes; once, a fraction of a second.
  const size_t piece = 1024, pieces = 16 * 1024;
  std::string words;
  while (words.size() < piece) words += "qqq ";
  Options options;  // Target::automatic
  DocumentStream stream(default_normalizer(), options);
  const auto start = std::chrono::steady_clock::now();
  size_t written = 0;
  for (size_t i = 0; i < pieces; ++i) written += stream.feed(words).text.size();
  const Result decided = stream.feed("\n\n");
  written += decided.text.size() + stream.finish().text.size();
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(decided.target == Language::en);
  CHECK(written == piece * pieces + 2);
  CHECK(seconds < 20);
}

TEST_CASE("invalid UTF-8 in a stream names the line of the stream") {
  Options options;
  options.target = Target::en;
  DocumentStream stream(default_normalizer(), options);
  stream.feed("one\ntwo\n");
  try {
    stream.feed("th\xffree\n");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.where().line == 3);
    CHECK(e.where().column == 3);
  }
}

TEST_CASE("each residual's output span holds its text, also where seams gain or lose spaces") {
  std::vector<std::string> texts;
  for (const auto& e : fs::directory_iterator(fs::path(TERMNORM_SOURCE_DIR) / "examples")) {
    if (e.path().extension() == ".txt") texts.push_back(read_file(e.path()));
  }
  texts.push_back("一种进行性某某 and 然而某某.\n");
  for (const std::string& text : texts) {
    for (const Target target : {Target::en, Target::zh}) {
      Options options;
      options.target = target;
      const Result r = default_normalizer().normalize(text, options);
      for (const Residual& residual : r.residuals) {
        INFO(residual.text);
        REQUIRE(residual.output_end <= r.text.size());
        CHECK(r.text.substr(residual.output_begin, residual.output_end - residual.output_begin) == residual.text);
      }
    }
  }
}

TEST_CASE("blocks of any size give the stream's output in every mode") {
  std::string text;
  for (const std::string& example : example_texts()) text += example + "\n";
  text += "然而, 干细胞治疗 works.\r\n间充质干细胞 (MSCs)\r\rMSCs 可以 help.\r" + text;
  std::vector<Options> modes(7);
  modes[0].target = Target::en;
  modes[1].target = Target::zh;
  modes[2].target = Target::automatic;
  modes[3].target = Target::en, modes[3].abbreviations = Abbreviations::first;
  modes[4].target = Target::zh, modes[4].unify = true;
  modes[5].target = Target::en, modes[5].unify = true, modes[5].abbreviations = Abbreviations::first;
  modes[6].target = Target::en, modes[6].fallback = Fallback::gloss;
  for (const Options& options : modes) {
    for (const auto& [piece, per_block] : {std::pair<size_t, size_t>{1000, 1}, {4096, 3}, {70000, 1}}) {
      CAPTURE(static_cast<int>(options.target), options.unify, piece, per_block);
      require_same(in_blocks(text, piece, per_block, options), stream_in_pieces(text, piece, options));
    }
  }
}

TEST_CASE("a block that read a state a block before it changed is normalized again") {
  // zh output: the first line defines MSCs, so the second writes the abbreviation bare; from
  // the empty state (where the second block was normalized) it writes the Chinese term.
  const std::string text = "间充质干细胞 (MSCs) 是一种干细胞。\n这些MSCs可以分化。\n";
  Options zh;
  zh.target = Target::zh;
  const Result alone = default_normalizer().normalize("这些MSCs可以分化。\n", zh);
  const Result expected = stream_in_pieces(text, text.size(), zh);
  REQUIRE(expected.text.substr(expected.text.find('\n') + 1) != alone.text);
  require_same(in_blocks(text, 1, 1000, zh), expected);  // one block
  require_same(in_blocks(text, 10, 1, zh), expected);    // many blocks, out of date
  // English output, first mention in full: the second line's mention is not the first.
  Options first;
  first.target = Target::en;
  first.abbreviations = Abbreviations::first;
  const std::string en_text = "间充质干细胞 work.\n\n间充质干细胞 grow.\n";
  const Result en_expected = stream_in_pieces(en_text, en_text.size(), first);
  REQUIRE(en_expected.text.find("MSCs grow") != std::string::npos);
  require_same(in_blocks(en_text, 5, 1, first), en_expected);
}

TEST_CASE("invalid UTF-8 in a later block names the line of the document") {
  Options en;
  en.target = Target::en;
  DocumentBlocks blocks(default_normalizer(), en);
  DocumentBlocks::Block first = blocks.normalize(blocks.feed("然而, one.\ntwo.\n"));
  DocumentBlocks::Block second = blocks.normalize(blocks.feed("three.\nfour \xff.\n") + blocks.finish());
  CHECK(blocks.commit(std::move(first)).text == "However, one.\ntwo.\n");
  try {
    blocks.commit(std::move(second));
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.where().line == 4);
    CHECK(e.where().column == 6);
  }
}

TEST_CASE("invalid UTF-8 replaced in blocks counts offsets in the input as replaced") {
  Options replace;
  replace.target = Target::en;
  replace.invalid_utf8 = InvalidUtf8::replace;
  const std::string text = "\xff\xfe 然而, one.\n然而 \xff two.\n然而, three.\n";
  require_same(in_blocks(text, 3, 1, replace), stream_in_pieces(text, 3, replace));
}
