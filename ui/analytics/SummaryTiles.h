#pragma once

#include "store/Analytics.h"

#include <QList>
#include <QWidget>

namespace reel::ui {

class StatTile;

/// The Analytics page's headline figures as tiles that reflow with the width.
class SummaryTiles : public QWidget
{
    Q_OBJECT

public:
    enum Tile
    {
        Scripts,
        Providers,
        GenerationTime,
        FirstAttemptFailures,
        FailuresAfterRepair,
        Tokens,
        Cost,
        Rated,
        TileCount
    };

    explicit SummaryTiles(QWidget* parent = nullptr);

    void setReport(const reel::AnalyticsReport& report);
    StatTile* tile(Tile which) const { return m_tiles.at(which); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    reel::AnalyticsReport m_report;
    QList<StatTile*> m_tiles;
};

} // namespace reel::ui
