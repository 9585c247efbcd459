#include "store/Analytics.h"

#include "common/Csv.h"
#include "store/Database.h"
#include "store/ScriptStoreSql.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace reel {

using scriptsql::sqlError;

namespace {

struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereOf(const AnalyticsFilter& filter, const QString& alias)
{
    Where w;
    QStringList clauses;
    if (filter.from) {
        clauses.append(alias + QStringLiteral(".created_at >= ?"));
        w.binds.append(scriptsql::dayStart(*filter.from));
    }
    if (filter.to) {
        clauses.append(alias + QStringLiteral(".created_at < ?"));
        w.binds.append(scriptsql::dayStart(filter.to->addDays(1)));
    }
    if (!filter.brand.isEmpty()) {
        clauses.append(alias + QStringLiteral(".brand = ?"));
        w.binds.append(filter.brand);
    }
    if (!clauses.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return w;
}

Result<QSqlQuery> run(const Database& database, const QString& sql, const Where& where)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QString(sql).replace(QLatin1String("{where}"), where.sql));
    for (int i = 0; i < where.binds.size(); ++i)
        q.bindValue(i, where.binds.at(i));
    if (!q.exec())
        return sqlError(QStringLiteral("computing analytics"), q);
    return q;
}

Result<QList<CountFigure>> counts(const Database& database, const QString& column, const Where& where, int limit)
{
    auto q =
            run(database,
                QStringLiteral("SELECT %1, COUNT(*) AS n FROM script s{where} GROUP BY %1 ORDER BY n DESC, %1 LIMIT %2")
                        .arg(column)
                        .arg(limit),
                where);
    if (!q)
        return q.error();
    QList<CountFigure> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toLongLong()});
    return out;
}

Result<QList<CostFigures>> costs(const Database& database, const QString& key, const QString& order, const Where& where)
{
    auto q = run(database,
                 QStringLiteral("SELECT %1 AS k, COUNT(*), SUM(prompt_tokens), SUM(completion_tokens), SUM(cost_usd)"
                                " FROM script s{where} GROUP BY k ORDER BY %2")
                         .arg(key, order),
                 where);
    if (!q)
        return q.error();
    QList<CostFigures> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                    q->value(3).toLongLong(), q->value(4).toDouble()});
    return out;
}

} // namespace

Result<AnalyticsReport> Analytics::compute(const Database& database, const AnalyticsFilter& filter)
{
    AnalyticsReport r;
    const Where where = whereOf(filter, QStringLiteral("s"));

    auto totals = run(database,
                      QStringLiteral("SELECT COUNT(*), TOTAL(provider = 'offline'), TOTAL(latency_ms),"
                                     " TOTAL(CASE WHEN provider <> 'offline' THEN latency_ms END),"
                                     " TOTAL(first_attempt_errors > 0), TOTAL(errors > 0), TOTAL(prompt_tokens),"
                                     " TOTAL(completion_tokens), TOTAL(cost_usd) FROM script s{where}"),
                      where);
    if (!totals)
        return totals.error();
    if (totals->next()) {
        r.scripts = totals->value(0).toLongLong();
        r.offlineScripts = qint64(totals->value(1).toDouble());
        r.modelScripts = r.scripts - r.offlineScripts;
        r.avgLatencyMs = r.scripts ? totals->value(2).toDouble() / double(r.scripts) : 0;
        r.avgModelLatencyMs = r.modelScripts ? totals->value(3).toDouble() / double(r.modelScripts) : 0;
        r.firstAttemptFailures = qint64(totals->value(4).toDouble());
        r.failuresAfterRepair = qint64(totals->value(5).toDouble());
        r.promptTokens = qint64(totals->value(6).toDouble());
        r.completionTokens = qint64(totals->value(7).toDouble());
        r.costUsd = totals->value(8).toDouble();
    }
    if (r.scripts == 0)
        return r;

    // Weeks start on Monday: six days back, then forward to the next Monday.
    auto weeks = run(database,
                     QStringLiteral("SELECT date(created_at, '-6 days', 'weekday 1') AS w, COUNT(*),"
                                    " TOTAL(provider <> 'offline'), AVG(latency_ms) FROM script s{where}"
                                    " GROUP BY w ORDER BY w"),
                     where);
    if (!weeks)
        return weeks.error();
    while (weeks->next()) {
        const QDate start = QDate::fromString(weeks->value(0).toString(), Qt::ISODate);
        // Weeks without scripts are shown as zero, so the chart's time axis is even.
        while (!r.weeks.isEmpty() && r.weeks.constLast().weekStart.addDays(7) < start)
            r.weeks.append({r.weeks.constLast().weekStart.addDays(7), 0, 0, 0});
        r.weeks.append(
                {start, weeks->value(1).toLongLong(), qint64(weeks->value(2).toDouble()), weeks->value(3).toDouble()});
    }

    for (auto [column, target, limit] : {std::tuple{QStringLiteral("sector"), &r.sectors, 10},
                                         std::tuple{QStringLiteral("hook_type"), &r.hookTypes, 10},
                                         std::tuple{QStringLiteral("provider"), &r.providers, 50}}) {
        auto list = counts(database, column, where, limit);
        if (!list)
            return list.error();
        *target = std::move(*list);
    }

    auto stars =
            run(database,
                QStringLiteral(
                        "SELECT TOTAL(r.stars = 1), TOTAL(r.stars = 2), TOTAL(r.stars = 3),"
                        " TOTAL(r.stars = 4), TOTAL(r.stars = 5), TOTAL(r.thumb = 1), TOTAL(r.thumb = -1),"
                        " COUNT(DISTINCT r.script_id) FROM script_rating r JOIN script s ON s.id = r.script_id{where}"),
                where);
    if (!stars)
        return stars.error();
    if (stars->next()) {
        for (int i = 0; i < 5; ++i)
            r.stars[std::size_t(i)] = qint64(stars->value(i).toDouble());
        r.thumbsUp = qint64(stars->value(5).toDouble());
        r.thumbsDown = qint64(stars->value(6).toDouble());
        r.ratedScripts = stars->value(7).toLongLong();
    }

    auto months = costs(database, QStringLiteral("substr(created_at, 1, 7)"), QStringLiteral("k"), where);
    if (!months)
        return months.error();
    r.months = std::move(*months);
    auto brands = costs(database, QStringLiteral("brand"), QStringLiteral("SUM(cost_usd) DESC, COUNT(*) DESC, k"),
                        where);
    if (!brands)
        return brands.error();
    r.brands = std::move(*brands);
    return r;
}

