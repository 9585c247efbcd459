#include "common/Csv.h"

#include <QRegularExpression>

#include <algorithm>

namespace reel {

namespace {

// What a spreadsheet would run as a formula when a cell starts with it (OWASP's list).
bool startsFormula(QStringView value)
{
    while (value.startsWith(u'\''))
        value = value.sliced(1);
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isPlainNumber(const QString& value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(value).hasMatch();
}

} // namespace

QString neutraliseCsvCell(const QString& value)
{
    // "-12" is a number to every spreadsheet, not a formula; "'…" cells that would start a
    // formula once a quote is taken off get one more, so that unneutralise gives them back whole.
    if (isPlainNumber(value) || !startsFormula(value))
        return value;
    return u'\'' + value;
}

QString unneutraliseCsvCell(const QString& cell)
{
    if (cell.startsWith(u'\'') && startsFormula(cell.sliced(1)) && !isPlainNumber(cell.sliced(1)))
        return cell.sliced(1);
    return cell;
}

QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // The delimiter is the most frequent of comma, semicolon and tab in the first record, outside
    // quotes (a quoted header cell may hold any of them), up to its end as the parser sees it (CR
    // or LF).
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (const QChar c : std::as_const(text)) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    QChar delimiter = u',';
    if (tabs > commas)
        delimiter = u'\t';
    if (semicolons > std::max(commas, tabs))
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
            record.append(unneutraliseCsvCell(field));
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record.append(unneutraliseCsvCell(field));
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
        record.append(unneutraliseCsvCell(field));
        records.append(record);
    }
    return records;
}

QString csvField(const QString& cell)
{
    const QString value = neutraliseCsvCell(cell);
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

} // namespace reel
