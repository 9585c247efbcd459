#include "rag/ExampleLibrary.h"

#include "common/Clock.h"
#include "common/FullTextSearch.h"
#include "common/InputLimits.h"
#include "model/JsonCodec.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace reel {

namespace {

constexpr auto kColumns = "id, uuid, bundled_id, source, language, sector, hook_type, emotion, goal, cta_style, "
                          "script_length, hook, body, cta, caption, hashtags, views, likes, comments, shares, saves, "
                          "content_hash, quality, created_at, updated_at, rating, origin_script";

Error sqlError(const QString& operation, const QSqlQuery& q)
{
    return Error::make(ErrorCode::Sql, {operation, q.lastError().text()});
}

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant optionalCount(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<qint64> countFrom(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// Binds the columns from `source` to `quality`, in table order (shared by insert and update).
void bindColumns(QSqlQuery& q, const Example& e)
{
    q.addBindValue(sourceKey(e.source));
    q.addBindValue(nonNull(e.language));
    q.addBindValue(nonNull(e.sector));
    q.addBindValue(nonNull(e.hookType));
    q.addBindValue(nonNull(e.emotion));
    q.addBindValue(nonNull(e.goal));
    q.addBindValue(nonNull(e.ctaStyle));
    q.addBindValue(e.scriptLength);
    q.addBindValue(nonNull(e.script.hook));
    q.addBindValue(nonNull(e.script.body));
    q.addBindValue(nonNull(e.script.cta));
    q.addBindValue(nonNull(e.script.caption));
    q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(e.script.hashtags)).toJson(QJsonDocument::Compact)));
    q.addBindValue(optionalCount(e.engagement.views));
    q.addBindValue(optionalCount(e.engagement.likes));
    q.addBindValue(optionalCount(e.engagement.comments));
    q.addBindValue(optionalCount(e.engagement.shares));
    q.addBindValue(optionalCount(e.engagement.saves));
    q.addBindValue(e.contentHash);
    q.addBindValue(e.quality);
    q.addBindValue(e.rating ? QVariant(*e.rating) : QVariant());
    q.addBindValue(e.originScript.isEmpty() ? QVariant() : QVariant(e.originScript));
}

Example fromRow(const QSqlQuery& q)
{
    Example e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.bundledId = q.value(2).toString();
    e.source = sourceFromKey(q.value(3).toString()).value_or(ExampleSource::User);
    e.language = q.value(4).toString();
    e.sector = q.value(5).toString();
    e.hookType = q.value(6).toString();
    e.emotion = q.value(7).toString();
    e.goal = q.value(8).toString();
    e.ctaStyle = q.value(9).toString();
    e.scriptLength = q.value(10).toInt();
    e.script.hook = q.value(11).toString();
    e.script.body = q.value(12).toString();
    e.script.cta = q.value(13).toString();
    e.script.caption = q.value(14).toString();
    for (const QJsonValue& tag : parseJsonOrEmpty(q.value(15).toString().toUtf8()).array())
        e.script.hashtags.append(tag.toString());
    e.engagement = {countFrom(q.value(16)), countFrom(q.value(17)), countFrom(q.value(18)), countFrom(q.value(19)),
                    countFrom(q.value(20))};
    e.contentHash = q.value(21).toString();
    e.quality = q.value(22).toDouble();
    e.createdAt = QDateTime::fromString(q.value(23).toString(), Qt::ISODateWithMs);
    e.updatedAt = QDateTime::fromString(q.value(24).toString(), Qt::ISODateWithMs);
    if (!q.value(25).isNull())
        e.rating = q.value(25).toDouble();
    e.originScript = q.value(26).toString();
    return e;
}

struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereOf(const ExampleQuery& q)
{
    Where w;
    QStringList clauses;
    const auto eq = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        clauses.append(QLatin1String(column) + QStringLiteral(" = ? COLLATE NOCASE"));
        w.binds.append(value);
    };
    eq("language", q.language);
    eq("sector", q.sector);
    eq("hook_type", q.hookType);
    eq("emotion", q.emotion);
    eq("goal", q.goal);
    if (q.source) {
        clauses.append(QStringLiteral("source = ?"));
        w.binds.append(sourceKey(*q.source));
    }
    if (!q.text.trimmed().isEmpty()) {
        const FullTextQuery fts = planFullTextQuery(q.text, false);
        if (!fts.words.isEmpty()) {
            clauses.append(QStringLiteral("id IN (SELECT rowid FROM example_fts WHERE example_fts MATCH ?)"));
            w.binds.append(fts.words);
        }
        // Japanese (and other text written without spaces): any run of characters, mid-sentence too.
        if (!fts.trigrams.isEmpty()) {
            clauses.append(QStringLiteral("id IN (SELECT rowid FROM example_fts_cjk WHERE example_fts_cjk MATCH ?)"));
            w.binds.append(fts.trigrams);
        }
        QStringList substrings = fts.substrings;
        if (fts.isEmpty())
            substrings.append(q.text.trimmed()); // no word at all: the text as it is
        for (const QString& part : std::as_const(substrings)) {
            clauses.append(QStringLiteral("(hook || ' ' || body || ' ' || cta || ' ' || caption) LIKE ? ESCAPE '\\'"));
            w.binds.append(QString(u'%' + escapeLike(part) + u'%'));
        }
    }
    if (!clauses.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return w;
}

} // namespace

