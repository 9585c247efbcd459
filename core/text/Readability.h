#pragma once

#include "text/TextTypes.h"

#include <optional>

namespace reel::text {

class Syllables;

struct ReadabilityScore
{
    double fleschReadingEase = 0; ///< the language's Flesch variant (Flesch, Fernández Huerta, Kandel–Moles, Amstad)
    double wordsPerSentence = 0;
    double syllablesPerWord = 0;
    int sentences = 0;
    int words = 0;
    int longestSentenceWords = 0;
};

/// Flesch Reading Ease with language constants: en 206.835/1.015/84.6, de 180/1/58.5 (Amstad),
/// es 206.84/1.02/60 (Fernández Huerta), fr 207/1.015/73.6 (Kandel & Moles). No published
/// constants for hi and ja: nullopt (the UI says "not available" rather than guessing); nullopt
/// too for a text without words. The score is not clamped to 0–100. A text without sentence
/// punctuation is one sentence. `syllables` must be for the same language.
namespace Readability {
std::optional<ReadabilityScore> flesch(const QString& text, const LanguageCode& language, const Syllables& syllables);
} // namespace Readability

} // namespace reel::text
