#include "store/ScriptStore.h"

#include "common/InputLimits.h"
#include "model/JsonCodec.h"
#include "store/Database.h"
#include "store/ScriptStoreSql.h"
#include "validate/RulePackStore.h"
#include "validate/Validator.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

namespace reel {

namespace {

// The script row and its current version's document, in one read.
constexpr auto kColumns =
        "s.id, s.uuid, s.title, s.profile_id, s.profile_snapshot, s.request, s.language, s.provider, s.model,"
        " s.prompt_version, s.retrieved_ids, s.prompt_tokens, s.completion_tokens, s.cost_usd, s.latency_ms,"
        " s.attempts, s.first_attempt_errors, s.errors, s.warnings, s.score, s.variant_group, s.variant_index,"
        " s.status, s.current_version, s.created_at, s.updated_at, s.validation, v.document"
        " FROM script s LEFT JOIN script_version v ON v.script_id = s.id AND v.number = s.current_version";

using scriptsql::now;
using scriptsql::readStamp;
using scriptsql::sqlError;
using scriptsql::Transaction;

QByteArray requestJson(const ScriptRequest& request)
{
    const QJsonObject file =
            parseJsonOrEmpty(codec::encodeRequestFile({{}, request, {}}, codec::Layout::Compact)).object();
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
    for (const QJsonValue& v : parseJsonOrEmpty(q.value(10).toByteArray()).array())
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
    const QJsonObject validation = parseJsonOrEmpty(q.value(26).toByteArray()).object();
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
    Transaction t(m_db.connection(), QStringLiteral("saving a script"));
    if (auto e = t.startError())
        return *e;
    const QString stamp = now();
    r.currentVersion = 1;
    auto id = insertScript(r, stamp, stamp);
    if (!id)
        return id.error();
    r.id = *id;
    if (auto v = insertVersion(r.id, {1, QStringLiteral("generated"), author, {}, r.script, {}, false}, stamp); !v)
        return v.error();
    if (auto e = t.commit())
        return *e;
    r.createdAt = r.updatedAt = readStamp(stamp);
    return r;
}

Result<qint64> ScriptStore::insertScript(GenerationRecord& r, const QString& created, const QString& updated)
{
    if (r.uuid.isEmpty())
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (r.title.isEmpty())
        r.title = r.script.hook.left(80);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO script (uuid, title, profile_id, brand, profile_snapshot, request, language, sector, "
            "hook_type,"
            " emotion, goal, provider, model, prompt_version, retrieved_ids, prompt_tokens, completion_tokens,"
            " cost_usd, latency_ms, attempts, first_attempt_errors, errors, warnings, score, validation,"
            " variant_group, variant_index, status, hook, body, cta, caption, hashtags, current_version, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, ?, ?)"));
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
                                 r.currentVersion,
                                 created,
                                 updated};
    for (const QVariant& v : values) {
        q.addBindValue(v.typeId() == QMetaType::QString ? QVariant(scriptsql::text(v.toString())) : v);
    }
    if (!q.exec())
        return sqlError(QStringLiteral("saving a script"), q);
    return q.lastInsertId().toLongLong();
}

Result<void> ScriptStore::insertVersion(qint64 id, const ScriptVersion& version, const QString& created)
{
    QSqlQuery v(m_db.connection());
    v.prepare(QStringLiteral("INSERT INTO script_version (script_id, number, kind, author, document, note, autosaved,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(id), QVariant(version.number), QVariant(version.kind), QVariant(version.author),
          QVariant(QString::fromUtf8(codec::encodeScript(version.script, codec::Layout::Compact))),
          QVariant(scriptsql::text(version.note)), QVariant(version.autosaved ? 1 : 0), QVariant(created)})
        v.addBindValue(value);
    if (!v.exec())
        return sqlError(QStringLiteral("saving a script version"), v);
    return {};
}

