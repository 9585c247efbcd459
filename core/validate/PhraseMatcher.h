#pragma once

#include "text/TextTypes.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace reel::text {
class Stemmer;
} // namespace reel::text

namespace reel {

/// Finds words and phrases of a list in a text on word boundaries, ignoring case, optionally
/// through their stems (so "lazy" finds "Lazy" and "LAZY" and, stemmed, "laziness" where
/// Snowball agrees — but "fat" never finds "fathom" or "fatigue"). Japanese has no spaces:
/// there phrases are found as substrings.
class PhraseMatcher
{
public:
    enum class Mode
    {
        Exact,
        Stemmed
    };

    struct Match
    {
        text::Span span;
        qsizetype phrase = 0; ///< index into the list given to the constructor
    };

    PhraseMatcher() = default;
    PhraseMatcher(const QStringList& phrases, const QString& language, Mode mode, const text::Stemmer* stemmer);

    /// Every occurrence in `text`, whose words (Segmenter::words of the same text) are given.
    QList<Match> find(const QString& text, const QList<text::Word>& words) const;
    /// The same, with the words already normalised by the caller: `folded` (case-folded) and
    /// `stems` (Stemmer::stem) — a field's words are normalised once for all its matchers.
    QList<Match> find(const QString& text, const QList<text::Word>& words, const QStringList& folded,
                      const QStringList& stems) const;
    Mode mode() const { return m_mode; }
    bool isEmpty() const { return m_phrases.isEmpty(); }
    const QStringList& phrases() const { return m_phrases; }

private:
    QString normalise(const QString& word) const;

    QStringList m_phrases;
    QList<QStringList> m_tokens;                ///< each phrase's normalised words
    QHash<QString, QList<qsizetype>> m_byFirst; ///< first normalised word → phrases
    QList<qsizetype> m_substringPhrases;        ///< phrases matched as substrings (ja, or no words)
    QString m_language;
    Mode m_mode = Mode::Exact;
    const text::Stemmer* m_stemmer = nullptr;
};

} // namespace reel
