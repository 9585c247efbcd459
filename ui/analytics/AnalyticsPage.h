#pragma once

#include "store/Analytics.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace reel {
class Workspace;
} // namespace reel

namespace reel::ui {

class AnalyticsCharts;
class AnalyticsFilterBar;
class MessageBar;
class Prompter;
class StatTile;
class SummaryTiles;

/// Analytics: what was made and what it cost, for a period and a brand. Summary tiles (scripts,
/// model against offline composer, generation time, validation failures before and after
/// repair, tokens, cost, ratings) above a grid of charts that reflows with the width. The
/// figures are computed off the GUI thread whenever the filter changes or the page is shown
/// (scripts are added on other pages). Export writes them as CSV; Copy puts a summary on the
/// clipboard.
class AnalyticsPage : public QWidget
{
    Q_OBJECT

public:
    AnalyticsPage(reel::Workspace& workspace, Prompter& prompter, QWidget* parent = nullptr);
    ~AnalyticsPage() override;

    AnalyticsFilterBar* filterBar() const { return m_filters; }
    SummaryTiles* tiles() const { return m_tiles; }
    AnalyticsCharts* charts() const { return m_charts; }
    MessageBar* messageBar() const { return m_messages; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* copyButton() const { return m_copyButton; }
    /// The sentence shown in place of the figures when no script falls in the period.
    QLabel* emptyLabel() const { return m_emptyLabel; }
    bool isEmptyStateShown() const;

    /// The figures shown (valid once hasReport()).
    const reel::AnalyticsReport& report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    /// True while the figures shown are not yet those of the current filter.
    bool isUpdating() const;

    /// Computes the figures again (now, not after the usual short delay).
    void refresh();
    void exportCsv();
    void copySummary();

signals:
    void statusMessage(const QString& text, int timeoutMs);
    /// New figures are on screen.
    void reportShown();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void reloadBrands();
    void onComputed(quint64 serial, const Result<reel::AnalyticsReport>& result);
    void showReport();
    void updateState();

    reel::Workspace& m_workspace;
    Prompter& m_prompter;
    reel::AnalyticsReport m_report;
    bool m_hasReport = false;
    bool m_workspaceEmpty = false;
    quint64 m_serial = 0;      ///< the newest computation asked for
    quint64 m_shownSerial = 0; ///< the computation whose figures are shown (or failed)
    QTimer* m_refreshTimer = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_busy = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    AnalyticsFilterBar* m_filters = nullptr;
    MessageBar* m_messages = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    SummaryTiles* m_tiles = nullptr;
    AnalyticsCharts* m_charts = nullptr;
    QLabel* m_emptyLabel = nullptr;
};

} // namespace reel::ui