const RulePack& ScriptStore::rulesInForce() const
{
    // The workspace's loaded pack when it has one (kept beside the database), else the built-in.
    // Parsed once per process while the stored file is unchanged: version saves (the editor's
    // autosave among them) only look at the file's size and time.
    struct Cached
    {
        QDateTime modified;
        qint64 size = -1;
        std::shared_ptr<RulePackStore> store;
    };
    static QMutex mutex;
    static QHash<QString, Cached> cache;
    const QString folder = QFileInfo(m_db.path()).absolutePath();
    QMutexLocker lock(&mutex);
    Cached& entry = cache[folder];
    const QFileInfo stored(RulePackStore::storedPathIn(folder));
    const QDateTime modified = stored.exists() ? stored.lastModified() : QDateTime();
    const qint64 size = stored.exists() ? stored.size() : -1;
    if (!entry.store || entry.modified != modified || entry.size != size)
        entry = {modified, size, std::make_shared<RulePackStore>(folder)};
    m_rules = entry.store;
    return m_rules->current();
}

ValidationReport ScriptStore::validationOf(const GenerationRecord& record, const ReelScript& script) const
{
    ValidationContext c;
    c.profile = record.profile;
    c.request = record.request;
    c.language = record.language;
    c.pack = &rulesInForce();
    return Validator(std::move(c)).validate(script);
}

Result<void> ScriptStore::makeCurrent(qint64 id, const ReelScript& script, int number, const QString& stamp)
{
    // The list, the header, the exports and Analytics read the validation stored here: it is the
    // current version's, checked against the rules in force, never the first version's.
    const auto record = get(id);
    if (!record)
        return record.error();
    const ValidationReport report = validationOf(record.value(), script);
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE script SET hook = ?, body = ?, cta = ?, caption = ?, hashtags = ?,"
                             " current_version = ?, updated_at = ?, errors = ?, warnings = ?, score = ?,"
                             " validation = ? WHERE id = ?"));
    for (const QVariant& value :
         {QVariant(scriptsql::text(script.hook)), QVariant(scriptsql::text(script.body)),
          QVariant(scriptsql::text(script.cta)), QVariant(scriptsql::text(script.caption)),
          QVariant(scriptsql::text(script.hashtags.join(u' '))), QVariant(number), QVariant(stamp),
          QVariant(report.count(Severity::Error)), QVariant(report.count(Severity::Warning)), QVariant(report.score()),
          QVariant(validationJson(report.summary())), QVariant(id)})
        u.addBindValue(value);
    if (!u.exec())
        return sqlError(QStringLiteral("saving a version"), u);
    if (u.numRowsAffected() != 1)
        return Error::make(ErrorCode::NotFound, {QStringLiteral("script"), QString::number(id)});
    return {};
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

Result<qint64> ScriptStore::find(const QString& key) const
{
    const QString trimmed = key.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    const QUuid uuid = QUuid::fromString(trimmed);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM script WHERE id = ? OR uuid = ?"));
    q.addBindValue(isNumber ? QVariant(number) : QVariant());
    q.addBindValue(uuid.isNull() ? QVariant() : QVariant(uuid.toString(QUuid::WithoutBraces)));
    if (!q.exec())
        return sqlError(QStringLiteral("finding a script"), q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, {QStringLiteral("script"), trimmed});
    return q.value(0).toLongLong();
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
    Transaction t(m_db.connection(), QStringLiteral("saving a version"));
    if (auto e = t.startError())
        return *e;
    auto number = appendVersion(id, {0, kind, author, note, script, {}, false});
    if (!number)
        return number.error();
    if (auto e = t.commit())
        return *e;
    return *number;
}

Result<int> ScriptStore::appendVersion(qint64 id, ScriptVersion version)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM script_version WHERE script_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("saving a version"), q);
    version.number = q.value(0).toInt();
    const QString stamp = now();
    // The script first: a missing script is NotFound, not a foreign-key failure.
    if (auto made = makeCurrent(id, version.script, version.number, stamp); !made)
        return made.error();
    if (auto inserted = insertVersion(id, version, stamp); !inserted)
        return inserted.error();
    return version.number;
}

