#pragma once

#include "text/TextTypes.h"

#include <optional>

namespace reel::text {

/// How a language's speaking rate is counted.
enum class RateUnit
{
    WordsPerMinute,
    CharactersPerMinute
};

struct SpeakingRate
{
    RateUnit unit = RateUnit::WordsPerMinute;
    double perMinute = 150.0;
};

/// Voice-over duration estimates from per-language speaking rates (words, syllables or characters a minute).
///
/// Default rates and where they come from:
/// - en: 150 words/min (conversational voice-over).
/// - es, fr, de: 150 × (the language's syllable rate / English 6.19 syllables/s) × (English 1.4
///   syllables per word / the language's syllables per word). Syllable rates are read-speech
///   measurements (Pellegrino, Coupé & Marsico 2011): es 7.82, fr 7.18, de 5.97. Syllables per
///   word are design choices, typical values for running text: es 1.9, fr 1.5, de 1.7. Result:
///   es ≈ 139.6, fr ≈ 162.4, de ≈ 119.1 words/min.
/// - ja: 300 characters/min (NHK narration norm), counting kana, kanji, Latin letters and digits,
///   never spaces, punctuation or emoji.
/// - hi: 130 words/min, a design default (no published figure found): to be calibrated.
/// A user's calibration (either unit, any language) replaces the default.
namespace SpeakingRates {
SpeakingRate defaultFor(const LanguageCode& language);
/// Units of `text` in the rate's unit: words (Segmenter::words) or characters (user-perceived
/// characters that are letters or digits: a kana, a kanji, a Latin letter, a Devanagari akshara
/// with its signs; no spaces, punctuation or emoji).
double unitsOf(const QString& text, const LanguageCode& language, RateUnit unit);
/// Seconds to speak `text`, with `calibrated` (the user's own rate) overriding the default.
double seconds(const QString& text, const LanguageCode& language,
               const std::optional<SpeakingRate>& calibrated = std::nullopt);
} // namespace SpeakingRates

} // namespace reel::text
