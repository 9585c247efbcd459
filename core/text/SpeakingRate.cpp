#include "text/SpeakingRate.h"

#include "text/Language.h"
#include "text/Segmenter.h"
#include "text/Unicode.h"

namespace reel::text {

using detail::Lang;

namespace {

// Pellegrino, Coupé & Marsico (2011): syllables per second of read speech.
constexpr double kEnglishSyllableRate = 6.19;
constexpr double kSpanishSyllableRate = 7.82;
constexpr double kFrenchSyllableRate = 7.18;
constexpr double kGermanSyllableRate = 5.97;

// Typical syllables per word of running text: design choices (rounded values in the range the
// readability literature reports), not measurements of this product's scripts.
constexpr double kEnglishSyllablesPerWord = 1.4;
constexpr double kSpanishSyllablesPerWord = 1.9;
constexpr double kFrenchSyllablesPerWord = 1.5;
constexpr double kGermanSyllablesPerWord = 1.7;

constexpr double kEnglishWordsPerMinute = 150.0;
constexpr double kJapaneseCharactersPerMinute = 300.0; // NHK narration norm
constexpr double kHindiWordsPerMinute = 130.0;         // design default: calibrate

constexpr double scaledFromEnglish(double syllableRate, double syllablesPerWord)
{
    return kEnglishWordsPerMinute * (syllableRate / kEnglishSyllableRate)
           * (kEnglishSyllablesPerWord / syllablesPerWord);
}

// Letters and digits, counted once per user-perceived character: a kana, a kanji, a Latin letter,
// a digit, a Devanagari akshara (with its vowel signs). Spaces, punctuation and emoji are silent.
double spokenCharacters(const QString& text)
{
    qsizetype count = 0;
    for (const Span& cluster : detail::graphemeClusters(text)) {
        const char32_t first = detail::codePointAt(text, cluster.start).value;
        if (detail::isLetter(first) || detail::isDecimalDigit(first))
            ++count;
    }
    return static_cast<double>(count);
}

} // namespace

SpeakingRate SpeakingRates::defaultFor(const LanguageCode& language)
{
    switch (detail::langOf(language)) {
    case Lang::En:
        return {RateUnit::WordsPerMinute, kEnglishWordsPerMinute};
    case Lang::Es:
        return {RateUnit::WordsPerMinute, scaledFromEnglish(kSpanishSyllableRate, kSpanishSyllablesPerWord)};
    case Lang::Fr:
        return {RateUnit::WordsPerMinute, scaledFromEnglish(kFrenchSyllableRate, kFrenchSyllablesPerWord)};
    case Lang::De:
        return {RateUnit::WordsPerMinute, scaledFromEnglish(kGermanSyllableRate, kGermanSyllablesPerWord)};
    case Lang::Hi:
        return {RateUnit::WordsPerMinute, kHindiWordsPerMinute};
    case Lang::Ja:
        return {RateUnit::CharactersPerMinute, kJapaneseCharactersPerMinute};
    }
    return {RateUnit::WordsPerMinute, kEnglishWordsPerMinute};
}

double SpeakingRates::unitsOf(const QString& text, const LanguageCode& language, RateUnit unit)
{
    if (unit == RateUnit::CharactersPerMinute)
        return spokenCharacters(text);
    return static_cast<double>(Segmenter::words(text, language).size());
}

double SpeakingRates::seconds(const QString& text, const LanguageCode& language,
                              const std::optional<SpeakingRate>& calibrated)
{
    SpeakingRate rate = defaultFor(language);
    if (calibrated && calibrated->perMinute > 0)
        rate = *calibrated;
    return unitsOf(text, language, rate.unit) / rate.perMinute * 60.0;
}

} // namespace reel::text
