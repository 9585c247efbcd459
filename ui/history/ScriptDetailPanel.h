#pragma once

#include "store/ScriptStore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace reel {
class Workspace;
} // namespace reel

namespace reel::ui {

class PerformancePanel;
class Prompter;
class RatingPanel;
class StatusPanel;
class VersionsPanel;

/// The script chosen in the History list: what it is (title, brand, dates, provider and model,
/// tokens, cost and time), its current text, and the tabs to review it: status, rating,
/// performance and versions.
class ScriptDetailPanel : public QWidget
{
    Q_OBJECT

public:
    ScriptDetailPanel(reel::Workspace& workspace, Prompter& prompter, QWidget* parent = nullptr);

    /// Shows script `id` (0: nothing). Reads it again when it is the one shown.
    void setScript(qint64 id);
    void reload() { setScript(m_id); }
    qint64 scriptId() const { return m_id; }
    /// What was read of the script shown.
    const std::optional<reel::HistoryEntry>& entry() const { return m_entry; }

    QLabel* titleLabel() const { return m_title; }
    QLabel* factsLabel() const { return m_facts; }
    QLabel* provenanceLabel() const { return m_provenance; }
    QTextBrowser* scriptView() const { return m_script; }
    QTabWidget* tabs() const { return m_tabs; }
    StatusPanel* statusPanel() const { return m_status; }
    RatingPanel* ratingPanel() const { return m_rating; }
    PerformancePanel* performancePanel() const { return m_performance; }
    VersionsPanel* versionsPanel() const { return m_versions; }

signals:
    void openRequested(qint64 id);
    /// Something of script `id` was stored (status, rating, figures, a restored version).
    void scriptChanged(qint64 id);
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showEntry();

    reel::Workspace& m_workspace;
    qint64 m_id = 0;
    std::optional<reel::HistoryEntry> m_entry;
    QString m_loadError;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_provenance;
    QTabWidget* m_tabs;
    QTextBrowser* m_script;
    StatusPanel* m_status;
    RatingPanel* m_rating;
    PerformancePanel* m_performance;
    VersionsPanel* m_versions;
};

} // namespace reel::ui
