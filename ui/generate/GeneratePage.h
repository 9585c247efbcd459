#pragma once

#include "common/Error.h"
#include "store/ScriptStore.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace reel {
class Generator;
class IndexService;
class Workspace;
struct ApiFailure;
} // namespace reel

namespace reel::ui {

class ExamplesPanel;
class GenerateForm;
class MessageBar;
class ProviderConfig;
class VariantView;

/// Generate: write scripts for a brand profile and a request. The examples the model will see
/// are shown (and can be pinned or excluded) before anything is sent, with the provider and the
/// estimated cost; the scripts stream in section by section, one tab per variant with its
/// progress, repairs and score; every finished script is saved in the workspace and opens in
/// the Script Editor. Failures are explained on the page with what to do next.
class GeneratePage : public QWidget
{
    Q_OBJECT

public:
    GeneratePage(reel::Workspace& workspace, reel::IndexService& index, ProviderConfig& config,
                 QNetworkAccessManager& network, QWidget* parent = nullptr);
    ~GeneratePage() override;

    QAction* generateAction() const { return m_generateAction; }
    QAction* stopAction() const { return m_stopAction; }
    GenerateForm* form() const { return m_form; }
    ExamplesPanel* examplesPanel() const { return m_examples; }
    MessageBar* messageBar() const { return m_messages; }
    QTabWidget* variantTabs() const { return m_tabs; }
    /// The tab of variant `index` (0-based) of the last run, or nullptr.
    VariantView* variant(int index) const;
    reel::Generator& generator() const { return *m_generator; }

    /// True from Generate until every variant is done, failed or stopped.
    bool isRunning() const { return m_running; }

    /// Writes the scripts with the provider set in Settings.
    void generate();
    /// Writes them once with the offline composer, whatever the settings say.
    void generateOffline();
    void stop();
    /// Hands the selected, finished variant to the Script Editor.
    void openInEditor();

signals:
    void statusMessage(const QString& text, int timeoutMs);
    /// The user wants the Settings page (a key to fix, a time limit, the provider).
    void settingsRequested();
    /// "Edit…" of the profile picker (0: there is no profile yet).
    void editProfileRequested(qint64 id);
    void openInEditorRequested(const reel::GenerationRecord& record);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void buildUi(reel::IndexService& index);
    void retranslateUi();
    void onFormChanged();
    void start(bool offline);
    void onStarted(int variants, double estimatedCostUsd);
    void onFellBack(int variant, const reel::ApiFailure& cause);
    void onVariantDone(int variant, const reel::GenerationRecord& record);
    void onVariantNotSaved(int variant, const QString& recoveryFile, const reel::Error& why);
    void onVariantFailed(int variant, const reel::Error& error);
    void onFinished(bool stopped);
    void showFailure(const reel::Error& error);
    void showFellBack();
    void clearVariants();
    void updateProviderLine();
    void updateState();
    void updateTabTitle(int variant);

    reel::Workspace& m_workspace;
    ProviderConfig& m_config;
    std::unique_ptr<reel::ScriptStore> m_scripts;
    reel::Generator* m_generator = nullptr;
    bool m_running = false;
    std::optional<bool> m_pendingStart; ///< waiting for the examples; true = offline
    std::optional<reel::Error> m_shownFailure;
    std::optional<reel::Error> m_fellBackCause;
    int m_done = 0;
    QStringList m_recoveryFiles; ///< this run's scripts the workspace could not save

    QAction* m_generateAction = nullptr;
    QAction* m_stopAction = nullptr;
    QLabel* m_title = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_leftSplitter = nullptr;
    GenerateForm* m_form = nullptr;
    ExamplesPanel* m_examples = nullptr;
    QLabel* m_provider = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QPushButton* m_generateButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_runStatus = nullptr;
    QPushButton* m_openButton = nullptr;
    MessageBar* m_messages = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<VariantView*> m_variants;
};

} // namespace reel::ui
