// The byte layout shared by the build-time images (lexicon_image, the matcher's image):
// integers as 32-bit little-endian words, strings and arrays as a length word and their
// contents; arrays of words may be aligned to four bytes, to be read in place. ImageReader
// checks every length against what is left and throws Error on a truncated image.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "termnorm/error.hpp"

namespace termnorm {

class ImageWriter {
 public:
  void number(size_t value) {
    const auto v = static_cast<uint32_t>(value);
    const unsigned char bytes[4] = {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
                                    static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 24)};
    out_.append(reinterpret_cast<const char*>(bytes), 4);
  }
  void string(std::string_view s) {
    number(s.size());
    out_.append(s);
  }
  void strings(const std::vector<std::string>& list) {
    number(list.size());
    for (const auto& s : list) string(s);
  }
  void numbers(const std::vector<uint32_t>& list) {
    number(list.size());
    for (const uint32_t v : list) number(v);
  }
  // Zero bytes up to a multiple of four: the words that follow can be read in place.
  void align() { out_.append((4 - out_.size() % 4) % 4, '\0'); }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class ImageReader {
 public:
  explicit ImageReader(std::string_view image) : in_(image) {}

  size_t number() {
    need(4);
    const auto* b = reinterpret_cast<const unsigned char*>(in_.data() + at_);
    at_ += 4;
    return static_cast<size_t>(b[0] | b[1] << 8 | b[2] << 16 | static_cast<uint32_t>(b[3]) << 24);
  }
  std::string string() {
    std::string s;
    string(s);
    return s;
  }
  // The next string into `out` (no temporary string).
  void string(std::string& out) {
    const size_t size = number();
    need(size);
    if (size == 0) {  // most of a concept's fields: nothing to copy
      out.clear();
      return;
    }
    out.assign(in_.data() + at_, size);
    at_ += size;
  }
  // The next string where it stands in the image: valid as long as the image is.
  std::string_view string_in_place() {
    const size_t size = number();
    need(size);
    const std::string_view s = in_.substr(at_, size);
    at_ += size;
    return s;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> list;
    strings(list);
    return list;
  }
  void strings(std::vector<std::string>& out) {
    out.resize(number());
    for (auto& s : out) string(s);
  }
  std::vector<uint32_t> numbers() { return numbers_of(number()); }
  // The next `count` numbers (their count read already), copied.
  std::vector<uint32_t> numbers_of(size_t count) {
    need(count * 4);
    std::vector<uint32_t> list(count);
    words(list.data(), count);
    return list;
  }
  // `count` numbers into `out`, copied whole where the machine is little-endian too.
  void words(uint32_t* out, size_t count) {
    need(count * 4);
    if constexpr (std::endian::native == std::endian::little) {
      if (count > 0) std::memcpy(out, in_.data() + at_, count * 4);
      at_ += count * 4;
    } else {
      for (size_t i = 0; i < count; ++i) out[i] = static_cast<uint32_t>(number());
    }
  }
  // Past the zero bytes ImageWriter::align() wrote.
  void align() {
    const size_t padding = (4 - at_ % 4) % 4;
    need(padding);
    at_ += padding;
  }
  // `count` words where they stand in the image, when the machine is little-endian and they
  // are aligned; else nullptr (and nothing is read).
  const uint32_t* words_in_place(size_t count) {
    need(count * 4);
    const char* first = in_.data() + at_;
    if (std::endian::native != std::endian::little || reinterpret_cast<std::uintptr_t>(first) % alignof(uint32_t) != 0) {
      return nullptr;
    }
    at_ += count * 4;
    return reinterpret_cast<const uint32_t*>(first);
  }
  void expect(std::string_view literal) {
    need(literal.size());
    if (in_.substr(at_, literal.size()) != literal) throw Error("not a termnorm image");
    at_ += literal.size();
  }
  bool done() const { return at_ == in_.size(); }

 private:
  void need(size_t size) const {
    if (in_.size() - at_ < size) throw Error("truncated termnorm image");
  }
  std::string_view in_;
  size_t at_ = 0;
};

}  // namespace termnorm