Result<ScriptStore::Current> ScriptStore::current(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.current_version, v.autosaved, v.document FROM script s"
                             " LEFT JOIN script_version v ON v.script_id = s.id AND v.number = s.current_version"
                             " WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading a script"), q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, {QStringLiteral("script"), QString::number(id)});
    return Current{q.value(0).toInt(), q.value(1).toInt() != 0, q.value(2).toByteArray()};
}

Result<int> ScriptStore::autosave(qint64 id, const ReelScript& script, const QString& author)
{
    return writeEdit(id, script, author, {}, true);
}

Result<int> ScriptStore::commitEdit(qint64 id, const ReelScript& script, const QString& author, const QString& note)
{
    return writeEdit(id, script, author, note, false);
}

Result<int> ScriptStore::writeEdit(qint64 id, const ReelScript& script, const QString& author, const QString& note,
                                   bool autosaved)
{
    Transaction t(m_db.connection(), QStringLiteral("saving an edit"));
    if (auto e = t.startError())
        return *e;
    auto cur = current(id);
    if (!cur)
        return cur.error();
    const QByteArray document = codec::encodeScript(script, codec::Layout::Compact);
    int number = cur->number;
    if (cur->autosaved) {
        // The session's version: rewrite it (and seal it when the edit is saved).
        if (document == cur->document && autosaved)
            return number;
        const QString stamp = now();
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE script_version SET document = ?, author = ?, note = ?, autosaved = ?,"
                                 " created_at = ? WHERE script_id = ? AND number = ?"));
        for (const QVariant& value :
             {QVariant(QString::fromUtf8(document)), QVariant(author), QVariant(scriptsql::text(note)),
              QVariant(autosaved ? 1 : 0), QVariant(stamp), QVariant(id), QVariant(number)})
            u.addBindValue(value);
        if (!u.exec())
            return sqlError(QStringLiteral("saving an edit"), u);
        if (auto made = makeCurrent(id, script, number, stamp); !made)
            return made.error();
    } else {
        if (document == cur->document)
            return number;
        auto appended = appendVersion(id, {0, QStringLiteral("edit"), author, note, script, {}, autosaved});
        if (!appended)
            return appended.error();
        number = *appended;
    }
    if (auto e = t.commit())
        return *e;
    return number;
}

Result<int> ScriptStore::restore(qint64 id, int number, const QString& author)
{
    auto all = versions(id);
    if (!all)
        return all.error();
    for (const ScriptVersion& v : std::as_const(*all)) {
        if (v.number == number)
            return saveVersion(id, v.script, QStringLiteral("restore"), author,
                               QStringLiteral("restored from version %1").arg(number));
    }
    return Error::make(ErrorCode::NotFound, {QStringLiteral("version"), QString::number(number)});
}

Result<QList<ScriptVersion>> ScriptStore::versions(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT number, kind, author, note, document, created_at, autosaved FROM script_version"
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
        v.createdAt = readStamp(q.value(5));
        v.autosaved = q.value(6).toInt() != 0;
        out.append(v);
    }
    return out;
}

Result<HistoryEntry> ScriptStore::entry(qint64 id) const
{
    HistoryEntry e;
    auto record = get(id);
    if (!record)
        return record.error();
    e.record = std::move(*record);
    auto v = versions(id);
    if (!v)
        return v.error();
    e.versions = std::move(*v);
    auto r = ratings(id);
    if (!r)
        return r.error();
    e.ratings = std::move(*r);
    auto s = statusHistory(id);
    if (!s)
        return s.error();
    e.statusChanges = std::move(*s);
    auto p = performance(id);
    if (!p)
        return p.error();
    e.performance = std::move(*p);
    return e;
}

