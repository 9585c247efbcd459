#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace reel {
class Workspace;
} // namespace reel

namespace reel::ui::historyjobs {
struct ExportRequest;
} // namespace reel::ui::historyjobs

namespace reel::ui {

class HistoryFilterBar;
class HistoryTableModel;
class MessageBar;
class Prompter;
class ScriptDetailPanel;

/// History: every script the workspace holds, to review offline. A table read a page at a time
/// (sorted and searched by the database), filters, and the script chosen in full beside it with
/// its status, ratings, performance and versions; open in the editor, promote to the example
/// library, export (Markdown, PDF, CSV, JSON, teleprompter text, SubRip captions), copy, import a
/// history export or performance figures, and delete.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(reel::Workspace& workspace, Prompter& prompter, QWidget* parent = nullptr);
    ~HistoryPage() override;

    /// Reads the scripts again (other pages add and change them), keeping the selection.
    void refresh();

    QAction* openAction() const { return m_openAction; }
    QAction* promoteAction() const { return m_promoteAction; }
    QAction* exportSelectedAction() const { return m_exportSelectedAction; }
    QAction* exportAllAction() const { return m_exportAllAction; }
    QAction* copyAction() const { return m_copyAction; }
    QAction* importHistoryAction() const { return m_importHistoryAction; }
    QAction* importPerformanceAction() const { return m_importPerformanceAction; }
    QAction* deleteAction() const { return m_deleteAction; }

    HistoryTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    HistoryFilterBar* filterBar() const { return m_filters; }
    ScriptDetailPanel* detailPanel() const { return m_detail; }
    MessageBar* messageBar() const { return m_messages; }
    QLabel* emptyLabel() const { return m_emptyLabel; }
    /// True while an export or import runs on another thread.
    bool isBusy() const { return m_jobs > 0; }

    /// The selected scripts' ids, in table order.
    QList<qint64> selectedIds() const;
    /// The script shown in the detail panel (0 when none).
    qint64 currentId() const;
    /// Selects script `id` (loading rows until it is there); false when the filters hide it.
    bool selectScript(qint64 id);

    void openScript();
    void promoteScript();
    /// Exports the selection, or every script the filters show.
    void exportScripts(bool selectedOnly);
    /// Runs an export (on a worker above historyjobs::kBackgroundThreshold scripts); asks before
    /// replacing caption files that are already there.
    void startExport(const historyjobs::ExportRequest& request, qint64 count);
    /// Puts the selected scripts on the clipboard as Markdown.
    void copyScripts();
    void importHistory();
    void importPerformance();
    void deleteScripts();

signals:
    /// The user wants script `scriptId` in the editor.
    void openRequested(qint64 scriptId);
    void statusMessage(const QString& text, int timeoutMs);
    /// Script became example `exampleId` of the library.
    void examplePromoted(qint64 exampleId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void buildUi();
    void retranslateUi();
    void onHeaderSort(int section);
    void onModelReset();
    void updateDetail();
    void updateState();
    void status(const QString& text);
    void afterExport(const QString& path, bool severalSrt, const QString& error, int scripts);
    /// Runs `job` on a QtConcurrent thread and `done` on the GUI thread with its result.
    template <typename T>
    void runJob(std::function<T()> job, std::function<void(const T&)> done);

    reel::Workspace& m_workspace;
    Prompter& m_prompter;
    HistoryTableModel* m_model;
    QList<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
    int m_jobs = 0;

    QAction* m_openAction = nullptr;
    QAction* m_promoteAction = nullptr;
    QAction* m_exportSelectedAction = nullptr;
    QAction* m_exportAllAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_importHistoryAction = nullptr;
    QAction* m_importPerformanceAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_findAction = nullptr;

    QLabel* m_title = nullptr;
    QList<QToolButton*> m_buttons;
    QToolButton* m_exportButton = nullptr;
    QToolButton* m_importButton = nullptr;
    MessageBar* m_messages = nullptr;
    HistoryFilterBar* m_filters = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    ScriptDetailPanel* m_detail = nullptr;
};

} // namespace reel::ui
