#pragma once

#include "model/ReelScript.h"
#include "model/ScriptRequest.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QScrollArea;
class QSplitter;
class QTimer;
class QToolButton;

namespace reel {
class Workspace;
struct GenerationRecord;
} // namespace reel

namespace reel::ui {

class DurationGauges;
class ProblemsModel;
class ProblemsPanel;
class Prompter;
class RequestBar;
class ScriptForm;
class ValidationController;

/// Script Editor: write or open a script for a brand profile and a request, and see its problems
/// as you type (underlined in the text, listed with fixes), its spoken length against the Reel's,
/// and the caption and hashtag counts. Scripts are opened from and saved to JSON files (a bare
/// script or the original service's answer envelope; saved as the envelope).
class ScriptEditorPage : public QWidget
{
    Q_OBJECT

public:
    ScriptEditorPage(reel::Workspace& workspace, Prompter& prompter, QWidget* parent = nullptr);
    ~ScriptEditorPage() override;

    QAction* newAction() const { return m_newAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* saveAction() const { return m_saveAction; }
    QAction* saveAsAction() const { return m_saveAsAction; }

    ScriptForm* form() const { return m_form; }
    RequestBar* requestBar() const { return m_request; }
    ProblemsModel* problemsModel() const { return m_problems; }
    ProblemsPanel* problemsPanel() const { return m_problemsPanel; }
    DurationGauges* gauges() const { return m_gauges; }
    ValidationController* validation() const { return m_validation; }

    /// The file the script was opened from or saved to (empty for a new script).
    QString filePath() const { return m_path; }
    bool isModified() const;
    /// The script as the page holds it.
    reel::ReelScript script() const;

    /// When there are unsaved changes, asks Save / Discard / Cancel. True when the caller may go
    /// on now. When saving has to wait for the running check, returns false and calls `retry`
    /// once the file is written.
    bool confirmLeave(const std::function<void()>& retry = {});

    void newScript();
    void openScript();
    /// Opens `path` (asks nothing about unsaved changes). False, with the reason shown, on error.
    bool openFile(const QString& path);
    /// Shows a script the Generate page wrote (kept in the workspace, not in a file) with the
    /// profile and request it was written for; asks about unsaved changes first. False when the
    /// current script stays (cancelled, or a save must wait for its check: then the generated
    /// script is shown once the file is written).
    bool showGenerated(const reel::GenerationRecord& record);
    /// Opens script `id` of the workspace's history (see showGenerated). False, with the reason
    /// shown, when it cannot be read.
    bool openHistoryScript(qint64 id);
    /// The history script being edited (0 for a file or a new script). Its edits are autosaved as
    /// the session's version every few seconds and when the page is left; Save seals the version.
    qint64 historyId() const { return m_historyId; }
    void setAutosaveInterval(int ms);
    /// Writes pending edits of a history script now (what the timer and leaving the page do).
    bool autosaveNow();
    bool save();
    bool saveAs();
    /// The workspace's rule pack changed: re-check with it.
    void refreshRules();

signals:
    /// A history script was autosaved or saved as version `number`.
    void historySaved(qint64 id, int number);
    void statusMessage(const QString& text, int timeoutMs);
    void modifiedChanged(bool modified);
    /// A file action was chosen while another page is shown.
    void showRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct PendingSave
    {
        QString path;
        std::function<void()> then;
    };

    void createActions();
    void buildUi();
    void retranslateUi();
    /// Hands the profile and request to the checks; true when that starts a new check of everything.
    bool applyContext();
    bool saveTo(const QString& path, const std::function<void()>& then);
    /// Ends the editing session of a history script: its version is saved (sealed).
    bool commitHistory();
    bool write(const QString& path);
    QString askSavePath();
    void reveal(quint64 id);
    void fix(quint64 id);
    void stepProblem(int delta);
    void setPageShortcuts(bool active);
    void resetSavedState();
    void updateState();
    void status(const QString& text);

    reel::Workspace& m_workspace;
    Prompter& m_prompter;
    QString m_path;
    QString m_generatedTitle; ///< the title of a generated script not saved to a file yet
    qint64 m_historyId = 0;
    int m_historyVersion = 0;
    bool m_historyAutosaved = false; ///< the current version is the open session's autosave
    QTimer* m_autosave = nullptr;
    reel::AnswerEnvelope m_answer; ///< as opened: members the editor does not show are written back
    reel::ScriptRequest m_savedRequest;
    QString m_savedBrand;
    bool m_lastModified = false;
    std::optional<PendingSave> m_pendingSave;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_nextProblemAction = nullptr;
    QAction* m_previousProblemAction = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_saveHint = nullptr;
    QList<QToolButton*> m_fileButtons;
    RequestBar* m_request = nullptr;
    QLabel* m_profileNote = nullptr;
    QSplitter* m_splitter = nullptr;
    QScrollArea* m_scroll = nullptr;
    ScriptForm* m_form = nullptr;
    DurationGauges* m_gauges = nullptr;
    ProblemsModel* m_problems = nullptr;
    ProblemsPanel* m_problemsPanel = nullptr;
    ValidationController* m_validation = nullptr;
};

} // namespace reel::ui
