#include "validate/PhraseMatcher.h"

#include "text/Segmenter.h"
#include "text/Stemmer.h"

namespace reel {

PhraseMatcher::PhraseMatcher(const QStringList& phrases, const QString& language, Mode mode,
                             const text::Stemmer* stemmer)
    : m_phrases(phrases)
    , m_language(language)
    , m_mode(mode)
    , m_stemmer(stemmer)
{
    m_tokens.reserve(phrases.size());
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        QStringList tokens;
        const QString phrase = phrases.at(i).trimmed();
        if (language != u"ja") {
            for (const text::Word& w : text::Segmenter::words(phrase, language))
                tokens.append(normalise(w.text));
        }
        m_tokens.append(tokens);
        if (tokens.isEmpty()) {
            if (!phrase.isEmpty())
                m_substringPhrases.append(i);
        } else {
            m_byFirst[tokens.constFirst()].append(i);
        }
    }
}

QString PhraseMatcher::normalise(const QString& word) const
{
    if (m_mode == Mode::Stemmed && m_stemmer)
        return m_stemmer->stem(word);
    return word.toCaseFolded();
}

QList<PhraseMatcher::Match> PhraseMatcher::find(const QString& text, const QList<text::Word>& words) const
{
    QStringList normal;
    if (!m_byFirst.isEmpty()) {
        normal.reserve(words.size());
        for (const text::Word& w : words)
            normal.append(normalise(w.text));
    }
    const bool stemmed = m_mode == Mode::Stemmed && m_stemmer;
    return stemmed ? find(text, words, {}, normal) : find(text, words, normal, {});
}

QList<PhraseMatcher::Match> PhraseMatcher::find(const QString& text, const QList<text::Word>& words,
                                                const QStringList& folded, const QStringList& stems) const
{
    QList<Match> out;
    const QStringList& normal = m_mode == Mode::Stemmed && m_stemmer ? stems : folded;
    if (!m_byFirst.isEmpty() && !words.isEmpty() && normal.size() == words.size()) {
        for (qsizetype i = 0; i < normal.size(); ++i) {
            const auto candidates = m_byFirst.constFind(normal.at(i));
            if (candidates == m_byFirst.cend())
                continue;
            for (qsizetype phrase : *candidates) {
                const QStringList& tokens = m_tokens.at(phrase);
                if (i + tokens.size() > normal.size())
                    continue;
                bool same = true;
                for (qsizetype k = 1; k < tokens.size() && same; ++k) {
                    // The words of a phrase follow each other with only spaces or a hyphen between.
                    const qsizetype gapStart = words.at(i + k - 1).span.end();
                    const QString gap = text.mid(gapStart, words.at(i + k).span.start - gapStart).trimmed();
                    same = normal.at(i + k) == tokens.at(k) && (gap.isEmpty() || gap == u"-");
                }
                if (!same)
                    continue;
                const qsizetype start = words.at(i).span.start;
                const qsizetype end = words.at(i + tokens.size() - 1).span.end();
                out.append({{start, end - start}, phrase});
            }
        }
    }
    for (qsizetype phrase : m_substringPhrases) {
        const QString needle = m_phrases.at(phrase).trimmed();
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
            out.append({{at, needle.size()}, phrase});
    }
    // One match per place: the longest wins ("guaranteed results" over "guaranteed"), and two
    // phrases with the same stem ("guarantee", "guaranteed") report once.
    std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
        if (a.span.start != b.span.start)
            return a.span.start < b.span.start;
        return a.span.length > b.span.length;
    });
    QList<Match> kept;
    for (const Match& m : std::as_const(out)) {
        if (!kept.isEmpty() && m.span.start < kept.constLast().span.end())
            continue;
        kept.append(m);
    }
    return kept;
}

} // namespace reel
