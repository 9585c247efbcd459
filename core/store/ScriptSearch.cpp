// ScriptStore: the History list's search, count and filter values.

#include "common/FullTextSearch.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/ScriptStoreSql.h"

#include <QSqlQuery>

#include <algorithm>

namespace reel {

using scriptsql::readStamp;
using scriptsql::sqlError;

namespace {

struct Where
{
    QString sql;
    QVariantList binds;
    /// Only a text search narrows the list, and this many scripts match it.
    std::optional<qint64> textOnlyMatches;
};

// From this many matches on, the list walks the scripts in display order and keeps the matching
// ones (a common word: the first page is found early); below it, the list starts from the few
// matches.
constexpr qint64 kManyMatches = 2000;

Where whereOf(const QSqlDatabase& db, const ScriptQuery& query)
{
    Where w;
    QStringList clauses;
    const auto eq = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        clauses.append(QStringLiteral("s.%1 = ?").arg(QLatin1String(column)));
        w.binds.append(value);
    };
    eq("brand", query.brand);
    eq("status", query.status);
    eq("language", query.language);
    eq("sector", query.sector);
    eq("hook_type", query.hookType);
    eq("provider", query.provider);
    if (query.unratedOnly) {
        clauses.append(QStringLiteral("s.rating IS NULL"));
    } else if (query.minStars) {
        clauses.append(QStringLiteral("s.rating >= ?"));
        w.binds.append(*query.minStars);
    }
    if (query.from) {
        clauses.append(QStringLiteral("s.created_at >= ?"));
        w.binds.append(scriptsql::dayStart(*query.from));
    }
    if (query.to) {
        clauses.append(QStringLiteral("s.created_at < ?"));
        w.binds.append(scriptsql::dayStart(query.to->addDays(1)));
    }
    const FullTextQuery fts = planFullTextQuery(query.text, true); // type-ahead: the last word is a prefix
    if (!fts.words.isEmpty()) {
        QSqlQuery matches(db);
        matches.prepare(QStringLiteral("SELECT COUNT(*) FROM script_fts WHERE script_fts MATCH ?"));
        matches.addBindValue(fts.words);
        const qint64 n = matches.exec() && matches.next() ? matches.value(0).toLongLong() : 0;
        // The unary + keeps SQLite from driving the query from the match list.
        clauses.append(QStringLiteral("%1s.id IN (SELECT rowid FROM script_fts WHERE script_fts MATCH ?)")
                               .arg(n >= kManyMatches ? QStringLiteral("+") : QString()));
        w.binds.append(fts.words);
        if (clauses.size() == 1 && fts.trigrams.isEmpty() && fts.substrings.isEmpty())
            w.textOnlyMatches = n;
    }
    // Japanese (and other text written without spaces): any run of characters, mid-sentence too.
    if (!fts.trigrams.isEmpty()) {
        clauses.append(QStringLiteral("s.id IN (SELECT rowid FROM script_fts_cjk WHERE script_fts_cjk MATCH ?)"));
        w.binds.append(fts.trigrams);
    }
    for (const QString& part : fts.substrings) {
        clauses.append(QStringLiteral("(s.title || ' ' || s.brand || ' ' || s.hook || ' ' || s.body || ' ' || s.cta"
                                      " || ' ' || s.caption || ' ' || s.hashtags) LIKE ? ESCAPE '\\'"));
        w.binds.append(QString(u'%' + escapeLike(part) + u'%'));
    }
    if (fts.isEmpty() && !query.text.trimmed().isEmpty())
        clauses.append(QStringLiteral("0")); // only punctuation: nothing can match
    if (!clauses.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return w;
}

QString orderOf(const ScriptQuery& query)
{
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (query.sort) {
    case ScriptQuery::Sort::Created:
        return QStringLiteral(" ORDER BY s.created_at") + dir + QStringLiteral(", s.id") + dir;
    case ScriptQuery::Sort::Updated:
        key = QStringLiteral("s.updated_at");
        break;
    case ScriptQuery::Sort::Title:
        key = QStringLiteral("s.title COLLATE NOCASE");
        break;
    case ScriptQuery::Sort::Brand:
        key = QStringLiteral("s.brand COLLATE NOCASE");
        break;
    case ScriptQuery::Sort::Status:
        // In workflow order, not alphabetically.
        key = QStringLiteral("CASE s.status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'approved' THEN 2"
                             " WHEN 'published' THEN 3 ELSE 4 END");
        break;
    case ScriptQuery::Sort::Rating:
        // Unrated scripts last either way (descending, the index's order, puts NULLs last).
        return query.descending ? QStringLiteral(" ORDER BY s.rating DESC, s.created_at DESC")
                                : QStringLiteral(" ORDER BY s.rating IS NULL, s.rating ASC, s.created_at DESC");
    case ScriptQuery::Sort::Score:
        key = QStringLiteral("s.score");
        break;
    case ScriptQuery::Sort::Cost:
        key = QStringLiteral("s.cost_usd");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", s.created_at DESC, s.id DESC");
}

bool bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec();
}

} // namespace

