#include "common/Csv.h"

#include <QRegularExpression>

namespace reel {

QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString header = text.left(text.indexOf(u'\n'));
    QChar delimiter = u',';
    if (header.count(u'\t') > header.count(delimiter))
        delimiter = u'\t';
    if (header.count(u';') > header.count(delimiter))
        delimiter = u';';

    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record.append(field);
            field.clear();
            fieldStarted = false;
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record);
            record.clear();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r')
        && !value.contains(u';') && !value.contains(u'\t') && value.trimmed() == value)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvRecord(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(csvField(f));
    return out.join(u',') + QStringLiteral("\r\n");
}

// FTS5 query from what a user types: each word quoted (so punctuation cannot break the syntax),
// a trailing * kept as a prefix search.
QString ftsMatchQuery(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}\\p{N}_#]+\\*?"));
    QStringList parts;
    for (auto it = word.globalMatch(text); it.hasNext();) {
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

} // namespace reel
