#pragma once

#include "common/Result.h"

#include <QFutureWatcher>
#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QLabel;
class QNetworkAccessManager;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace reel {
class IndexService;
class SecretStore;
class Workspace;
} // namespace reel

namespace reel::ui {

class AnalyticsPage;
class ExamplesPage;
class GeneratePage;
class HistoryPage;
class IndexFeeder;
class Prompter;
class ProfilesPage;
class ProviderConfig;
class ScriptEditorPage;
class SettingsPage;

/// The application window: a navigation list on the left and the pages on the right.
/// Only pages that work are added; addPage() is all a new page needs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr auto kGeometryKey = "window/geometry";
    static constexpr auto kStateKey = "window/state";
    static constexpr auto kPageKey = "window/page";

    /// `prompter` answers the window's questions (nullptr: real dialogs); `secrets` keeps the API
    /// keys (nullptr: the system keychain). Both must outlive the window.
    /// The composition root installs the start-up language (LanguageManager) before this.
    explicit MainWindow(reel::Workspace& workspace, Prompter* prompter = nullptr, reel::SecretStore* secrets = nullptr,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds `page` to the navigation under `icon`. The entry shows the page's window title and
    /// follows it (pages set it in their retranslateUi()); a non-empty `title` sets it first.
    /// `undoStack` is what Edit ▸ Undo/Redo act on while the page is shown. The page's
    /// objectName is what the window remembers as the last page. Returns the page's index.
    int addPage(QWidget* page, const QIcon& icon, const QString& title = {}, QUndoStack* undoStack = nullptr);
    QWidget* currentPage() const;
    void setCurrentPage(QWidget* page);

    ProfilesPage* profilesPage() const { return m_profilesPage; }
    ScriptEditorPage* scriptEditorPage() const { return m_scriptEditorPage; }
    ExamplesPage* examplesPage() const { return m_examplesPage; }
    GeneratePage* generatePage() const { return m_generatePage; }
    HistoryPage* historyPage() const { return m_historyPage; }
    AnalyticsPage* analyticsPage() const { return m_analyticsPage; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    /// The provider, keys and prices the Generate and Settings pages share.
    ProviderConfig& providerConfig() const { return *m_providerConfig; }
    /// The workspace's retrieval index (one worker thread for the whole window; pages share it).
    reel::IndexService& indexService() const { return *m_indexService; }

signals:
    /// The saved scripts were checked again after the rule pack changed; `changed` of them now
    /// have another score.
    void scriptsRevalidated(int changed);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateUndoTexts();
    /// Edit ▸ Undo and Redo act on the text field that has the focus (a script section, a note)
    /// and on the page's undo stack otherwise.
    void followFocus(QWidget* now);
    void undo();
    void redo();
    void onPageChanged(int index);
    void showAbout();
    void loadRulePack();
    void useBuiltInRules();
    void rulesChanged();
    void revalidateScripts();
    void saveSettings() const;

    reel::Workspace& m_workspace;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter* m_prompter;
    // Outlive the pages that use them (deleted first, in the destructor).
    std::unique_ptr<reel::SecretStore> m_ownSecrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProviderConfig> m_providerConfig;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QUndoGroup* m_undoGroup;
    QList<QUndoStack*> m_pageStacks;
    QString m_pageToRestore;
    ProfilesPage* m_profilesPage = nullptr;
    ScriptEditorPage* m_scriptEditorPage = nullptr;
    reel::IndexService* m_indexService = nullptr;
    IndexFeeder* m_indexFeeder = nullptr;
    ExamplesPage* m_examplesPage = nullptr;
    GeneratePage* m_generatePage = nullptr;
    HistoryPage* m_historyPage = nullptr;
    AnalyticsPage* m_analyticsPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    QKeySequence m_profileImportKeys;
    QLabel* m_workspaceLabel = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_loadRulesAction = nullptr;
    QAction* m_builtInRulesAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QFutureWatcher<Result<int>>* m_revalidation = nullptr; ///< checking saved scripts against new rules
    bool m_revalidateAgain = false;                        ///< the rules changed again meanwhile
    QPointer<QPlainTextEdit> m_textUndo;                   ///< the focused text field Undo acts on, if any
    QList<QMetaObject::Connection> m_textUndoConnections;
    QMetaObject::Connection m_focusConnection;
    QAction* m_systemLanguageAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace reel::ui
