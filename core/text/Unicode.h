#pragma once

#include "text/TextTypes.h"

#include <QStringView>

namespace reel::text::detail {

/// One code point of a UTF-16 string and how many code units it takes (a lone surrogate is
/// returned as itself, one unit long).
struct CodePoint
{
    char32_t value = 0;
    qsizetype size = 1;
};

CodePoint codePointAt(QStringView text, qsizetype index);
/// The code point that ends just before `index` (index > 0).
CodePoint codePointBefore(QStringView text, qsizetype index);

/// Unicode's Extended_Pictographic property (emoji-data.txt), as a compact range table.
bool isExtendedPictographic(char32_t c);
constexpr bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}
/// Characters that only ever decorate an emoji: variation selectors 15/16, the keycap mark,
/// skin-tone modifiers, ZWJ and tag characters.
bool isEmojiComponent(char32_t c);

bool isLetter(char32_t c);
/// Letters only, each an upper-case one ("DM", "CTA"); false for scripts without case.
bool isUpperCaseLetters(QStringView text);
bool isMark(char32_t c);
bool isDecimalDigit(char32_t c);
bool isWhiteSpace(char32_t c);
/// Apostrophes that may sit inside a word: ' and ’ (and the modifier letter ʼ).
bool isApostrophe(char32_t c);
/// Hyphens that join the parts of a compound word: - ‐ ‑ (not dashes).
bool isWordHyphen(char32_t c);

/// Extended grapheme clusters per UAX #29 (GB3–GB13), plus GB9c (Unicode 15.1) so that an Indic
/// conjunct such as स्त counts once. Qt 6.4's QTextBoundaryFinder splits regional-indicator pairs
/// that follow an emoji and breaks every code unit of emoji that precede Devanagari in the same
/// string, so the clusters are computed here.
QList<Span> graphemeClusters(QStringView text);

/// Writing-system class for splitting Japanese (and other unspaced CJK) runs into words.
enum class ScriptClass
{
    Other,    ///< every other letter, mark or symbol
    Han,      ///< kanji, including 々 〆
    Hiragana, ///< including ゝゞ
    Katakana, ///< full and half width, including ヽヾ
    Latin,    ///< including full-width Ａ–ｚ
    Digit,    ///< any decimal digit
    Extender, ///< ー ｰ 〜: continues whatever run precedes it
};
ScriptClass scriptClassOf(char32_t c);
constexpr bool isCjkClass(ScriptClass s)
{
    return s == ScriptClass::Han || s == ScriptClass::Hiragana || s == ScriptClass::Katakana;
}

} // namespace reel::text::detail
