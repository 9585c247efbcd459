#include "analytics/SummaryTiles.h"

#include "analytics/AnalyticsText.h"
#include "analytics/ReflowLayout.h"
#include "analytics/StatTile.h"

#include <QEvent>
#include <QLocale>

namespace reel::ui {

namespace {

constexpr int kTileWidth = 190;
constexpr int kMaxColumns = 4;

constexpr const char* kObjectNames[] = {"scriptsTile",     "providersTile", "generationTimeTile", "firstAttemptTile",
                                        "afterRepairTile", "tokensTile",    "costTile",           "ratedTile"};
static_assert(std::size(kObjectNames) == SummaryTiles::TileCount);

} // namespace

SummaryTiles::SummaryTiles(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryTiles"));
    auto* layout = new ReflowLayout(kTileWidth, kMaxColumns, this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (const char* name : kObjectNames) {
        auto* tile = new StatTile(this);
        tile->setObjectName(QLatin1String(name));
        layout->addWidget(tile);
        m_tiles.append(tile);
    }
    retranslateUi();
}

void SummaryTiles::setReport(const AnalyticsReport& report)
{
    m_report = report;
    retranslateUi();
}

void SummaryTiles::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SummaryTiles::retranslateUi()
{
    const AnalyticsReport& r = m_report;
    const auto set = [this](Tile which, const QString& caption, const QString& value, const QString& detail) {
        StatTile* t = m_tiles.at(which);
        t->setCaption(caption);
        t->setValue(value);
        t->setDetail(detail);
    };
    const auto count = &AnalyticsText::count;
    const int weeks = int(r.weeks.size());
    set(Scripts, tr("Scripts"), count(r.scripts),
        weeks == 0   ? QString()
        : weeks == 1 ? tr("in %n week", nullptr, weeks)
                     : tr("over %n weeks", nullptr, weeks));
    //: the number of scripts written by a model and by the offline composer, e.g. "5 / 2"
    set(Providers, tr("Model / offline composer"), tr("%1 / %2").arg(count(r.modelScripts), count(r.offlineScripts)),
        r.scripts > 0 ? tr("%1 written by a model").arg(AnalyticsText::percent(double(r.modelScripts) / r.scripts))
                      : QString());
    set(GenerationTime, tr("Average generation time"), AnalyticsText::duration(r.avgLatencyMs),
        r.modelScripts > 0 ? tr("Model scripts: %1").arg(AnalyticsText::duration(r.avgModelLatencyMs)) : QString());
    //: %1 the scripts that failed, %n all scripts
    const auto ofScripts = [&r](qint64 failed) {
        return (r.scripts == 1 ? tr("%1 of %n script", nullptr, int(r.scripts))
                               : tr("%1 of %n scripts", nullptr, int(r.scripts)))
                .arg(AnalyticsText::count(failed));
    };
    set(FirstAttemptFailures, tr("Failed validation at first attempt"),
        AnalyticsText::percent(r.firstAttemptFailureRate()), ofScripts(r.firstAttemptFailures));
    set(FailuresAfterRepair, tr("Still failing after repair"), AnalyticsText::percent(r.failureRateAfterRepair()),
        ofScripts(r.failuresAfterRepair));
    set(Tokens, tr("Tokens"), count(r.promptTokens + r.completionTokens),
        tr("Prompt %1 · completion %2").arg(count(r.promptTokens), count(r.completionTokens)));
    set(Cost, tr("Cost (USD)"), AnalyticsText::cost(r.costUsd),
        r.modelScripts > 0 ? tr("%1 per model script").arg(AnalyticsText::cost(r.costUsd / r.modelScripts))
                           : QString());
    const double stars = AnalyticsText::averageStars(r);
    QString ratedDetail = tr("%1 up · %2 down").arg(count(r.thumbsUp), count(r.thumbsDown));
    if (stars > 0)
        //: %1 the average stars, %2 the thumbs
        ratedDetail = tr("%1 ★ average · %2").arg(QLocale().toString(stars, 'f', 1), ratedDetail);
    set(Rated, tr("Rated scripts"), count(r.ratedScripts), ratedDetail);
}

} // namespace reel::ui
