#include "analytics/AnalyticsText.h"

#include "store/Analytics.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace reel::ui {

QString AnalyticsText::cost(double usd)
{
    // Model calls cost fractions of a cent: two decimals would show most sums as $0.00.
    int decimals = 2;
    if (std::abs(usd) < 1) {
        qint64 scaled = qRound64(std::abs(usd) * 10000);
        decimals = 4;
        while (decimals > 2 && scaled % 10 == 0) {
            scaled /= 10;
            --decimals;
        }
    }
    return QLocale().toCurrencyString(usd, QStringLiteral("$"), decimals);
}

QString AnalyticsText::duration(double ms)
{
    const QLocale locale;
    if (ms < 1000)
        //: a generation time in milliseconds
        return tr("%1 ms").arg(locale.toString(qRound64(ms)));
    const double seconds = ms / 1000;
    if (seconds < 60)
        //: a generation time in seconds
        return tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    const qint64 whole = qRound64(seconds);
    //: a generation time in minutes and seconds
    return tr("%1 min %2 s").arg(locale.toString(whole / 60), locale.toString(whole % 60));
}

QString AnalyticsText::percent(double share)
{
    const double value = share * 100;
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    //: a percentage, e.g. "25%"
    return tr("%1%").arg(QLocale().toString(value, 'f', whole ? 0 : 1));
}

QString AnalyticsText::count(qint64 value)
{
    return QLocale().toString(value);
}

QString AnalyticsText::week(const QDate& monday, bool withYear)
{
    if (withYear)
        //: date format of a week on the chart's axis when the weeks span years (Qt date format)
        return QLocale().toString(monday, tr("MMM d, yyyy"));
    //: date format of a week on the chart's axis (Qt date format: MMM = month name, d = day)
    return QLocale().toString(monday, tr("MMM d"));
}

QString AnalyticsText::month(const QString& key)
{
    const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return key;
    //: date format of a month on the chart's axis (Qt date format: MMM = month name, yyyy = year)
    return QLocale().toString(first, tr("MMM yyyy"));
}

double AnalyticsText::averageStars(const AnalyticsReport& report)
{
    qint64 ratings = 0;
    qint64 sum = 0;
    for (int i = 0; i < int(report.stars.size()); ++i) {
        ratings += report.stars[i];
        sum += report.stars[i] * (i + 1);
    }
    return ratings ? double(sum) / double(ratings) : 0;
}

QString AnalyticsText::summary(const AnalyticsReport& report, const QString& scope)
{
    const QLocale locale;
    QStringList lines;
    //: heading of the copied summary; %1 the period and brand
    lines.append(tr("Reel Studio analytics: %1").arg(scope));
    lines.append(QString());
    lines.append(tr("Scripts: %1").arg(count(report.scripts)));
    lines.append(tr("Written by a model: %1").arg(count(report.modelScripts)));
    lines.append(tr("Written by the offline composer: %1").arg(count(report.offlineScripts)));
    lines.append(tr("Average generation time: %1").arg(duration(report.avgLatencyMs)));
    if (report.modelScripts > 0)
        lines.append(tr("Average generation time of model scripts: %1").arg(duration(report.avgModelLatencyMs)));
    lines.append(tr("Failed validation at the first attempt: %1 (%2)")
                         .arg(percent(report.firstAttemptFailureRate()), count(report.firstAttemptFailures)));
    lines.append(tr("Still failing after repair: %1 (%2)")
                         .arg(percent(report.failureRateAfterRepair()), count(report.failuresAfterRepair)));
    lines.append(tr("Tokens: %1 (prompt %2, completion %3)")
                         .arg(count(report.promptTokens + report.completionTokens), count(report.promptTokens),
                              count(report.completionTokens)));
    lines.append(tr("Cost: %1").arg(cost(report.costUsd)));
    lines.append(tr("Rated scripts: %1").arg(count(report.ratedScripts)));
    if (const double stars = averageStars(report); stars > 0)
        lines.append(tr("Average stars: %1").arg(locale.toString(stars, 'f', 1)));
    lines.append(tr("Thumbs up: %1, thumbs down: %2").arg(count(report.thumbsUp), count(report.thumbsDown)));
    if (!report.brands.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Cost per brand:"));
        for (const CostFigures& brand : report.brands) {
            const int n = int(brand.scripts);
            //: one line of the cost per brand: %1 brand, %n scripts, %2 tokens, %3 cost
            const QString line = n == 1 ? tr("%1: %n script, %2 tokens, %3", nullptr, n)
                                        : tr("%1: %n scripts, %2 tokens, %3", nullptr, n);
            lines.append(line.arg(brand.key.isEmpty() ? tr("(no brand)") : brand.key,
                                  count(brand.promptTokens + brand.completionTokens), cost(brand.costUsd)));
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace reel::ui
