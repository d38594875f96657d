// Character classes the pipeline decides on: Han script, word characters, punctuation.
// Thin wrappers over ICU character properties, with ASCII answered without a call.
#pragma once

namespace termnorm::text {

// True for ideographs of the Han script (ICU's script property), the "Chinese" of the text.
bool is_han(char32_t cp);

// True for letters, marks and digits in any script: what may not touch a Latin term's edge.
bool is_word_char(char32_t cp);

// True for Japanese kana and Korean Hangul: scripts whose punctuation termnorm leaves alone.
bool is_kana_or_hangul(char32_t cp);

// True for Latin letters (ASCII and beyond): what counts as English in a language count.
bool is_latin_letter(char32_t cp);

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
