#include "rag/ExampleImporter.h"

#include "common/Csv.h"
#include "common/InputLimits.h"
#include "model/JsonCodec.h"
#include "rag/ExampleLibrary.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>

namespace reel {

namespace {

const QStringList kFields = {QStringLiteral("language"),      QStringLiteral("sector"),  QStringLiteral("hook_type"),
                             QStringLiteral("emotion"),       QStringLiteral("goal"),    QStringLiteral("cta_style"),
                             QStringLiteral("script_length"), QStringLiteral("hook"),    QStringLiteral("body"),
                             QStringLiteral("cta"),           QStringLiteral("caption"), QStringLiteral("hashtags"),
                             QStringLiteral("views"),         QStringLiteral("likes"),   QStringLiteral("comments"),
                             QStringLiteral("shares"),        QStringLiteral("saves")};

QString normaliseColumn(const QString& column)
{
    QString c = column.trimmed().toLower();
    c.replace(u' ', u'_');
    c.replace(u'-', u'_');
    return c;
}

// Fills an example from field → text values; errors name the field.
ExampleImporter::Row rowFrom(int number, const QHash<QString, QString>& values)
{
    ExampleImporter::Row row;
    row.number = number;
    Example& e = row.example;
    e.source = ExampleSource::Import;
    e.language = values.value(QStringLiteral("language"), QStringLiteral("en")).trimmed();
    if (e.language.isEmpty())
        e.language = QStringLiteral("en");
    e.sector = values.value(QStringLiteral("sector")).trimmed();
    e.hookType = values.value(QStringLiteral("hook_type")).trimmed();
    e.emotion = values.value(QStringLiteral("emotion")).trimmed();
    e.goal = values.value(QStringLiteral("goal")).trimmed();
    e.ctaStyle = values.value(QStringLiteral("cta_style")).trimmed();
    e.script.hook = values.value(QStringLiteral("hook")).trimmed();
    e.script.body = values.value(QStringLiteral("body")).trimmed();
    e.script.cta = values.value(QStringLiteral("cta")).trimmed();
    e.script.caption = values.value(QStringLiteral("caption")).trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    e.script.hashtags = values.value(QStringLiteral("hashtags")).split(separators, Qt::SkipEmptyParts);
    const QString length = values.value(QStringLiteral("script_length")).trimmed();
    if (!length.isEmpty()) {
        bool ok = false;
        e.scriptLength = length.toInt(&ok);
        if (!ok)
            row.errors.append({QStringLiteral("script_length"),
                               FieldErrorKind::WrongType,
                               {QStringLiteral("integer"), QStringLiteral("string")}});
    }
    const auto count = [&](const char* field, std::optional<qint64>& target) {
        const QString v = values.value(QLatin1String(field)).trimmed().remove(u',');
        if (v.isEmpty())
            return;
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (ok)
            target = n;
        else
            row.errors.append({QLatin1String(field),
                               FieldErrorKind::WrongType,
                               {QStringLiteral("integer"), QStringLiteral("string")}});
    };
    count("views", e.engagement.views);
    count("likes", e.engagement.likes);
    count("comments", e.engagement.comments);
    count("shares", e.engagement.shares);
    count("saves", e.engagement.saves);
    for (const FieldError& f : checkExample(e)) {
        if (!std::any_of(row.errors.cbegin(), row.errors.cend(), [&](const FieldError& x) { return x.path == f.path; }))
            row.errors.append(f);
    }
    return row;
}

} // namespace

int ExampleImporter::Plan::valid() const
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [](const Row& r) { return r.ok(); }));
}

int ExampleImporter::Plan::invalid() const
{
    return static_cast<int>(rows.size()) - valid();
}

QStringList ExampleImporter::fields()
{
    return kFields;
}

ExampleImporter::Format ExampleImporter::guessFormat(const QString& fileName, const QByteArray& bytes)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".csv") || lower.endsWith(u".tsv"))
        return Format::Csv;
    if (lower.endsWith(u".jsonl") || lower.endsWith(u".ndjson"))
        return Format::Jsonl;
    if (lower.endsWith(u".json"))
        return Format::Json;
    const QByteArray start = bytes.trimmed().left(1);
    if (start == "[" || start == "{")
        return bytes.trimmed().contains("\n{") ? Format::Jsonl : Format::Json;
    return Format::Csv;
}

