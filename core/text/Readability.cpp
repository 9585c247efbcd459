#include "text/Readability.h"

#include "text/Language.h"
#include "text/Segmenter.h"
#include "text/Syllables.h"

#include <algorithm>

namespace reel::text {

using detail::Lang;

namespace {

struct FleschConstants
{
    double base;
    double perWordsPerSentence;
    double perSyllablesPerWord;
};

std::optional<FleschConstants> constantsFor(Lang lang)
{
    switch (lang) {
    case Lang::En:
        return FleschConstants{206.835, 1.015, 84.6}; // Flesch (1948)
    case Lang::De:
        return FleschConstants{180.0, 1.0, 58.5}; // Amstad (1978)
    case Lang::Es:
        return FleschConstants{206.84, 1.02, 60.0}; // Fernández Huerta (1959), 0.60 per 100 words
    case Lang::Fr:
        return FleschConstants{207.0, 1.015, 73.6}; // Kandel & Moles (1958)
    case Lang::Hi:
    case Lang::Ja:
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<ReadabilityScore> Readability::flesch(const QString& text, const LanguageCode& language,
                                                    const Syllables& syllables)
{
    const std::optional<FleschConstants> c = constantsFor(detail::langOf(language));
    if (!c)
        return std::nullopt;
    const QList<Word> words = Segmenter::words(text, language);
    if (words.isEmpty())
        return std::nullopt;
    const QList<Span> sentences = Segmenter::sentences(text, language);

    ReadabilityScore score;
    score.words = static_cast<int>(words.size());
    score.sentences = std::max(1, static_cast<int>(sentences.size()));
    qsizetype syllableCount = 0;
    for (const Word& w : words)
        syllableCount += syllables.count(w.text);

    // Words per sentence, walking both lists once (words and sentences are in text order).
    qsizetype w = 0;
    for (const Span& sentence : sentences) {
        while (w < words.size() && words[w].span.start < sentence.start)
            ++w;
        int inSentence = 0;
        while (w < words.size() && words[w].span.end() <= sentence.end()) {
            ++inSentence;
            ++w;
        }
        score.longestSentenceWords = std::max(score.longestSentenceWords, inSentence);
    }
    if (sentences.isEmpty())
        score.longestSentenceWords = score.words;

    score.wordsPerSentence = static_cast<double>(score.words) / score.sentences;
    score.syllablesPerWord = static_cast<double>(syllableCount) / score.words;
    score.fleschReadingEase = c->base - c->perWordsPerSentence * score.wordsPerSentence
                              - c->perSyllablesPerWord * score.syllablesPerWord;
    return score;
}

} // namespace reel::text
