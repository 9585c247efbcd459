#include "store/ScriptStore.h"

#include "model/JsonCodec.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace reel {

namespace {

// The script row and its current version's document, in one read.
constexpr auto kColumns =
        "s.id, s.uuid, s.title, s.profile_id, s.profile_snapshot, s.request, s.language, s.provider, s.model,"
        " s.prompt_version, s.retrieved_ids, s.prompt_tokens, s.completion_tokens, s.cost_usd, s.latency_ms,"
        " s.attempts, s.first_attempt_errors, s.errors, s.warnings, s.score, s.variant_group, s.variant_index,"
        " s.status, s.current_version, s.created_at, s.updated_at, s.validation, v.document"
        " FROM script s LEFT JOIN script_version v ON v.script_id = s.id AND v.number = s.current_version";

Error sqlError(const QString& operation, const QSqlQuery& q)
{
    return Error::make(ErrorCode::Sql, {operation, q.lastError().text()});
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray requestJson(const ScriptRequest& request)
{
    const QJsonObject file =
            QJsonDocument::fromJson(codec::encodeRequestFile({{}, request, {}}, codec::Layout::Compact)).object();
    return QJsonDocument(file.value(u"script_request").toObject()).toJson(QJsonDocument::Compact);
}

QString validationJson(const ValidationSummary& v)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("is_valid"), v.isValid},
                                      {QStringLiteral("errors"), QJsonArray::fromStringList(v.errors)},
                                      {QStringLiteral("warnings"), QJsonArray::fromStringList(v.warnings)}})
                    .toJson(QJsonDocument::Compact));
}

GenerationRecord readRecord(const QSqlQuery& q)
{
    GenerationRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.title = q.value(2).toString();
    if (!q.value(3).isNull())
        r.profileId = q.value(3).toLongLong();
    const QByteArray file = "{\"brand_profile\":" + q.value(4).toByteArray()
                            + ",\"script_request\":" + q.value(5).toByteArray() + "}";
    const auto decoded = codec::decodeRequestFile(file);
    r.profile = decoded.value.brandProfile;
    r.request = decoded.value.scriptRequest;
    r.language = q.value(6).toString();
    r.provider = q.value(7).toString();
    r.model = q.value(8).toString();
    r.promptVersion = q.value(9).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(10).toByteArray()).array())
        r.retrievedIds.append(v.toInteger());
    r.usage.prompt = q.value(11).toLongLong();
    r.usage.completion = q.value(12).toLongLong();
    r.usage.total = r.usage.prompt + r.usage.completion;
    r.costUsd = q.value(13).toDouble();
    r.latencyMs = q.value(14).toLongLong();
    r.attempts = q.value(15).toInt();
    r.firstAttemptErrors = q.value(16).toInt();
    r.errors = q.value(17).toInt();
    r.warnings = q.value(18).toInt();
    r.score = q.value(19).toInt();
    r.variantGroup = q.value(20).toString();
    r.variantIndex = q.value(21).toInt();
    r.status = q.value(22).toString();
    r.currentVersion = q.value(23).toInt();
    r.createdAt = QDateTime::fromString(q.value(24).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(q.value(25).toString(), Qt::ISODateWithMs);
    const QJsonObject validation = QJsonDocument::fromJson(q.value(26).toByteArray()).object();
    r.validation.isValid = validation.value(u"is_valid").toBool(true);
    for (const QJsonValue& e : validation.value(u"errors").toArray())
        r.validation.errors.append(e.toString());
    for (const QJsonValue& w : validation.value(u"warnings").toArray())
        r.validation.warnings.append(w.toString());
    r.script = codec::decodeScript(q.value(27).toByteArray()).value;
    return r;
}

} // namespace

ScriptStore::ScriptStore(Database& database)
    : m_db(database)
{}

QString ScriptStore::defaultAuthor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("me") : user;
}

