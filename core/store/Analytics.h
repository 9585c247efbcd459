#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace reel {

class Database;

/// Which scripts the Analytics page counts.
struct AnalyticsFilter
{
    std::optional<QDate> from; ///< created on or after, local date
    std::optional<QDate> to;   ///< created on or before, local date
    QString brand;             ///< empty: every brand
};

/// Scripts and model use per week (weeks start on Monday, UTC).
struct WeekFigures
{
    QDate weekStart;
    qint64 scripts = 0;
    qint64 modelScripts = 0; ///< written by a model (not the offline composer)
    double avgLatencyMs = 0; ///< average generation time of all the week's scripts
};

struct CountFigure
{
    QString key;
    qint64 count = 0;
};

/// Tokens and cost of a month ("2026-11") or a brand.
struct CostFigures
{
    QString key;
    qint64 scripts = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0;
};

/// The Analytics page's figures.
struct AnalyticsReport
{
    qint64 scripts = 0;
    qint64 offlineScripts = 0; ///< provider "offline"
    qint64 modelScripts = 0;
    double avgLatencyMs = 0;         ///< all scripts
    double avgModelLatencyMs = 0;    ///< model scripts only
    qint64 firstAttemptFailures = 0; ///< scripts whose first attempt had validation errors
    qint64 failuresAfterRepair = 0;  ///< scripts still with errors after the repair loop
    double firstAttemptFailureRate() const { return scripts ? double(firstAttemptFailures) / scripts : 0; }
    double failureRateAfterRepair() const { return scripts ? double(failuresAfterRepair) / scripts : 0; }
    QList<WeekFigures> weeks;      ///< oldest first; weeks without scripts are included
    QList<CountFigure> sectors;    ///< most used first (top 10)
    QList<CountFigure> hookTypes;  ///< most used first (top 10)
    QList<CountFigure> providers;  ///< most used first
    std::array<qint64, 5> stars{}; ///< ratings with 1…5 stars
    qint64 thumbsUp = 0;
    qint64 thumbsDown = 0;
    qint64 ratedScripts = 0;
    QList<CostFigures> months; ///< oldest first
    QList<CostFigures> brands; ///< costliest first
    double costUsd = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
};

namespace Analytics {
/// Computes the figures with a handful of aggregate queries (no script documents are read).
Result<AnalyticsReport> compute(const Database& database, const AnalyticsFilter& filter);
/// The figures as CSV (a `section` column, then key and values), RFC 4180 quoting.
QByteArray toCsv(const AnalyticsReport& report);
} // namespace Analytics

} // namespace reel
