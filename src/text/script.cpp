// Character classes over ICU properties.
#include "text/script.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace termnorm::text {

bool is_han_by_script(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_HAN;
}

bool is_word_char_beyond_ascii(char32_t cp) {
  if (is_core_ideograph(cp)) return true;
  return u_isalnum(static_cast<UChar32>(cp)) ||
         u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ALPHABETIC) ||
         (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;  // combining marks
}

bool is_kana_or_hangul(char32_t cp) {
  if (cp < 0x1100) return false;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
  return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL;
}

bool is_latin_letter_beyond_ascii(char32_t cp) {
  if (is_core_ideograph(cp)) return false;
  UErrorCode status = U_ZERO_ERROR;
  return u_isalpha(static_cast<UChar32>(cp)) &&
         uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_LATIN;
}

bool is_cjk_punctuation(char32_t cp) {
  if (cp >= 0x3001 && cp <= 0x303F) return true;                // CJK symbols and punctuation
  if (cp >= 0xFF01 && cp <= 0xFF0F) return true;                // ！＂＃＄％＆＇（）＊＋，－．／
  if (cp >= 0xFF1A && cp <= 0xFF20) return true;                // ：；＜＝＞？＠
  if (cp >= 0xFF3B && cp <= 0xFF40) return true;
  if (cp >= 0xFF5B && cp <= 0xFF65) return true;
  return false;  // — … · and the like are shared with English
}

}  // namespace termnorm::text