QByteArray Analytics::toCsv(const AnalyticsReport& r)
{
    const QLocale c = QLocale::c();
    const auto num = [&](double v) {
        return c.toString(v, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    };
    QString out = csvRecord(
            {QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("metric"), QStringLiteral("value")});
    const auto row = [&](const QString& section, const QString& key, const QString& metric, const QString& value) {
        out += csvRecord({section, key, metric, value});
    };
    const QString summary = QStringLiteral("summary");
    row(summary, {}, QStringLiteral("scripts"), QString::number(r.scripts));
    row(summary, {}, QStringLiteral("model_scripts"), QString::number(r.modelScripts));
    row(summary, {}, QStringLiteral("offline_scripts"), QString::number(r.offlineScripts));
    row(summary, {}, QStringLiteral("avg_generation_ms"), num(r.avgLatencyMs));
    row(summary, {}, QStringLiteral("avg_model_generation_ms"), num(r.avgModelLatencyMs));
    row(summary, {}, QStringLiteral("first_attempt_failure_rate"), num(r.firstAttemptFailureRate()));
    row(summary, {}, QStringLiteral("failure_rate_after_repair"), num(r.failureRateAfterRepair()));
    row(summary, {}, QStringLiteral("prompt_tokens"), QString::number(r.promptTokens));
    row(summary, {}, QStringLiteral("completion_tokens"), QString::number(r.completionTokens));
    row(summary, {}, QStringLiteral("cost_usd"), num(r.costUsd));
    row(summary, {}, QStringLiteral("rated_scripts"), QString::number(r.ratedScripts));
    for (const WeekFigures& w : r.weeks) {
        const QString key = w.weekStart.toString(Qt::ISODate);
        row(QStringLiteral("week"), key, QStringLiteral("scripts"), QString::number(w.scripts));
        row(QStringLiteral("week"), key, QStringLiteral("model_scripts"), QString::number(w.modelScripts));
        row(QStringLiteral("week"), key, QStringLiteral("avg_generation_ms"), num(w.avgLatencyMs));
    }
    for (const auto& [section, list] :
         {std::pair{QStringLiteral("sector"), &r.sectors}, std::pair{QStringLiteral("hook_type"), &r.hookTypes},
          std::pair{QStringLiteral("provider"), &r.providers}}) {
        for (const CountFigure& f : *list)
            row(section, f.key, QStringLiteral("scripts"), QString::number(f.count));
    }
    for (int i = 0; i < 5; ++i)
        row(QStringLiteral("rating"), QString::number(i + 1), QStringLiteral("ratings"),
            QString::number(r.stars[std::size_t(i)]));
    row(QStringLiteral("rating"), QStringLiteral("thumb_up"), QStringLiteral("ratings"), QString::number(r.thumbsUp));
    row(QStringLiteral("rating"), QStringLiteral("thumb_down"), QStringLiteral("ratings"),
        QString::number(r.thumbsDown));
    for (const auto& [section, list] :
         {std::pair{QStringLiteral("month"), &r.months}, std::pair{QStringLiteral("brand"), &r.brands}}) {
        for (const CostFigures& f : *list) {
            row(section, f.key, QStringLiteral("scripts"), QString::number(f.scripts));
            row(section, f.key, QStringLiteral("prompt_tokens"), QString::number(f.promptTokens));
            row(section, f.key, QStringLiteral("completion_tokens"), QString::number(f.completionTokens));
            row(section, f.key, QStringLiteral("cost_usd"), num(f.costUsd));
        }
    }
    return out.toUtf8();
}

} // namespace reel
