#include "store/Analytics.h"

#include "common/Csv.h"
#include "store/Database.h"
#include "store/ScriptStoreSql.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

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
    auto q = run(database, QStringLiteral("SELECT %1, COUNT(*) FROM script s{where} GROUP BY %1").arg(column), where);
    if (!q)
        return q.error();
    QList<CountFigure> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toLongLong()});
    std::sort(out.begin(), out.end(), [](const CountFigure& a, const CountFigure& b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

// Adds a day's figures to the week or month they belong to (`list` is kept in key order).
void addTo(QList<CostFigures>& list, const QString& key, const CostFigures& day)
{
    if (list.isEmpty() || list.constLast().key != key)
        list.append({key, 0, 0, 0, 0});
    CostFigures& c = list.last();
    c.scripts += day.scripts;
    c.promptTokens += day.promptTokens;
    c.completionTokens += day.completionTokens;
    c.costUsd += day.costUsd;
}

} // namespace

Result<AnalyticsReport> Analytics::compute(const Database& database, const AnalyticsFilter& filter)
{
    AnalyticsReport r;
    const Where where = whereOf(filter, QStringLiteral("s"));

    // One pass by day (streamed from the day index) gives the totals, the weeks and the months.
    auto days = run(database,
                    QStringLiteral("SELECT created_day, COUNT(*), TOTAL(provider <> 'offline'), TOTAL(latency_ms),"
                                   " TOTAL(CASE WHEN provider <> 'offline' THEN latency_ms END),"
                                   " TOTAL(first_attempt_errors > 0), TOTAL(errors > 0), TOTAL(prompt_tokens),"
                                   " TOTAL(completion_tokens), TOTAL(cost_usd) FROM script s{where}"
                                   " GROUP BY created_day ORDER BY created_day"),
                    where);
    if (!days)
        return days.error();
    double latency = 0;
    double modelLatency = 0;
    QList<double> weekLatency;
    while (days->next()) {
        const QDate day = QDate::fromString(days->value(0).toString(), Qt::ISODate);
        const qint64 scripts = days->value(1).toLongLong();
        const qint64 model = qint64(days->value(2).toDouble());
        const CostFigures cost{{},
                               scripts,
                               qint64(days->value(7).toDouble()),
                               qint64(days->value(8).toDouble()),
                               days->value(9).toDouble()};
        r.scripts += scripts;
        r.modelScripts += model;
        latency += days->value(3).toDouble();
        modelLatency += days->value(4).toDouble();
        r.firstAttemptFailures += qint64(days->value(5).toDouble());
        r.failuresAfterRepair += qint64(days->value(6).toDouble());
        r.promptTokens += cost.promptTokens;
        r.completionTokens += cost.completionTokens;
        r.costUsd += cost.costUsd;
        addTo(r.months, days->value(0).toString().left(7), cost);

        // Weeks start on Monday; weeks without scripts are shown as zero, so the chart's time
        // axis is even.
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        while (!r.weeks.isEmpty() && r.weeks.constLast().weekStart < monday) {
            r.weeks.append({r.weeks.constLast().weekStart.addDays(7), 0, 0, 0});
            weekLatency.append(0);
        }
        if (r.weeks.isEmpty()) {
            r.weeks.append({monday, 0, 0, 0});
            weekLatency.append(0);
        }
        WeekFigures& w = r.weeks.last();
        w.scripts += scripts;
        w.modelScripts += model;
        weekLatency.last() += days->value(3).toDouble();
    }
    // A chosen range shows its empty weeks at either end too (up to today).
    const auto mondayOf = [](const QDate& d) { return d.addDays(1 - d.dayOfWeek()); };
    if (filter.from && !r.weeks.isEmpty()) {
        while (r.weeks.constFirst().weekStart > mondayOf(*filter.from)) {
            r.weeks.prepend({r.weeks.constFirst().weekStart.addDays(-7), 0, 0, 0});
            weekLatency.prepend(0);
        }
    }
    if (filter.to && !r.weeks.isEmpty()) {
        const QDate last = mondayOf(std::min(*filter.to, QDate::currentDate()));
        while (r.weeks.constLast().weekStart < last) {
            r.weeks.append({r.weeks.constLast().weekStart.addDays(7), 0, 0, 0});
            weekLatency.append(0);
        }
    }
    for (qsizetype i = 0; i < r.weeks.size(); ++i)
        r.weeks[i].avgLatencyMs = r.weeks.at(i).scripts ? weekLatency.at(i) / double(r.weeks.at(i).scripts) : 0;
    r.offlineScripts = r.scripts - r.modelScripts;
    r.avgLatencyMs = r.scripts ? latency / double(r.scripts) : 0;
    r.avgModelLatencyMs = r.modelScripts ? modelLatency / double(r.modelScripts) : 0;
    if (r.scripts == 0)
        return r;

    for (auto [column, target, limit] : {std::tuple{QStringLiteral("sector"), &r.sectors, 10},
                                         std::tuple{QStringLiteral("hook_type"), &r.hookTypes, 10},
                                         std::tuple{QStringLiteral("provider"), &r.providers, 50}}) {
        auto list = counts(database, column, where, limit);
        if (!list)
            return list.error();
        *target = std::move(*list);
    }

    auto brands = run(database,
                      QStringLiteral("SELECT brand, COUNT(*), TOTAL(prompt_tokens), TOTAL(completion_tokens),"
                                     " TOTAL(cost_usd) FROM script s{where} GROUP BY brand"),
                      where);
    if (!brands)
        return brands.error();
    while (brands->next())
        r.brands.append({brands->value(0).toString(), brands->value(1).toLongLong(),
                         qint64(brands->value(2).toDouble()), qint64(brands->value(3).toDouble()),
                         brands->value(4).toDouble()});
    std::sort(r.brands.begin(), r.brands.end(), [](const CostFigures& a, const CostFigures& b) {
        if (a.costUsd != b.costUsd)
            return a.costUsd > b.costUsd;
        return a.scripts != b.scripts ? a.scripts > b.scripts : a.key < b.key;
    });

    // Ratings belong to existing scripts (deleted with them): unfiltered, the ratings table alone.
    const QString rated = where.sql.isEmpty()
                                  ? QStringLiteral(
                                          "SELECT stars, thumb, COUNT(*) FROM script_rating GROUP BY stars, thumb")
                                  : QStringLiteral("SELECT stars, thumb, COUNT(*) FROM script_rating WHERE script_id IN"
                                                   " (SELECT s.id FROM script s{where}) GROUP BY stars, thumb");
    auto stars = run(database, rated, where);
    if (!stars)
        return stars.error();
    while (stars->next()) {
        const qint64 n = stars->value(2).toLongLong();
        if (!stars->value(0).isNull()) {
            const int star = stars->value(0).toInt();
            if (star >= 1 && star <= 5)
                r.stars[std::size_t(star - 1)] += n;
        }
        const int thumb = stars->value(1).toInt();
        if (thumb > 0)
            r.thumbsUp += n;
        else if (thumb < 0)
            r.thumbsDown += n;
    }
    auto ratedScripts = run(database,
                            where.sql.isEmpty()
                                    ? QStringLiteral("SELECT COUNT(DISTINCT script_id) FROM script_rating")
                                    : QStringLiteral("SELECT COUNT(DISTINCT script_id) FROM script_rating WHERE"
                                                     " script_id IN (SELECT s.id FROM script s{where})"),
                            where);
    if (!ratedScripts)
        return ratedScripts.error();
    if (ratedScripts->next())
        r.ratedScripts = ratedScripts->value(0).toLongLong();
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
