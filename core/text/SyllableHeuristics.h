#pragma once

#include "text/Language.h"

#include <QStringView>

namespace reel::text::detail {

/// Rule-of-thumb syllable counts, used inside the segments the hyphenation patterns leave (the
/// patterns never break within LEFTHYPHENMIN/RIGHTHYPHENMIN letters of a word edge, so "happy"
/// or "idea" come back unbroken) and on their own when a language has no patterns installed.
namespace SyllableHeuristics {

/// Vowel groups in one run of lower-case Latin-script letters, with each language's diphthong,
/// hiatus and silent-e rules. `atWordEnd`: the run ends the word (final "-e", "-es", "-ed").
/// May return 0 (no vowel: "dm", "hmm").
int latin(QStringView lowerRun, Lang lang, bool atWordEnd);

/// Devanagari: independent vowels + vowel signs + consonants that carry their inherent vowel (not
/// followed by a virama), without the word-final inherent vowel Hindi does not pronounce
/// ("दिन" 1). Medial schwa deletion ("कमरा" 2) is not modelled: such words count one more.
int devanagari(QStringView run, bool atWordEnd);

/// Japanese morae: kana 1 each except the small ゃゅょぁぃぅぇぉゎ (っ, ん and ー count), kanji 2.
int japaneseMorae(QStringView run);

/// A spoken number, roughly: digits × the language's syllables per digit (en 1, es 1.25, fr 1,
/// de 1.5, hi 1.25, ja 2 morae), at least 1. "2026" → en 4 (really 5, "twenty twenty-six"),
/// "100" → 3 ("a hundred"). Separators ("1,000", "3.5") are not spoken here.
int number(int digits, Lang lang);

bool isDevanagari(char32_t c);
bool isKanaOrKanji(char32_t c);

} // namespace SyllableHeuristics
} // namespace reel::text::detail
