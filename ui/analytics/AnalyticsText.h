#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace reel {
struct AnalyticsReport;
} // namespace reel

namespace reel::ui {

/// How the Analytics page writes its figures: money, durations, shares, weeks and months, in
/// the user's locale; and the summary the Copy button puts on the clipboard.
class AnalyticsText
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::AnalyticsText)

public:
    /// US dollars: two decimals, up to four for sums under a dollar ("$12.40", "$0.0035").
    static QString cost(double usd);
    /// A generation time: "850 ms", "3.2 s", "2 min 5 s".
    static QString duration(double ms);
    /// A share of 0…1 as a percentage ("25%", "12.5%").
    static QString percent(double share);
    static QString count(qint64 value);
    /// The axis label of the week starting on `monday` ("Nov 16", or "Nov 16, 2026" `withYear`).
    static QString week(const QDate& monday, bool withYear = false);
    /// The axis label of a month key "2026-11" ("Nov 2026"); other keys are shown as they are.
    static QString month(const QString& key);
    /// The average of the star ratings (0 when there is none).
    static double averageStars(const reel::AnalyticsReport& report);
    /// Every summary figure, one per line, under a heading naming `scope` (period and brand).
    static QString summary(const reel::AnalyticsReport& report, const QString& scope);
};

} // namespace reel::ui
