#include "generate/ComposerText.h"

#include "generate/ComposerTemplates.h"
#include "text/Segmenter.h"
#include "text/SpeakingRate.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace reel::detail {

quint32 stableHash(const QString& text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QStringList rotated(const QStringList& list, quint32 by)
{
    if (list.size() < 2)
        return list;
    const qsizetype start = static_cast<qsizetype>(by % static_cast<quint32>(list.size()));
    return list.mid(start) + list.mid(0, start);
}

QString collapsed(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\p{Cc}]+"));
    QString out = text;
    out.replace(u'#', u' ');
    out.replace(space, QStringLiteral(" "));
    return out.trimmed();
}

QString withoutTrailingPunctuation(QString text)
{
    static const QString trailing = QStringLiteral(" .,;:!?…。、！？，।");
    while (!text.isEmpty() && trailing.contains(text.back()))
        text.chop(1);
    return text;
}

bool hasLetterOrDigit(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

ComposerText::ComposerText(QString language)
    : m_language(std::move(language))
{}

int ComposerText::units(const QString& text) const
{
    // The final validation is the judge; this count only steers the composer's choices.
    if (m_language == u"ja")
        return static_cast<int>(
                std::ceil(text::SpeakingRates::unitsOf(text, m_language, text::RateUnit::CharactersPerMinute) / 2.0));
    return static_cast<int>(text::Segmenter::words(text, m_language).size());
}

QString ComposerText::shortened(const QString& text, int maxUnits) const
{
    QString s = collapsed(text);
    const QList<text::Span> sentences = text::Segmenter::sentences(s, m_language);
    if (!sentences.isEmpty())
        s = s.mid(sentences.constFirst().start, sentences.constFirst().length);
    s = withoutTrailingPunctuation(s);
    if (units(s) <= maxUnits)
        return s;
    // The longest leading clause that fits.
    static const QRegularExpression separator(QStringLiteral("\\s*[,;:、，]\\s*|\\s+[-–—]\\s+|[–—]"));
    QString clause;
    for (auto it = separator.globalMatch(s); it.hasNext();) {
        const QString head = withoutTrailingPunctuation(s.left(it.next().capturedStart()));
        if (units(head) > maxUnits)
            break;
        if (units(head) >= 2)
            clause = head;
    }
    return clause;
}

QStringList ComposerText::clauses(const QString& text, bool atCommas) const
{
    static const QRegularExpression strong(QStringLiteral("\\s*[;:；：]\\s*|\\s+[-–—]\\s+|[–—]"));
    static const QRegularExpression weak(QStringLiteral("\\s*[,;:、，；：]\\s*|\\s+[-–—]\\s+|[–—]"));
    constexpr int kLabelWords = 2; // "Angle:", "Offer:"
    QStringList out;
    const QString s = collapsed(text);
    for (const text::Span& sentence : text::Segmenter::sentences(s, m_language)) {
        const QString whole = s.mid(sentence.start, sentence.length);
        qsizetype from = 0;
        const auto take = [&](qsizetype end, bool beforeColon) {
            const QString part = withoutTrailingPunctuation(whole.mid(from, end - from).trimmed());
            if (hasLetterOrDigit(part) && !(beforeColon && units(part) <= kLabelWords))
                out.append(part);
        };
        for (auto it = (atCommas ? weak : strong).globalMatch(whole); it.hasNext();) {
            const auto m = it.next();
            const QString mark = m.captured().trimmed();
            take(m.capturedStart(), mark == u":" || mark == u"：");
            from = m.capturedEnd();
        }
        take(whole.size(), false);
    }
    return out;
}

QString ComposerText::asSentence(const QString& clause) const
{
    const QString stop = m_language == u"ja"   ? QStringLiteral("。")
                         : m_language == u"hi" ? QStringLiteral("।")
                                               : QStringLiteral(".");
    return capitalised(withoutTrailingPunctuation(clause)) + stop;
}

QString ComposerText::midSentence(const QString& text) const
{
    // German capitalises its nouns; Hindi and Japanese have no case.
    if (m_language != u"en" && m_language != u"es" && m_language != u"fr")
        return text;
    const QList<text::Word> words = text::Segmenter::words(text, m_language);
    if (words.isEmpty())
        return text;
    const QString first = words.constFirst().text;
    if (first.size() < 2 || !first.at(0).isUpper() || first.mid(1) != first.mid(1).toLower()
        || first.startsWith(QStringLiteral("I'")))
        return text;
    QString out = text;
    const qsizetype at = words.constFirst().span.start;
    out.replace(at, 1, out.at(at).toLower());
    return out;
}

QString ComposerText::joined(const QStringList& sentences) const
{
    QStringList parts = sentences;
    parts.removeAll(QString());
    return parts.join(m_language == u"ja" ? QString() : QStringLiteral(" "));
}

QStringList ComposerText::sentences(const QString& text) const
{
    QStringList out;
    for (const text::Span& s : text::Segmenter::sentences(text, m_language))
        out.append(text.mid(s.start, s.length));
    return out;
}

QString ComposerText::sentenceKey(const QString& sentence) const
{
    QStringList words;
    for (const text::Word& w : text::Segmenter::words(sentence, m_language))
        words.append(w.text.toCaseFolded());
    return words.join(u' ');
}

} // namespace reel::detail
