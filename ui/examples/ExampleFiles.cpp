#include "examples/ExampleFiles.h"

#include "common/InputLimits.h"
#include "model/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace reel::ui::examplefiles {

namespace {

// One flat record of the importer's fields; counts only when known.
QJsonObject flatObject(const Example& e)
{
    QJsonObject o{{QStringLiteral("language"), e.language},
                  {QStringLiteral("sector"), e.sector},
                  {QStringLiteral("hook_type"), e.hookType},
                  {QStringLiteral("emotion"), e.emotion},
                  {QStringLiteral("goal"), e.goal},
                  {QStringLiteral("script_length"), e.scriptLength},
                  {QStringLiteral("hook"), e.script.hook},
                  {QStringLiteral("body"), e.script.body},
                  {QStringLiteral("cta"), e.script.cta},
                  {QStringLiteral("caption"), e.script.caption},
                  {QStringLiteral("hashtags"), QJsonArray::fromStringList(e.script.hashtags)}};
    if (!e.ctaStyle.isEmpty())
        o.insert(QStringLiteral("cta_style"), e.ctaStyle);
    const auto put = [&](const char* key, const std::optional<qint64>& v) {
        if (v)
            o.insert(QLatin1String(key), *v);
    };
    put("views", e.engagement.views);
    put("likes", e.engagement.likes);
    put("comments", e.engagement.comments);
    put("shares", e.engagement.shares);
    put("saves", e.engagement.saves);
    return o;
}

QString count(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QString();
}

QByteArray encodeCsv(const QList<Example>& examples)
{
    const QStringList fields = ExampleImporter::fields();
    QString out = QChar(0xFEFF) + fields.join(u',') + QStringLiteral("\r\n");
    for (const Example& e : examples) {
        QStringList values;
        values.reserve(fields.size());
        for (const QString& field : fields) {
            if (field == u"language")
                values.append(e.language);
            else if (field == u"sector")
                values.append(e.sector);
            else if (field == u"hook_type")
                values.append(e.hookType);
            else if (field == u"emotion")
                values.append(e.emotion);
            else if (field == u"goal")
                values.append(e.goal);
            else if (field == u"cta_style")
                values.append(e.ctaStyle);
            else if (field == u"script_length")
                values.append(QString::number(e.scriptLength));
            else if (field == u"hook")
                values.append(e.script.hook);
            else if (field == u"body")
                values.append(e.script.body);
            else if (field == u"cta")
                values.append(e.script.cta);
            else if (field == u"caption")
                values.append(e.script.caption);
            else if (field == u"hashtags")
                values.append(e.script.hashtags.join(u' '));
            else if (field == u"views")
                values.append(count(e.engagement.views));
            else if (field == u"likes")
                values.append(count(e.engagement.likes));
            else if (field == u"comments")
                values.append(count(e.engagement.comments));
            else if (field == u"shares")
                values.append(count(e.engagement.shares));
            else if (field == u"saves")
                values.append(count(e.engagement.saves));
            else
                values.append(QString());
        }
        for (QString& v : values)
            v = csvField(v);
        out += values.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray encodeJsonl(const QList<Example>& examples)
{
    QByteArray out;
    for (const Example& e : examples) {
        out += QJsonDocument(flatObject(e)).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

void addColumns(const QJsonObject& o, QStringList& columns)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        // Nested objects (the example file's engagement) are not columns one maps.
        if (!it->isObject() && !columns.contains(it.key()))
            columns.append(it.key());
    }
}

QString valueText(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts.append(item.isString()
                                 ? item.toString()
                                 : QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
        return parts.join(u' ');
    }
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QList<QStringList> rowsOf(const QList<QJsonObject>& objects, const QStringList& columns)
{
    QList<QStringList> rows;
    for (const QJsonObject& o : objects) {
        QStringList row;
        for (const QString& c : columns)
            row.append(valueText(o.value(c)));
        rows.append(row);
    }
    return rows;
}

} // namespace

QByteArray encode(const QList<Example>& examples, Format format)
{
    switch (format) {
    case Format::Json:
        return codec::encodeExampleFile(examples);
    case Format::Jsonl:
        return encodeJsonl(examples);
    case Format::Csv:
        return encodeCsv(examples);
    }
    return {};
}

std::optional<Format> formatOfName(const QString& fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".csv") || lower.endsWith(u".tsv"))
        return Format::Csv;
    if (lower.endsWith(u".jsonl") || lower.endsWith(u".ndjson"))
        return Format::Jsonl;
    if (lower.endsWith(u".json"))
        return Format::Json;
    return std::nullopt;
}

QString extensionOf(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Jsonl:
        return QStringLiteral("jsonl");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

Unreadable checkText(const QByteArray& bytes)
{
    switch (reel::checkText(bytes).problem) {
    case TextProblem::None:
        return Unreadable::No;
    case TextProblem::Empty:
        return Unreadable::Empty;
    case TextProblem::Binary:
    case TextProblem::InvalidUtf8:
        break;
    }
    return Unreadable::NotText;
}

Result<Preview> preview(const QByteArray& bytes, Format format, int maxRows)
{
    Preview p;
    if (format == Format::Csv) {
        const QList<QStringList> records = parseCsv(bytes);
        if (records.isEmpty())
            return Error::invalid({FieldError{QString(), FieldErrorKind::Empty, {}}});
        p.columns = records.first();
        p.records = int(records.size()) - 1;
        for (qsizetype r = 1; r < records.size() && p.rows.size() < maxRows; ++r) {
            QStringList row = records.at(r);
            while (row.size() < p.columns.size())
                row.append(QString());
            p.rows.append(row.mid(0, p.columns.size()));
        }
        return p;
    }
    QList<QJsonObject> objects;
    if (format == Format::Jsonl) {
        for (const QByteArray& line : bytes.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            ++p.records;
            if (objects.size() >= maxRows)
                continue;
            const QJsonDocument doc = parseJsonOrEmpty(line, limits::kImportBytes);
            // A broken line is the report's business (it names the line); the preview skips it.
            if (doc.isObject())
                objects.append(doc.object());
        }
    } else {
        const auto parsed = parseJsonBounded(bytes, limits::kImportBytes);
        if (!parsed) {
            // The codec names the line and column.
            const auto decoded = codec::decodeExampleFile(bytes);
            return Error::invalid(decoded.errors);
        }
        const QJsonDocument& doc = *parsed;
        if (!doc.isArray() && !doc.object().value(u"examples").isArray())
            return Error::invalid({FieldError{QStringLiteral("examples"), FieldErrorKind::Missing, {}}});
        const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(u"examples").toArray();
        p.records = int(list.size());
        for (qsizetype i = 0; i < list.size() && objects.size() < maxRows; ++i)
            objects.append(list.at(i).toObject());
    }
    for (const QJsonObject& o : std::as_const(objects))
        addColumns(o, p.columns);
    p.rows = rowsOf(objects, p.columns);
    return p;
}

QString defaultField(const QString& column)
{
    QString c = column.trimmed().toLower();
    c.replace(u' ', u'_');
    c.replace(u'-', u'_');
    return ExampleImporter::fields().contains(c) ? c : QString();
}

void restoreEngagement(const QByteArray& bytes, ExampleImporter::Plan& plan)
{
    if (plan.format != Format::Json || !bytes.contains("\"reelstudio.examples\""))
        return;
    const auto decoded = codec::decodeExampleFile(bytes);
    if (!decoded.ok())
        return;
    for (ExampleImporter::Row& row : plan.rows) {
        // JSON rows are numbered by their place in the list, from 1.
        const qsizetype i = row.number - 1;
        if (i >= 0 && i < decoded.value.size() && row.example.engagement.isEmpty())
            row.example.engagement = decoded.value.at(i).engagement;
    }
}

} // namespace reel::ui::examplefiles