Result<QList<ScriptSummary>> ScriptStore::search(const ScriptQuery& query) const
{
    const Where w = whereOf(m_db.connection(), query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.uuid, s.title, s.brand, s.status, s.language, s.sector, s.hook_type,"
                             " s.provider, s.model, s.score, s.errors, s.warnings, s.rating, s.rating_count,"
                             " s.cost_usd, s.latency_ms, s.current_version, s.created_at, s.updated_at FROM script s")
              + w.sql + orderOf(query) + QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset));
    if (!bindAll(q, w.binds))
        return sqlError(QStringLiteral("searching the history"), q);
    QList<ScriptSummary> out;
    while (q.next()) {
        ScriptSummary s;
        s.id = q.value(0).toLongLong();
        s.uuid = q.value(1).toString();
        s.title = q.value(2).toString();
        s.brand = q.value(3).toString();
        s.status = q.value(4).toString();
        s.language = q.value(5).toString();
        s.sector = q.value(6).toString();
        s.hookType = q.value(7).toString();
        s.provider = q.value(8).toString();
        s.model = q.value(9).toString();
        s.score = q.value(10).toInt();
        s.errors = q.value(11).toInt();
        s.warnings = q.value(12).toInt();
        if (!q.value(13).isNull())
            s.rating = q.value(13).toDouble();
        s.ratingCount = q.value(14).toInt();
        s.costUsd = q.value(15).toDouble();
        s.latencyMs = q.value(16).toLongLong();
        s.currentVersion = q.value(17).toInt();
        s.createdAt = readStamp(q.value(18));
        s.updatedAt = readStamp(q.value(19));
        out.append(s);
    }
    return out;
}

Result<qint64> ScriptStore::countMatching(const ScriptQuery& query) const
{
    const Where w = whereOf(m_db.connection(), query);
    if (w.textOnlyMatches)
        return *w.textOnlyMatches;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM script s") + w.sql);
    if (!bindAll(q, w.binds) || !q.next())
        return sqlError(QStringLiteral("counting scripts"), q);
    return q.value(0).toLongLong();
}

Result<QStringList> ScriptStore::distinctValues(const QString& column) const
{
    static const QStringList allowed{QStringLiteral("brand"), QStringLiteral("provider"), QStringLiteral("language"),
                                     QStringLiteral("sector"), QStringLiteral("hook_type")};
    if (!allowed.contains(column))
        return Error::invalid(
                {{QStringLiteral("column"), FieldErrorKind::NotOneOf, {column, allowed.join(QStringLiteral(", "))}}});
    // A loose index scan: one index seek per distinct value (each column leads an index), instead
    // of reading every script's entry.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
                        "WITH RECURSIVE v(value) AS (SELECT MIN(%1) FROM script UNION ALL"
                        " SELECT (SELECT MIN(%1) FROM script WHERE %1 > v.value) FROM v WHERE v.value IS NOT NULL)"
                        " SELECT value FROM v WHERE value IS NOT NULL")
                        .arg(column)))
        return sqlError(QStringLiteral("listing filter values"), q);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    std::sort(out.begin(), out.end(),
              [](const QString& a, const QString& b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    return out;
}

} // namespace reel