Result<ExampleImporter::Plan> ExampleImporter::parse(const QByteArray& bytes, Format format,
                                                     const QHash<QString, QString>& mapping)
{
    if (bytes.size() > limits::kImportBytes)
        return Error::invalid(
                {FieldError{QString(),
                            FieldErrorKind::TooLarge,
                            {limits::describeBytes(limits::kImportBytes), limits::describeBytes(bytes.size())}}});
    Plan plan;
    plan.format = format;
    const auto fieldOf = [&](const QString& column) -> QString {
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            if (normaliseColumn(it.key()) == normaliseColumn(column))
                return it.value();
        }
        const QString n = normaliseColumn(column);
        return kFields.contains(n) ? n : QString();
    };
    if (format == Format::Csv) {
        const QList<QStringList> records = parseCsv(bytes);
        if (records.isEmpty())
            return Error::invalid({FieldError{QString(), FieldErrorKind::Empty, {}}});
        plan.columns = records.first();
        for (qsizetype r = 1; r < records.size(); ++r) {
            QHash<QString, QString> values;
            const QStringList& record = records.at(r);
            for (qsizetype c = 0; c < plan.columns.size() && c < record.size(); ++c) {
                const QString field = fieldOf(plan.columns.at(c));
                if (!field.isEmpty())
                    values.insert(field, record.at(c));
            }
            plan.rows.append(rowFrom(static_cast<int>(r), values));
        }
        return plan;
    }

    QList<QPair<int, QJsonValue>> items;
    if (format == Format::Jsonl) {
        int line = 0;
        for (const QByteArray& raw : bytes.split('\n')) {
            ++line;
            if (raw.trimmed().isEmpty())
                continue;
            if (const auto deep = findExcessNesting(raw)) {
                Row bad;
                bad.number = line;
                bad.errors.append({QString(),
                                   FieldErrorKind::TooDeep,
                                   {QString::number(line), QString::number(positionOf(raw, *deep).column),
                                    QString::number(limits::kMaxJsonDepth)}});
                plan.rows.append(bad);
                continue;
            }
            JsonProblem problem;
            const auto parsed = parseJsonBounded(raw, limits::kImportBytes, &problem);
            if (!parsed || !parsed->isObject()) {
                Row bad;
                bad.number = line;
                bad.errors.append({QString(),
                                   FieldErrorKind::Syntax,
                                   {QString::number(line), QString::number(positionOf(raw, problem.offset).column),
                                    parsed ? QStringLiteral("not an object") : problem.why}});
                plan.rows.append(bad);
                continue;
            }
            const QJsonDocument& doc = *parsed;
            items.append({line, doc.object()});
        }
    } else {
        // Reel Studio's own example file, or a plain list of objects. The codec checks the size
        // and the nesting before anything is parsed, and names the line and column.
        if (bytes.size() > limits::kImportBytes || findExcessNesting(bytes))
            return Error::invalid(codec::decodeExampleFile(bytes).errors);
        if (bytes.contains("\"reelstudio.examples\"")) {
            const auto decoded = codec::decodeExampleFile(bytes);
            if (decoded.value.isEmpty() && !decoded.ok())
                return Error::invalid(decoded.errors);
        }
        const auto parsed = parseJsonBounded(bytes, limits::kImportBytes);
        if (!parsed) {
            // Let the codec name the line and column.
            const auto decoded = codec::decodeExampleFile(bytes);
            return Error::invalid(decoded.errors);
        }
        const QJsonDocument& doc = *parsed;
        const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(u"examples").toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            items.append({static_cast<int>(i + 1), list.at(i)});
    }
    for (const auto& [number, value] : std::as_const(items)) {
        if (!value.isObject()) {
            Row bad;
            bad.number = number;
            bad.errors.append(
                    {QString(), FieldErrorKind::WrongType, {QStringLiteral("object"), QStringLiteral("string")}});
            plan.rows.append(bad);
            continue;
        }
        QJsonObject o = value.toObject();
        // Reel Studio's own example files nest the figures: {"engagement": {"views": …}}.
        const QJsonObject engagement = o.take(QStringLiteral("engagement")).toObject();
        for (auto it = engagement.begin(); it != engagement.end(); ++it) {
            if (!o.contains(it.key()))
                o.insert(it.key(), it.value());
        }
        QHash<QString, QString> values;
        FieldErrors typeErrors;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString field = fieldOf(it.key());
            if (field.isEmpty())
                continue;
            if (it->isArray()) {
                QStringList parts;
                for (const QJsonValue& v : it->toArray())
                    parts.append(v.toString());
                values.insert(field, parts.join(u' '));
            } else if (it->isDouble()) {
                values.insert(field, QString::number(it->toDouble(), 'f', 0));
            } else if (it->isString()) {
                values.insert(field, it->toString());
            } else if (!it->isNull()) {
                typeErrors.append(
                        {field, FieldErrorKind::WrongType, {QStringLiteral("string"), QStringLiteral("object")}});
            }
        }
        Row row = rowFrom(number, values);
        row.errors = typeErrors + row.errors;
        plan.rows.append(row);
    }
    std::stable_sort(plan.rows.begin(), plan.rows.end(),
                     [](const Row& a, const Row& b) { return a.number < b.number; });
    return plan;
}

void ExampleImporter::checkDuplicates(const ExampleLibrary& library, Plan& plan)
{
    QHash<QString, int> seen;
    for (Row& row : plan.rows) {
        if (!row.ok())
            continue;
        const QString hash = contentHashOf(row.example);
        if (seen.contains(hash)) {
            row.errors.append(
                    {QStringLiteral("hook"),
                     FieldErrorKind::NotOneOf,
                     {QStringLiteral("a repeat of row %1").arg(seen.value(hash)), QStringLiteral("a new script")}});
            continue;
        }
        seen.insert(hash, row.number);
        const auto existing = library.findDuplicate(row.example);
        if (existing && existing.value())
            row.errors.append({QStringLiteral("hook"),
                               FieldErrorKind::NotOneOf,
                               {QStringLiteral("already in the library as example %1").arg(existing.value()->id),
                                QStringLiteral("a new script")}});
    }
}

Result<ExampleImporter::Outcome> ExampleImporter::apply(ExampleLibrary& library, const Plan& plan, bool validRowsOnly)
{
    Outcome outcome;
    if (!validRowsOnly && plan.invalid() > 0)
        return outcome; // "import nothing"
    QList<Example> rows;
    for (const Row& row : plan.rows) {
        if (row.ok())
            rows.append(row.example);
        else
            ++outcome.skipped;
    }
    // One transaction: every valid row or nothing.
    auto batch = library.addAll(rows);
    if (!batch)
        return batch.error();
    if (!batch->refused.isEmpty())
        return batch->refused.first().second; // another writer added the same text meanwhile
    outcome.added = int(batch->added.size());
    return outcome;
}

} // namespace reel