Result<HistoryImportReport> ScriptStore::importEntries(const QList<HistoryEntry>& entries)
{
    Transaction t(m_db.connection(), QStringLiteral("importing scripts"));
    if (auto e = t.startError())
        return *e;
    HistoryImportReport report;
    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM script WHERE uuid = ?"));
    for (const HistoryEntry& entry : entries) {
        GenerationRecord r = entry.record;
        if (!r.uuid.isEmpty()) {
            exists.bindValue(0, r.uuid);
            if (!exists.exec())
                return sqlError(QStringLiteral("importing scripts"), exists);
            if (exists.next()) {
                report.skippedUuids.append(r.uuid);
                continue;
            }
        }
        // The current version is the newest one exported (or the record's script alone).
        QList<ScriptVersion> versions = entry.versions;
        if (versions.isEmpty())
            versions.append({1, QStringLiteral("import"), defaultAuthor(), {}, r.script, r.createdAt, false});
        std::sort(versions.begin(), versions.end(),
                  [](const ScriptVersion& a, const ScriptVersion& b) { return a.number < b.number; });
        const ScriptVersion* currentVersion = &versions.constLast();
        for (const ScriptVersion& v : std::as_const(versions)) {
            if (v.number == r.currentVersion)
                currentVersion = &v;
        }
        r.currentVersion = currentVersion->number;
        r.script = currentVersion->script;
        const QString created = scriptsql::stamp(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc());
        const QString updated = r.updatedAt.isValid() ? scriptsql::stamp(r.updatedAt) : created;
        auto id = insertScript(r, created, updated);
        if (!id)
            return id.error();
        for (const ScriptVersion& v : std::as_const(versions)) {
            const QString at = v.createdAt.isValid() ? scriptsql::stamp(v.createdAt) : created;
            if (auto inserted = insertVersion(*id, v, at); !inserted)
                return inserted.error();
        }
        if (auto reviewed = insertReview(*id, entry); !reviewed)
            return reviewed.error();
        ++report.added;
    }
    if (auto e = t.commit())
        return *e;
    return report;
}

Result<int> ScriptStore::revalidateAll(const std::function<bool(int done, int total)>& progress)
{
    QList<qint64> ids;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id FROM script ORDER BY id")))
            return sqlError(QStringLiteral("reading the scripts"), q);
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    Transaction t(m_db.connection(), QStringLiteral("checking every script again"));
    if (auto e = t.startError())
        return *e;
    int changed = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && !progress(static_cast<int>(i), static_cast<int>(ids.size())))
            return Error::make(ErrorCode::Cancelled, {QStringLiteral("checking every script again")});
        const auto record = get(ids.at(i));
        if (!record)
            return record.error();
        const GenerationRecord& r = record.value();
        const ValidationReport report = validationOf(r, r.script);
        const int errors = report.count(Severity::Error);
        const int warnings = report.count(Severity::Warning);
        const QString summary = validationJson(report.summary());
        if (errors == r.errors && warnings == r.warnings && report.score() == r.score
            && summary == validationJson(r.validation))
            continue;
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE script SET errors = ?, warnings = ?, score = ?, validation = ? WHERE id = ?"));
        for (const QVariant& value :
             {QVariant(errors), QVariant(warnings), QVariant(report.score()), QVariant(summary), QVariant(r.id)})
            u.addBindValue(value);
        if (!u.exec())
            return sqlError(QStringLiteral("saving a script's validation"), u);
        ++changed;
    }
    if (auto e = t.commit())
        return *e;
    return changed;
}

Result<int> ScriptStore::remove(const QList<qint64>& ids)
{
    Transaction t(m_db.connection(), QStringLiteral("deleting scripts"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM script WHERE id = ?"));
    int removed = 0;
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (!q.exec())
            return sqlError(QStringLiteral("deleting scripts"), q);
        removed += q.numRowsAffected();
    }
    if (auto e = t.commit())
        return *e;
    return removed;
}

} // namespace reel
