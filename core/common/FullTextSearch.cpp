#include "common/FullTextSearch.h"

#include <QRegularExpression>

namespace reel {

namespace {

struct Range
{
    char16_t first;
    char16_t last;
};

// Kept in step with unsegmentedGlob() below.
constexpr Range kUnsegmented[] = {
        {0x0E00, 0x0EFF}, // Thai, Lao
        {0x1000, 0x109F}, // Myanmar
        {0x1780, 0x17FF}, // Khmer
        {0x3040, 0x30FF}, // Hiragana, Katakana
        {0x3400, 0x4DBF}, // CJK extension A
        {0x4E00, 0x9FFF}, // CJK unified ideographs
        {0xF900, 0xFAFF}, // CJK compatibility ideographs
        {0xFF66, 0xFF9F}, // half-width Katakana
};

bool unsegmented(char16_t c)
{
    for (const Range& r : kUnsegmented) {
        if (c >= r.first && c <= r.last)
            return true;
    }
    return false;
}

const QRegularExpression& wordPattern()
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}\\p{N}_#]+\\*?"));
    return word;
}

} // namespace

QString ftsMatchQuery(const QString& text)
{
    QStringList parts;
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        QString w = it.next().captured();
        const bool prefix = w.endsWith(u'*');
        if (prefix)
            w.chop(1);
        w.remove(u'#');
        if (w.isEmpty())
            continue;
        parts.append(u'"' + w + u'"' + (prefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(u' ');
}

bool hasUnsegmentedText(QStringView text)
{
    for (const QChar c : text) {
        if (unsegmented(c.unicode()))
            return true;
    }
    return false;
}

QString unsegmentedGlob()
{
    QString set;
    for (const Range& r : kUnsegmented)
        set += QChar(r.first) + u'-' + QChar(r.last);
    return QStringLiteral("*[") + set + QStringLiteral("]*");
}

FullTextQuery planFullTextQuery(const QString& text, bool prefixLast)
{
    FullTextQuery out;
    QStringList words, trigrams;
    bool lastIsPrefix = false;
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        QString w = it.next().captured();
        const bool prefix = w.endsWith(u'*');
        if (prefix)
            w.chop(1);
        w.remove(u'#');
        if (w.isEmpty())
            continue;
        if (hasUnsegmentedText(w)) {
            // The trigram index finds any run of 3+ characters anywhere; shorter ones need LIKE.
            if (w.size() >= 3)
                trigrams.append(u'"' + w + u'"');
            else
                out.substrings.append(w);
            continue;
        }
        words.append(u'"' + w + u'"' + (prefix ? QStringLiteral("*") : QString()));
        lastIsPrefix = prefix;
    }
    if (prefixLast && !words.isEmpty() && !lastIsPrefix)
        words.last() += u'*';
    out.words = words.join(u' ');
    out.trigrams = trigrams.join(u' ');
    return out;
}

QString escapeLike(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'%', QStringLiteral("\\%"));
    value.replace(u'_', QStringLiteral("\\_"));
    return value;
}

} // namespace reel
