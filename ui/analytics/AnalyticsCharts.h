#pragma once

#include "store/Analytics.h"

#include <QList>
#include <QWidget>

class QAbstractAxis;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QPieSeries;
class QTableWidget;

namespace reel::ui {

class ChartCard;

/// The Analytics charts in a grid that reflows with the width: scripts per week with the average
/// generation time, tokens and cost per month, offline composer against models, ratings, top
/// sectors and hook types, and cost per brand. Every chart is rebuilt from the report (and again
/// when the language or the palette changes).
class AnalyticsCharts : public QWidget
{
    Q_OBJECT

public:
    enum Chart
    {
        Weeks,
        Months,
        Providers,
        Ratings,
        Sectors,
        HookTypes,
        ChartCount
    };

    /// Up to this many weeks the weekly chart shows bars; longer periods show a line over dates.
    static constexpr int kMaxWeekBars = 26;

    explicit AnalyticsCharts(QWidget* parent = nullptr);

    void setReport(const reel::AnalyticsReport& report);

    QChartView* view(Chart which) const { return m_views.at(which); }
    ChartCard* card(Chart which) const { return m_cards.at(which); }
    ChartCard* brandCard() const { return m_brandCard; }
    QTableWidget* brandTable() const { return m_brandTable; }

    /// Scripts per week as bars (nullptr when the period shows them as a line).
    QBarSet* weeklyScripts() const { return m_weeklyScripts; }
    /// Scripts per week as a line over dates, for long periods (else nullptr).
    QLineSeries* weeklyScriptsLine() const { return m_weeklyScriptsLine; }
    /// Average generation time (seconds) of the weeks with scripts.
    QLineSeries* weeklyGenerationTime() const { return m_weeklyLatency; }
    QBarSet* promptTokens() const { return m_promptTokens; }
    QBarSet* completionTokens() const { return m_completionTokens; }
    QLineSeries* monthlyCost() const { return m_monthlyCost; }
    QPieSeries* providers() const { return m_providers; }
    /// Ratings with 1…5 stars at indexes 0…4 (thumbs at 5 and 6 are 0).
    QBarSet* stars() const { return m_stars; }
    /// Thumbs up and down at indexes 5 and 6 (stars at 0…4 are 0).
    QBarSet* thumbs() const { return m_thumbs; }
    QBarSet* sectors() const { return m_sectors; }
    QBarSet* hookTypes() const { return m_hookTypes; }
    /// The category labels of a bar chart, in the order of its sets' values.
    QStringList categories(Chart which) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QChart* resetChart(Chart which);
    void buildWeeks();
    void buildMonths();
    void buildProviders();
    void buildRatings();
    void buildRanking(Chart which);
    void buildBrands();
    void addTooltips(QBarSet* set, const QStringList& categories);

    reel::AnalyticsReport m_report;
    QList<QChartView*> m_views;
    QList<ChartCard*> m_cards;
    ChartCard* m_brandCard = nullptr;
    QTableWidget* m_brandTable = nullptr;

    QBarSet* m_weeklyScripts = nullptr;
    QLineSeries* m_weeklyScriptsLine = nullptr;
    QLineSeries* m_weeklyLatency = nullptr;
    QBarSet* m_promptTokens = nullptr;
    QBarSet* m_completionTokens = nullptr;
    QLineSeries* m_monthlyCost = nullptr;
    QPieSeries* m_providers = nullptr;
    QBarSet* m_stars = nullptr;
    QBarSet* m_thumbs = nullptr;
    QBarSet* m_sectors = nullptr;
    QBarSet* m_hookTypes = nullptr;
};

} // namespace reel::ui
