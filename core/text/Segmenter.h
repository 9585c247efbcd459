#pragma once

#include "text/TextTypes.h"

namespace reel::text {

/// Word and sentence segmentation, Unicode-aware, for all six languages.
/// Words come from QTextBoundaryFinder (UAX #29), then: compounds joined at a hyphen
/// ("well-being"), emoji and keycaps cut out, "#Fit" → "Fit". Japanese has no spaces: words()
/// returns runs of one script (kanji, hiragana, katakana incl. ー, latin, digits) so that phrase
/// matching and counting still work; SpeakingRates counts its characters.
namespace Segmenter {

QList<Word> words(const QString& text, const LanguageCode& language);
/// Sentences with their spans (ending punctuation and closing quotes included; trailing spaces
/// excluded). Handles ". ! ? … ‼" (followed by a space or the end), "。！？ । ॥ ؟" and line breaks;
/// a few abbreviations ("Dr.", "e.g.") do not end a sentence. Pieces without a letter or digit
/// (an emoji-only line) are not sentences.
QList<Span> sentences(const QString& text, const LanguageCode& language);
/// Grapheme clusters (user-perceived characters: an emoji ZWJ sequence, a flag or a Devanagari
/// conjunct counts once; UAX #29 with Unicode 15.1's conjunct rule). Used for caption length as
/// the platform counts it.
qsizetype graphemeCount(const QString& text);
/// The grapheme clusters themselves, in order (for mapping "the 125th character" to an offset).
QList<Span> graphemes(const QString& text);
/// Emoji with their spans: grapheme clusters that start with an Extended_Pictographic code point
/// (this includes © ® ™ ‼), flags (regional-indicator pairs) and keycaps ("1️⃣").
QList<Span> emoji(const QString& text);

} // namespace Segmenter
} // namespace reel::text
