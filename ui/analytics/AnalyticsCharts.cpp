#include "analytics/AnalyticsCharts.h"

#include "analytics/AnalyticsText.h"
#include "analytics/ChartCard.h"
#include "analytics/ReflowLayout.h"
#include "common/CatalogText.h"
#include "settings/ProviderText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace reel::ui {

namespace {

constexpr int kCellWidth = 400;
constexpr int kMaxColumns = 3;
constexpr int kRotateLabelsAbove = 8;
constexpr const char* kNames[] = {"weeks", "months", "providers", "ratings", "sectors", "hookTypes"};
static_assert(std::size(kNames) == AnalyticsCharts::ChartCount);

/// 1, 2 or 5 times a power of ten, at least `rough`.
double niceStep(double rough)
{
    if (rough <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= rough * 0.999)
            return m * magnitude;
    }
    return 10 * magnitude;
}

/// An axis from 0 whose ticks fall on whole numbers (counts and tokens).
QValueAxis* countAxis(double max)
{
    auto* axis = new QValueAxis;
    const double step = std::max(1.0, std::round(niceStep(std::max(1.0, max) / 4)));
    const double top = std::max(1.0, std::ceil(std::max(1.0, max) / step)) * step;
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

/// An axis from 0 with as many decimals as its step needs (seconds, dollars).
QValueAxis* decimalAxis(double max, double smallestStep, const QString& prefix)
{
    auto* axis = new QValueAxis;
    const double step = std::max(smallestStep, niceStep(max / 4));
    const double top = std::max(1.0, std::ceil(max / step - 1e-9)) * step;
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    axis->setLabelFormat(prefix + QStringLiteral("%.") + QString::number(decimals) + u'f');
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

/// Bar categories must differ: a label used twice (a typed value spelled like a built-in one)
/// gets its stored value added.
QString uniqueLabel(const QStringList& used, const QString& label, const QString& key)
{
    return used.contains(label) ? QStringLiteral("%1 (%2)").arg(label, key) : label;
}

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AnalyticsCharts::AnalyticsCharts(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("analyticsCharts"));
    auto* layout = new ReflowLayout(kCellWidth, kMaxColumns, this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (const char* name : kNames) {
        auto* view = new QChartView(new QChart, this);
        view->setObjectName(QLatin1String(name) + QStringLiteral("Chart"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        auto* card = new ChartCard(view, this);
        card->setObjectName(QLatin1String(name) + QStringLiteral("Card"));
        layout->addWidget(card);
        m_views.append(view);
        m_cards.append(card);
    }

    m_brandTable = new QTableWidget(0, 4, this);
    m_brandTable->setObjectName(QStringLiteral("brandCostTable"));
    m_brandTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_brandTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_brandTable->setAlternatingRowColors(true);
    m_brandTable->verticalHeader()->setVisible(false);
    m_brandTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_brandTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_brandCard = new ChartCard(m_brandTable, this);
    m_brandCard->setObjectName(QStringLiteral("brandsCard"));
    layout->addWidget(m_brandCard);
    rebuild();
}

void AnalyticsCharts::setReport(const AnalyticsReport& report)
{
    m_report = report;
    rebuild();
}

void AnalyticsCharts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Labels, number formats and colours are baked into the charts: draw them again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void AnalyticsCharts::rebuild()
{
    m_cards.at(Weeks)->setTitle(tr("Scripts per week"));
    m_cards.at(Months)->setTitle(tr("Tokens and cost per month"));
    m_cards.at(Providers)->setTitle(tr("Offline composer and models"));
    m_cards.at(Ratings)->setTitle(tr("Ratings"));
    m_cards.at(Sectors)->setTitle(tr("Top sectors"));
    m_cards.at(HookTypes)->setTitle(tr("Top hook types"));
    m_brandCard->setTitle(tr("Cost per brand"));
    buildWeeks();
    buildMonths();
    buildProviders();
    buildRatings();
    buildRanking(Sectors);
    buildRanking(HookTypes);
    buildBrands();
}

QChart* AnalyticsCharts::resetChart(Chart which)
{
    QChart* chart = m_views.at(which)->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QPalette& p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    // The chart fills its card: no frame of the view's own colour around it.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_views.at(which)->setBackgroundBrush(p.color(QPalette::Base));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    m_cards.at(which)->showContent();
    return chart;
}

QStringList AnalyticsCharts::categories(Chart which) const
{
    const QList<QAbstractAxis*> axes = m_views.at(which)->chart()->axes();
    for (QAbstractAxis* axis : axes) {
        if (auto* category = qobject_cast<QBarCategoryAxis*>(axis))
            return category->categories();
    }
    return {};
}

void AnalyticsCharts::addTooltips(QBarSet* set, const QStringList& categories)
{
    connect(set, &QBarSet::hovered, this, [set, categories](bool entered, int index) {
        if (entered)
            //: a bar's tooltip: %1 its category, %2 its set (e.g. "Scripts"), %3 the value
            QToolTip::showText(QCursor::pos(), tr("%1 · %2: %3")
                                                       .arg(categories.value(index), set->label(),
                                                            QLocale().toString(set->at(index), 'f', 0)));
        else
            QToolTip::hideText();
    });
}

void AnalyticsCharts::buildWeeks()
{
    QChart* chart = resetChart(Weeks);
    m_weeklyScripts = nullptr;
    m_weeklyScriptsLine = nullptr;
    const QList<WeekFigures>& weeks = m_report.weeks;
    m_weeklyLatency = new QLineSeries;
    m_weeklyLatency->setName(tr("Average generation time (s)"));
    m_weeklyLatency->setPointsVisible(true);
    if (weeks.isEmpty()) {
        delete m_weeklyLatency;
        m_weeklyLatency = nullptr;
        m_cards.at(Weeks)->showPlaceholder(tr("No scripts in this period."));
        return;
    }
    qint64 most = 0;
    double slowest = 0;
    for (const WeekFigures& w : weeks) {
        most = std::max(most, w.scripts);
        slowest = std::max(slowest, w.avgLatencyMs / 1000);
    }
    QValueAxis* countY = countAxis(double(most));
    countY->setTitleText(tr("Scripts"));
    QValueAxis* timeY = decimalAxis(slowest, 0.1, {});
    timeY->setTitleText(tr("Seconds"));

    if (weeks.size() <= kMaxWeekBars) {
        const bool years = weeks.first().weekStart.year() != weeks.last().weekStart.year();
        m_weeklyScripts = new QBarSet(tr("Scripts"));
        QStringList labels;
        for (int i = 0; i < weeks.size(); ++i) {
            const WeekFigures& w = weeks.at(i);
            m_weeklyScripts->append(double(w.scripts));
            labels.append(AnalyticsText::week(w.weekStart, years));
            if (w.scripts > 0)
                m_weeklyLatency->append(i, w.avgLatencyMs / 1000);
        }
        auto* bars = new QBarSeries;
        bars->append(m_weeklyScripts);
        auto* x = new QBarCategoryAxis;
        x->append(labels);
        if (labels.size() > kRotateLabelsAbove)
            x->setLabelsAngle(-90);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(countY, Qt::AlignLeft);
        chart->addAxis(timeY, Qt::AlignRight);
        attach(chart, bars, x, countY);
        attach(chart, m_weeklyLatency, x, timeY);
        addTooltips(m_weeklyScripts, labels);
        return;
    }
    // Too many weeks for readable bars: the same figures as a line over dates.
    m_weeklyScriptsLine = new QLineSeries;
    m_weeklyScriptsLine->setName(tr("Scripts"));
    for (const WeekFigures& w : weeks) {
        const auto x = double(w.weekStart.startOfDay().toMSecsSinceEpoch());
        m_weeklyScriptsLine->append(x, double(w.scripts));
        if (w.scripts > 0)
            m_weeklyLatency->append(x, w.avgLatencyMs / 1000);
    }
    auto* x = new QDateTimeAxis;
    //: date format of the weekly chart's axis over a long period (Qt date format)
    x->setFormat(tr("MMM yyyy"));
    x->setTickCount(6);
    x->setRange(weeks.first().weekStart.startOfDay(), weeks.last().weekStart.startOfDay());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(countY, Qt::AlignLeft);
    chart->addAxis(timeY, Qt::AlignRight);
    attach(chart, m_weeklyScriptsLine, x, countY);
    attach(chart, m_weeklyLatency, x, timeY);
}

void AnalyticsCharts::buildMonths()
{
    QChart* chart = resetChart(Months);
    m_promptTokens = m_completionTokens = nullptr;
    m_monthlyCost = nullptr;
    const QList<CostFigures>& months = m_report.months;
    qint64 most = 0;
    double costliest = 0;
    for (const CostFigures& m : months) {
        most = std::max(most, m.promptTokens + m.completionTokens);
        costliest = std::max(costliest, m.costUsd);
    }
    if (most == 0 && costliest <= 0) {
        m_cards.at(Months)->showPlaceholder(
                tr("No model tokens were used in this period. The offline composer costs nothing."));
        return;
    }
    m_promptTokens = new QBarSet(tr("Prompt tokens"));
    m_completionTokens = new QBarSet(tr("Completion tokens"));
    m_monthlyCost = new QLineSeries;
    m_monthlyCost->setName(tr("Cost (USD)"));
    m_monthlyCost->setPointsVisible(true);
    QStringList labels;
    for (int i = 0; i < months.size(); ++i) {
        const CostFigures& m = months.at(i);
        m_promptTokens->append(double(m.promptTokens));
        m_completionTokens->append(double(m.completionTokens));
        m_monthlyCost->append(i, m.costUsd);
        labels.append(AnalyticsText::month(m.key));
    }
    auto* bars = new QStackedBarSeries;
    bars->append(m_promptTokens);
    bars->append(m_completionTokens);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    if (labels.size() > kRotateLabelsAbove)
        x->setLabelsAngle(-90);
    QValueAxis* tokensY = countAxis(double(most));
    tokensY->setTitleText(tr("Tokens"));
    QValueAxis* costY = decimalAxis(costliest, 0.0001, QStringLiteral("$"));
    costY->setTitleText(tr("USD"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(tokensY, Qt::AlignLeft);
    chart->addAxis(costY, Qt::AlignRight);
    attach(chart, bars, x, tokensY);
    attach(chart, m_monthlyCost, x, costY);
    addTooltips(m_promptTokens, labels);
    addTooltips(m_completionTokens, labels);
}

void AnalyticsCharts::buildProviders()
{
    QChart* chart = resetChart(Providers);
    m_providers = nullptr;
    if (m_report.providers.isEmpty()) {
        m_cards.at(Providers)->showPlaceholder(tr("No scripts in this period."));
        return;
    }
    m_providers = new QPieSeries;
    m_providers->setHoleSize(0.35);
    for (const CountFigure& p : m_report.providers) {
        const QString name = p.key.isEmpty() ? tr("(unknown)") : ProviderText::name(p.key);
        //: a slice of the provider chart: %1 the provider, %2 its scripts
        m_providers->append(tr("%1: %2").arg(name, AnalyticsText::count(p.count)), double(p.count));
    }
    chart->addSeries(m_providers);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true); // long provider names are elided
    connect(m_providers, &QPieSeries::hovered, this, [](QPieSlice* slice, bool entered) {
        slice->setExploded(entered);
        if (entered)
            //: a slice's tooltip: %1 its label ("OpenAI: 5"), %2 its share
            QToolTip::showText(QCursor::pos(),
                               tr("%1 (%2)").arg(slice->label(), AnalyticsText::percent(slice->percentage())));
        else
            QToolTip::hideText();
    });
}

void AnalyticsCharts::buildRatings()
{
    QChart* chart = resetChart(Ratings);
    m_stars = m_thumbs = nullptr;
    const auto& s = m_report.stars;
    qint64 most = std::max(m_report.thumbsUp, m_report.thumbsDown);
    for (const qint64 n : s)
        most = std::max(most, n);
    if (most == 0) {
        m_cards.at(Ratings)->showPlaceholder(tr("No script in this period has been rated yet."));
        return;
    }
    QStringList labels;
    // Seven bars share a narrow card: short labels, the legend says what they count.
    for (int i = 1; i <= 5; ++i)
        //: a bar of the ratings chart: ratings with %1 stars
        labels.append(tr("%1★").arg(i));
    //: a bar of the ratings chart: thumbs up
    labels.append(tr("Up"));
    //: a bar of the ratings chart: thumbs down
    labels.append(tr("Down"));
    // Two sets stacked, so stars and thumbs get their own colour and legend entry without
    // doubling every bar.
    m_stars = new QBarSet(tr("Stars"));
    m_thumbs = new QBarSet(tr("Thumbs"));
    for (const qint64 n : s) {
        m_stars->append(double(n));
        m_thumbs->append(0);
    }
    m_stars->append({0, 0});
    m_thumbs->append({double(m_report.thumbsUp), double(m_report.thumbsDown)});
    auto* bars = new QStackedBarSeries;
    bars->append(m_stars);
    bars->append(m_thumbs);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    QValueAxis* y = countAxis(double(most));
    y->setTitleText(tr("Ratings"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, bars, x, y);
    addTooltips(m_stars, labels);
    addTooltips(m_thumbs, labels);
}

void AnalyticsCharts::buildRanking(Chart which)
{
    QChart* chart = resetChart(which);
    const bool sectors = which == Sectors;
    QBarSet*& set = sectors ? m_sectors : m_hookTypes;
    set = nullptr;
    const QList<CountFigure>& figures = sectors ? m_report.sectors : m_report.hookTypes;
    if (figures.isEmpty()) {
        m_cards.at(which)->showPlaceholder(tr("No scripts in this period."));
        return;
    }
    const CatalogKind kind = sectors ? CatalogKind::Sector : CatalogKind::HookType;
    set = new QBarSet(tr("Scripts"));
    QStringList labels;
    qint64 most = 0;
    // Horizontal bars are drawn from the bottom: add the least used first so the top one is on top.
    for (auto it = figures.crbegin(); it != figures.crend(); ++it) {
        const QString label = it->key.isEmpty() ? tr("(none)") : CatalogText::label(kind, it->key);
        labels.append(uniqueLabel(labels, label, it->key));
        set->append(double(it->count));
        most = std::max(most, it->count);
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    QValueAxis* x = countAxis(double(most));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    attach(chart, bars, x, y);
    chart->legend()->setVisible(false);
    addTooltips(set, labels);
}

void AnalyticsCharts::buildBrands()
{
    m_brandTable->setHorizontalHeaderLabels({tr("Brand"), tr("Scripts"), tr("Tokens"), tr("Cost (USD)")});
    const QList<CostFigures>& brands = m_report.brands;
    m_brandTable->setRowCount(int(brands.size()));
    for (int row = 0; row < brands.size(); ++row) {
        const CostFigures& b = brands.at(row);
        auto* name = new QTableWidgetItem(b.key.isEmpty() ? tr("(no brand)") : b.key);
        name->setData(Qt::UserRole, b.key);
        m_brandTable->setItem(row, 0, name);
        m_brandTable->setItem(row, 1, numberItem(AnalyticsText::count(b.scripts)));
        auto* tokens = numberItem(AnalyticsText::count(b.promptTokens + b.completionTokens));
        tokens->setToolTip(
                tr("Prompt %1 · completion %2")
                        .arg(AnalyticsText::count(b.promptTokens), AnalyticsText::count(b.completionTokens)));
        m_brandTable->setItem(row, 2, tokens);
        m_brandTable->setItem(row, 3, numberItem(AnalyticsText::cost(b.costUsd)));
    }
    if (brands.isEmpty())
        m_brandCard->showPlaceholder(tr("No scripts in this period."));
    else
        m_brandCard->showContent();
}

} // namespace reel::ui