ExampleLibrary::ExampleLibrary(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

double ExampleLibrary::qualityOf(const Example& e)
{
    double score = 0;
    for (const QString* section : {&e.script.hook, &e.script.body, &e.script.cta, &e.script.caption})
        score += section->trimmed().isEmpty() ? 0 : 8;
    score += e.script.hashtags.isEmpty() ? 0 : 8;
    if (e.engagement.views && *e.engagement.views > 0) {
        const double interactions = static_cast<double>(
                e.engagement.likes.value_or(0) + e.engagement.comments.value_or(0) + e.engagement.shares.value_or(0)
                + e.engagement.saves.value_or(0));
        // 10 % of viewers interacting is an excellent Reel: full marks from there.
        score += std::min(30.0, 300.0 * interactions / static_cast<double>(*e.engagement.views));
    } else {
        score += 15;
    }
    // Reviewers' average stars for an example promoted from a rated script; neutral otherwise.
    score += e.rating ? 30.0 * (std::clamp(*e.rating, 1.0, 5.0) - 1.0) / 4.0 : 15.0;
    return score;
}

QList<Example> ExampleLibrary::bundledExamples()
{
    QList<Example> all;
    const QDir dir(QStringLiteral(":/reelstudio/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("bundled example file %s cannot be read", qPrintable(name));
        auto decoded = codec::decodeExampleFile(f.readAll());
        if (!decoded.ok())
            qFatal("bundled example file %s is invalid: %s", qPrintable(name),
                   qPrintable(decoded.errors.first().toEnglish()));
        for (Example& e : decoded.value) {
            e.source = ExampleSource::Bundled;
            all.append(std::move(e));
        }
    }
    return all;
}

Result<int> ExampleLibrary::seedBundled()
{
    QSqlDatabase db = m_db.connection();
    // The version is read under the write lock: two processes opening a new workspace at once
    // seed it once.
    WriteTransaction t(db, QStringLiteral("seeding the library"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'bundled_examples_version'")))
        return sqlError(QStringLiteral("reading the library version"), q);
    const int seeded = q.next() ? q.value(0).toInt() : 0;
    if (seeded >= kBundledVersion)
        return 0;
    int added = 0;
    for (Example e : bundledExamples()) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM example WHERE bundled_id = ?"));
        exists.addBindValue(e.bundledId);
        if (exists.exec() && exists.next())
            continue;
        auto r = insert(std::move(e), false);
        if (!r && r.error().code != ErrorCode::DuplicateExample)
            return r.error();
        added += r ? 1 : 0;
    }
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('bundled_examples_version', ?)"));
    mark.addBindValue(QString::number(kBundledVersion));
    if (!mark.exec())
        return sqlError(QStringLiteral("seeding the library"), mark);
    if (auto e = t.commit())
        return *e;
    return added;
}

Result<QList<Example>> ExampleLibrary::find(const ExampleQuery& query) const
{
    const Where w = whereOf(query);
    QString order;
    switch (query.sort) {
    case ExampleQuery::Sort::Updated:
        order = QStringLiteral("updated_at");
        break;
    case ExampleQuery::Sort::Quality:
        order = QStringLiteral("quality");
        break;
    case ExampleQuery::Sort::Sector:
        order = QStringLiteral("sector COLLATE NOCASE");
        break;
    case ExampleQuery::Sort::HookType:
        order = QStringLiteral("hook_type COLLATE NOCASE");
        break;
    case ExampleQuery::Sort::Language:
        order = QStringLiteral("language");
        break;
    }
    QString sql = QStringLiteral("SELECT %1 FROM example").arg(QLatin1String(kColumns)) + w.sql
                  + QStringLiteral(" ORDER BY ") + order
                  + (query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC")) + QStringLiteral(", id");
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(std::max(0, query.offset));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : w.binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QStringLiteral("searching the example library"), q);
    QList<Example> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<int> ExampleLibrary::count(const ExampleQuery& query) const
{
    const Where w = whereOf(query);
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM example") + w.sql);
    for (const QVariant& b : w.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("counting examples"), q);
    return q.value(0).toInt();
}

Result<Example> ExampleLibrary::get(qint64 id) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM example WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading an example"), q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, {QStringLiteral("example"), QString::number(id)});
    return fromRow(q);
}

Result<std::optional<Example>> ExampleLibrary::findDuplicate(const Example& example) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM example WHERE content_hash = ? AND id != ? LIMIT 1")
                      .arg(QLatin1String(kColumns)));
    q.addBindValue(contentHashOf(example));
    q.addBindValue(example.id);
    if (!q.exec())
        return sqlError(QStringLiteral("looking for duplicates"), q);
    if (!q.next())
        return std::optional<Example>();
    return std::optional<Example>(fromRow(q));
}

Result<Example> ExampleLibrary::insert(Example e, bool emitSignal)
{
    if (const FieldErrors errors = checkExample(e); !errors.isEmpty())
        return Error::invalid(errors);
    e.contentHash = contentHashOf(e);
    // The duplicate check and the insert under one lock: two writers cannot both add the same text.
    WriteTransaction t(m_db.connection(), QStringLiteral("saving an example"));
    if (auto error = t.startError())
        return *error;
    auto duplicate = findDuplicate(e);
    if (!duplicate)
        return duplicate.error();
    if (duplicate.value())
        return Error::make(ErrorCode::DuplicateExample, {QString::number(duplicate.value()->id)});
    e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.quality = qualityOf(e);
    e.createdAt = e.updatedAt = Clock::nowUtc();

    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO example (uuid, bundled_id, source, language, sector, hook_type, emotion, goal, "
            "cta_style, script_length, hook, body, cta, caption, hashtags, views, likes, comments, "
            "shares, saves, content_hash, quality, rating, origin_script, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.uuid);
    q.addBindValue(e.bundledId.isEmpty() ? QVariant() : QVariant(e.bundledId));
    bindColumns(q, e);
    q.addBindValue(timestamp(e.createdAt));
    q.addBindValue(timestamp(e.updatedAt));
    if (!q.exec())
        return sqlError(QStringLiteral("saving an example"), q);
    e.id = q.lastInsertId().toLongLong();
    if (auto error = t.commit())
        return *error;
    if (emitSignal)
        emit exampleAdded(e.id);
    return e;
}

Result<Example> ExampleLibrary::add(Example example)
{
    example.id = 0;
    return insert(std::move(example), true);
}

Result<ExampleLibrary::Batch> ExampleLibrary::addAll(QList<Example> examples)
{
    Batch batch;
    WriteTransaction t(m_db.connection(), QStringLiteral("adding examples"));
    if (auto e = t.startError())
        return *e;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        Example& e = examples[i];
        e.id = 0;
        auto added = insert(std::move(e), false);
        if (added) {
            batch.added.append(std::move(added).value());
        } else if (added.error().code == ErrorCode::InvalidInput || added.error().code == ErrorCode::DuplicateExample) {
            batch.refused.append({i, added.error()});
        } else {
            return added.error(); // the database failed: nothing is stored
        }
    }
    if (!batch.refused.isEmpty()) {
        batch.added.clear();
        return batch; // the transaction rolls back: nothing is stored
    }
    if (auto e = t.commit())
        return *e;
    for (const Example& e : std::as_const(batch.added))
        emit exampleAdded(e.id);
    return batch;
}

Result<int> ExampleLibrary::removeAll(const QList<qint64>& ids)
{
    WriteTransaction t(m_db.connection(), QStringLiteral("deleting examples"));
    if (auto e = t.startError())
        return *e;
    QList<qint64> removed;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM example WHERE id = ?"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(QStringLiteral("deleting examples"), q);
        if (q.numRowsAffected() > 0)
            removed.append(id);
    }
    if (auto e = t.commit())
        return *e;
    for (const qint64 id : std::as_const(removed))
        emit exampleRemoved(id);
    return int(removed.size());
}

