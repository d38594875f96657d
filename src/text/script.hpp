// Character classes the pipeline decides on: Han script, word characters, punctuation.
// Thin wrappers over ICU character properties, with ASCII (and the core Han block) answered
// inline, without a call: they are asked of every character of a line.
#pragma once

namespace termnorm::text {

// is_han(), is_word_char() and is_latin_letter() beyond what the inline tests answer.
bool is_han_by_script(char32_t cp);
bool is_word_char_beyond_ascii(char32_t cp);
bool is_latin_letter_beyond_ascii(char32_t cp);

// CJK Unified Ideographs and Extension A: every code point is an assigned Han ideograph, the
// bulk of Chinese text, answered without asking ICU.
inline bool is_core_ideograph(char32_t cp) { return cp >= 0x3400 && cp <= 0x9FFF && !(cp >= 0x4DC0 && cp <= 0x4DFF); }

// True for ideographs of the Han script (ICU's script property), the "Chinese" of the text.
inline bool is_han(char32_t cp) {
  if (cp < 0x2E80) return false;
  return is_core_ideograph(cp) || is_han_by_script(cp);
}

// True for letters, marks and digits in any script: what may not touch a Latin term's edge.
inline bool is_word_char(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return is_word_char_beyond_ascii(cp);
}

// True for Japanese kana and Korean Hangul: scripts whose punctuation termnorm leaves alone.
bool is_kana_or_hangul(char32_t cp);

// True for Latin letters (ASCII and beyond): what counts as English in a language count.
inline bool is_latin_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return is_latin_letter_beyond_ascii(cp);
}

// True for the CJK-side punctuation that Chinese text uses (，。：；、（）！？《》「」 and
// the other full-width forms of ASCII punctuation).
bool is_cjk_punctuation(char32_t cp);

// True where Chinese typography applies: Han ideographs and CJK punctuation.
inline bool is_cjk(char32_t cp) { return is_han(cp) || is_cjk_punctuation(cp); }

// True for horizontal white space (space, tab, no-break space, ideographic space).
inline bool is_horizontal_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000;
}

}  // namespace termnorm::text