Result<GenerationRecord> ScriptStore::add(GenerationRecord r, const QString& author)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Error::make(ErrorCode::Sql, {QStringLiteral("saving a script"), db.lastError().text()});
    if (r.uuid.isEmpty())
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (r.title.isEmpty())
        r.title = r.script.hook.left(80);
    const QString stamp = now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO script (uuid, title, profile_id, brand, profile_snapshot, request, language, sector, "
            "hook_type,"
            " emotion, goal, provider, model, prompt_version, retrieved_ids, prompt_tokens, completion_tokens,"
            " cost_usd, latency_ms, attempts, first_attempt_errors, errors, warnings, score, validation,"
            " variant_group, variant_index, status, hook, body, cta, caption, hashtags, current_version, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, 1, ?, ?)"));
    QJsonArray ids;
    for (qint64 id : std::as_const(r.retrievedIds))
        ids.append(id);
    const QList<QVariant> values{r.uuid,
                                 r.title,
                                 r.profileId ? QVariant(*r.profileId) : QVariant(),
                                 r.profile.brandName,
                                 QString::fromUtf8(codec::encodeProfile(r.profile, codec::Layout::Compact)),
                                 QString::fromUtf8(requestJson(r.request)),
                                 r.language,
                                 r.profile.sector,
                                 r.request.hookType,
                                 r.request.emotion,
                                 r.request.goal,
                                 r.provider,
                                 r.model,
                                 r.promptVersion,
                                 QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)),
                                 r.usage.prompt,
                                 r.usage.completion,
                                 r.costUsd,
                                 r.latencyMs,
                                 r.attempts,
                                 r.firstAttemptErrors,
                                 r.errors,
                                 r.warnings,
                                 r.score,
                                 validationJson(r.validation),
                                 r.variantGroup.isEmpty() ? QVariant() : QVariant(r.variantGroup),
                                 r.variantIndex,
                                 r.status,
                                 r.script.hook,
                                 r.script.body,
                                 r.script.cta,
                                 r.script.caption,
                                 r.script.hashtags.join(u' '),
                                 stamp,
                                 stamp};
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        const Error e = sqlError(QStringLiteral("saving a script"), q);
        db.rollback();
        return e;
    }
    r.id = q.lastInsertId().toLongLong();
    QSqlQuery v(db);
    v.prepare(QStringLiteral("INSERT INTO script_version (script_id, number, kind, author, document, created_at)"
                             " VALUES (?, 1, 'generated', ?, ?, ?)"));
    v.addBindValue(r.id);
    v.addBindValue(author);
    v.addBindValue(QString::fromUtf8(codec::encodeScript(r.script, codec::Layout::Compact)));
    v.addBindValue(stamp);
    if (!v.exec()) {
        const Error e = sqlError(QStringLiteral("saving a script version"), v);
        db.rollback();
        return e;
    }
    if (!db.commit())
        return Error::make(ErrorCode::Sql, {QStringLiteral("saving a script"), db.lastError().text()});
    r.currentVersion = 1;
    r.createdAt = r.updatedAt = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return r;
}

Result<GenerationRecord> ScriptStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE s.id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading a script"), q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, {QStringLiteral("script"), QString::number(id)});
    return readRecord(q);
}

Result<QList<GenerationRecord>> ScriptStore::recent(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 ORDER BY s.created_at DESC, s.id DESC LIMIT ?").arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(QStringLiteral("listing scripts"), q);
    QList<GenerationRecord> out;
    while (q.next()) {
        out.append(readRecord(q));
    }
    return out;
}

Result<qint64> ScriptStore::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM script")) || !q.next())
        return sqlError(QStringLiteral("counting scripts"), q);
    return q.value(0).toLongLong();
}

Result<int> ScriptStore::saveVersion(qint64 id, const ReelScript& script, const QString& kind, const QString& author,
                                     const QString& note)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Error::make(ErrorCode::Sql, {QStringLiteral("saving a version"), db.lastError().text()});
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM script_version WHERE script_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        const Error e = sqlError(QStringLiteral("saving a version"), q);
        db.rollback();
        return e;
    }
    const int number = q.value(0).toInt();
    const QString stamp = now();
    QSqlQuery v(db);
    v.prepare(QStringLiteral("INSERT INTO script_version (script_id, number, kind, author, document, note, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(id), QVariant(number), QVariant(kind), QVariant(author),
                                  QVariant(QString::fromUtf8(codec::encodeScript(script, codec::Layout::Compact))),
                                  QVariant(note), QVariant(stamp)})
        v.addBindValue(value);
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE script SET hook = ?, body = ?, cta = ?, caption = ?, hashtags = ?,"
                             " current_version = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& value :
         {QVariant(script.hook), QVariant(script.body), QVariant(script.cta), QVariant(script.caption),
          QVariant(script.hashtags.join(u' ')), QVariant(number), QVariant(stamp), QVariant(id)})
        u.addBindValue(value);
    if (!v.exec() || !u.exec() || u.numRowsAffected() != 1) {
        const Error e = v.lastError().isValid()
                                ? sqlError(QStringLiteral("saving a version"), v)
                                : Error::make(ErrorCode::NotFound, {QStringLiteral("script"), QString::number(id)});
        db.rollback();
        return e;
    }
    if (!db.commit())
        return Error::make(ErrorCode::Sql, {QStringLiteral("saving a version"), db.lastError().text()});
    return number;
}

Result<QList<ScriptVersion>> ScriptStore::versions(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT number, kind, author, note, document, created_at FROM script_version"
                             " WHERE script_id = ? ORDER BY number"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("listing versions"), q);
    QList<ScriptVersion> out;
    while (q.next()) {
        ScriptVersion v;
        v.number = q.value(0).toInt();
        v.kind = q.value(1).toString();
        v.author = q.value(2).toString();
        v.note = q.value(3).toString();
        v.script = codec::decodeScript(q.value(4).toByteArray()).value;
        v.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        out.append(v);
    }
    return out;
}

} // namespace reel