Result<Example> ExampleLibrary::update(qint64 id, Example e)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (const FieldErrors errors = checkExample(e); !errors.isEmpty())
        return Error::invalid(errors);
    e.id = id;
    e.uuid = existing->uuid;
    e.bundledId = existing->bundledId;
    e.createdAt = existing->createdAt;
    if (e.originScript.isEmpty()) {
        // An edit in the Examples page keeps the link to the script it was promoted from.
        e.originScript = existing->originScript;
        if (!e.rating)
            e.rating = existing->rating;
    }
    e.updatedAt = Clock::nowUtc();
    e.contentHash = contentHashOf(e);
    WriteTransaction t(m_db.connection(), QStringLiteral("saving an example"));
    if (auto error = t.startError())
        return *error;
    auto duplicate = findDuplicate(e);
    if (!duplicate)
        return duplicate.error();
    if (duplicate.value())
        return Error::make(ErrorCode::DuplicateExample, {QString::number(duplicate.value()->id)});
    e.quality = qualityOf(e);
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "UPDATE example SET source = ?, language = ?, sector = ?, hook_type = ?, emotion = ?, goal = ?, "
            "cta_style = ?, script_length = ?, hook = ?, body = ?, cta = ?, caption = ?, hashtags = ?, "
            "views = ?, likes = ?, comments = ?, shares = ?, saves = ?, content_hash = ?, quality = ?, "
            "rating = ?, origin_script = ?, updated_at = ? WHERE id = ?"));
    bindColumns(q, e);
    q.addBindValue(timestamp(e.updatedAt));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("saving an example"), q);
    if (auto error = t.commit())
        return *error;
    emit exampleChanged(id);
    return e;
}

Result<std::optional<Example>> ExampleLibrary::findPromoted(const QString& originUuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM example WHERE origin_script = ? ORDER BY id LIMIT 1")
                      .arg(QLatin1String(kColumns)));
    q.addBindValue(originUuid);
    if (!q.exec())
        return sqlError(QStringLiteral("reading an example"), q);
    if (!q.next())
        return std::optional<Example>();
    return std::optional<Example>(fromRow(q));
}

Result<void> ExampleLibrary::remove(qint64 id)
{
    QSqlDatabase db = m_db.connection();
    WriteTransaction t(db, QStringLiteral("deleting an example"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM example WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("deleting an example"), q);
    if (q.numRowsAffected() == 0)
        return Error::make(ErrorCode::NotFound, {QStringLiteral("example"), QString::number(id)});
    if (auto e = t.commit())
        return *e;
    emit exampleRemoved(id);
    return {};
}

} // namespace reel
