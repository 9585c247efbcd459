#include "mainwindow/MainWindow.h"

#include "analytics/AnalyticsPage.h"
#include "common/ErrorText.h"
#include "common/LanguageManager.h"
#include "common/Prompter.h"
#include "editor/ScriptEditorPage.h"
#include "embed/EmbedderSettings.h"
#include "examples/ExamplesPage.h"
#include "examples/IndexFeeder.h"
#include "generate/GeneratePage.h"
#include "history/HistoryPage.h"
#include "llm/ApiTypes.h"
#include "llm/SecretStore.h"
#include "profiles/ProfilesPage.h"
#include "rag/ExampleLibrary.h"
#include "rag/IndexService.h"
#include "settings/ProviderConfig.h"
#include "settings/SettingsPage.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"
#include "validate/RulePackStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextDocument>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace reel::ui {

namespace {

// The application's name is a brand: never translated.
constexpr auto kAppName = "Withsocio Reel Studio";

} // namespace

MainWindow::MainWindow(reel::Workspace& workspace, Prompter* prompter, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<DialogPrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_ownSecrets(secrets ? nullptr : std::make_unique<KeychainSecretStore>())
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_providerConfig(std::make_unique<ProviderConfig>(workspace, secrets ? *secrets : *m_ownSecrets))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/reelstudio/icons/com.withsocio.ReelStudio.svg")));
    setWindowTitle(QLatin1String(kAppName) + QStringLiteral("[*]"));

    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setFixedWidth(200);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setText(QDir::toNativeSeparators(m_workspace.folder()));
    statusBar()->addPermanentWidget(m_workspaceLabel);

    const QSettings settings;
    m_pageToRestore = settings.value(QLatin1String(kPageKey)).toString();

    createActions();

    // Before the pages: destroyed first, so its worker thread has stopped before they go.
    m_indexService = new IndexService(m_workspace.database(), m_workspace.indexFolder(), this);
    m_indexFeeder = new IndexFeeder(m_workspace.examples(), *m_indexService, this);

    m_profilesPage = new ProfilesPage(m_workspace, *m_prompter, this);
    m_profileImportKeys = m_profilesPage->importAction()->shortcut();
    connect(m_profilesPage, &ProfilesPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    addPage(m_profilesPage, QIcon(QStringLiteral(":/reelstudio/icons/profiles.svg")), {}, m_profilesPage->undoStack());

    m_scriptEditorPage = new ScriptEditorPage(m_workspace, *m_prompter, this);
    connect(m_scriptEditorPage, &ScriptEditorPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_scriptEditorPage, &ScriptEditorPage::showRequested, this, [this] { setCurrentPage(m_scriptEditorPage); });
    addPage(m_scriptEditorPage, QIcon(QStringLiteral(":/reelstudio/editor/script.svg")));

    m_examplesPage = new ExamplesPage(m_workspace, *m_indexFeeder, *m_prompter, this);
    connect(m_examplesPage, &ExamplesPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    addPage(m_examplesPage, QIcon(QStringLiteral(":/reelstudio/examples/examples.svg")));

    m_generatePage = new GeneratePage(m_workspace, *m_indexService, *m_providerConfig, *m_network, this);
    connect(m_generatePage, &GeneratePage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_generatePage, &GeneratePage::settingsRequested, this, [this] { setCurrentPage(m_settingsPage); });
    connect(m_generatePage, &GeneratePage::editProfileRequested, this, [this](qint64 id) {
        setCurrentPage(m_profilesPage);
        if (id != 0)
            m_profilesPage->openProfile(id);
        else
            m_profilesPage->newProfile();
    });
    connect(m_generatePage, &GeneratePage::openInEditorRequested, this,
            [this](const GenerationRecord& record) { m_scriptEditorPage->showGenerated(record); });
    addPage(m_generatePage, QIcon(QStringLiteral(":/reelstudio/generate/generate.svg")));

    m_historyPage = new HistoryPage(m_workspace, *m_prompter, this);
    connect(m_historyPage, &HistoryPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_historyPage, &HistoryPage::openRequested, this,
            [this](qint64 id) { m_scriptEditorPage->openHistoryScript(id); });
    addPage(m_historyPage, QIcon(QStringLiteral(":/reelstudio/history/history.svg")));

    m_analyticsPage = new AnalyticsPage(m_workspace, *m_prompter, this);
    connect(m_analyticsPage, &AnalyticsPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    addPage(m_analyticsPage, QIcon(QStringLiteral(":/reelstudio/analytics/analytics.svg")));

    m_settingsPage = new SettingsPage(*m_providerConfig, *m_network, *m_prompter, this);
    connect(m_settingsPage, &SettingsPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    addPage(m_settingsPage, QIcon(QStringLiteral(":/reelstudio/settings/settings.svg")));

    // Either page's unsaved changes mark the window.
    const auto updateModified = [this] {
        setWindowModified(m_profilesPage->isModified() || m_scriptEditorPage->isModified());
    };
    connect(m_profilesPage, &ProfilesPage::modifiedChanged, this, updateModified);
    connect(m_scriptEditorPage, &ScriptEditorPage::modifiedChanged, this, updateModified);

    createMenus();
    retranslateUi();

    // First run: a size that shows the list and the whole form without scrolling on a laptop.
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);

    // The index is made with the embedder the workspace chose (the CLI's reindex may have changed
    // it). The workspace may come from someone else: $OPENAI_API_KEY goes with it only when its
    // address is OpenAI's API or $OPENAI_BASE_URL, places chosen on this machine. Then the saved
    // index is loaded, or rebuilt in the background when it does not match the library.
    if (auto embedder = EmbedderSettings::load(m_workspace.database())) {
        embedder->apiKey = ApiEndpoint::environmentKeyFor(embedder->baseUrl);
        m_indexService->setEmbedder(embedder.value());
    } else {
        statusBar()->showMessage(ErrorText::message(embedder.error()));
        m_indexService->ensure();
    }
}

MainWindow::~MainWindow()
{
    // Focus moves while the child widgets go; by then this window's members are gone.
    disconnect(m_focusConnection);
    for (const QMetaObject::Connection& c : std::as_const(m_textUndoConnections))
        disconnect(c);
    m_textUndoConnections.clear();
    // These pages use the network manager, the keys and the prices the window owns as members:
    // they go before the members do (child widgets would only go after).
    delete m_generatePage;
    delete m_settingsPage;
    if (m_revalidation)
        m_revalidation->waitForFinished(); // it reads and writes the workspace the window owns
}

int MainWindow::addPage(QWidget* page, const QIcon& icon, const QString& title, QUndoStack* undoStack)
{
    if (!title.isEmpty())
        page->setWindowTitle(title);
    const int index = m_pages->addWidget(page);
    auto* item = new QListWidgetItem(icon, page->windowTitle(), m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    connect(page, &QWidget::windowTitleChanged, this, [item](const QString& text) { item->setText(text); });
    m_pageStacks.insert(index, undoStack);
    if (undoStack)
        m_undoGroup->addStack(undoStack);

    // Page shortcuts Ctrl+1 … Ctrl+9 in the order the pages were added.
    if (index < 9) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(go, &QAction::triggered, this, [this, page] { setCurrentPage(page); });
        addAction(go);
    }
    if (!m_pageToRestore.isEmpty() && page->objectName() == m_pageToRestore)
        m_navigation->setCurrentRow(index);
    return index;
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::setCurrentPage(QWidget* page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::onPageChanged(int index)
{
    if (index < 0 || index >= m_pages->count())
        return;
    m_pages->setCurrentIndex(index);
    m_undoGroup->setActiveStack(m_pageStacks.value(index));
    // The Examples page imports with Ctrl+I too: there, the File menu's profile import gives the
    // keys up (an ambiguous shortcut would do nothing at all).
    if (m_profilesPage && m_examplesPage)
        m_profilesPage->importAction()->setShortcut(m_pages->widget(index) == m_examplesPage ? QKeySequence()
                                                                                             : m_profileImportKeys);
    updateUndoTexts();
}

void MainWindow::createActions()
{
    m_loadRulesAction = new QAction(this);
    m_loadRulesAction->setObjectName(QStringLiteral("loadRulePackAction"));
    connect(m_loadRulesAction, &QAction::triggered, this, &MainWindow::loadRulePack);
    m_builtInRulesAction = new QAction(this);
    m_builtInRulesAction->setObjectName(QStringLiteral("builtInRulesAction"));
    connect(m_builtInRulesAction, &QAction::triggered, this, &MainWindow::useBuiltInRules);
    m_builtInRulesAction->setEnabled(m_workspace.rules().usesLoadedPack());

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Own actions rather than QUndoGroup::createUndoAction(): their text is retranslated here.
    m_undoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), QString(), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this,
                                [this](QWidget*, QWidget* now) { followFocus(now); });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_systemLanguageAction = new QAction(m_languageGroup);
    m_systemLanguageAction->setObjectName(QStringLiteral("language_system"));
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    const QList<UiLanguage> languages = LanguageManager::available();
    for (const UiLanguage& language : languages) {
        auto* action = new QAction(language.nativeName, m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + language.code);
        action->setCheckable(true);
        action->setData(language.code);
    }
    const QString saved = LanguageManager::savedChoice();
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == saved);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [](QAction* action) { LanguageManager::setChoice(action->data().toString()); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { m_prompter->aboutQt(this); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_scriptEditorPage->newAction());
    m_fileMenu->addAction(m_scriptEditorPage->openAction());
    m_fileMenu->addAction(m_scriptEditorPage->saveAction());
    m_fileMenu->addAction(m_scriptEditorPage->saveAsAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_profilesPage->importAction());
    m_fileMenu->addAction(m_profilesPage->exportAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_loadRulesAction);
    m_fileMenu->addAction(m_builtInRulesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    for (QAction* action : m_languageGroup->actions()) {
        if (action != m_systemLanguageAction)
            m_languageMenu->addAction(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MainWindow::retranslateUi()
{
    m_navigation->setAccessibleName(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_loadRulesAction->setText(tr("Load &Rule Pack…"));
    m_loadRulesAction->setToolTip(tr("Use an updated platform rule pack (limits such as the hashtag cap)"));
    m_builtInRulesAction->setText(tr("Use &Built-in Rule Pack"));
    m_systemLanguageAction->setText(tr("System Language"));
    //: %1 is the application's name
    m_aboutAction->setText(tr("&About %1").arg(QLatin1String(kAppName)));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_workspaceLabel->setToolTip(tr("The workspace folder"));
    updateUndoTexts();
}

void MainWindow::followFocus(QWidget* now)
{
    // Only text fields of this window; a dialog's fields have their own shortcuts.
    auto* text = qobject_cast<QPlainTextEdit*>(now);
    if (text && (text->isReadOnly() || text->window() != this))
        text = nullptr;
    if (text == m_textUndo)
        return;
    for (const QMetaObject::Connection& c : std::as_const(m_textUndoConnections))
        disconnect(c);
    m_textUndoConnections.clear();
    m_textUndo = text;
    if (text) {
        m_textUndoConnections = {
                connect(text->document(), &QTextDocument::undoAvailable, this, &MainWindow::updateUndoTexts),
                connect(text->document(), &QTextDocument::redoAvailable, this, &MainWindow::updateUndoTexts),
                connect(text, &QObject::destroyed, this, [this] { followFocus(nullptr); }),
        };
    }
    updateUndoTexts();
}

void MainWindow::undo()
{
    if (m_textUndo)
        m_textUndo->undo();
    else
        m_undoGroup->undo();
}

void MainWindow::redo()
{
    if (m_textUndo)
        m_textUndo->redo();
    else
        m_undoGroup->redo();
}

void MainWindow::updateUndoTexts()
{
    if (m_textUndo) {
        const QTextDocument* document = m_textUndo->document();
        m_undoAction->setEnabled(document->isUndoAvailable());
        m_redoAction->setEnabled(document->isRedoAvailable());
        m_undoAction->setText(tr("&Undo"));
        m_redoAction->setText(tr("&Redo"));
        return;
    }
    m_undoAction->setEnabled(m_undoGroup->canUndo());
    m_redoAction->setEnabled(m_undoGroup->canRedo());
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    //: %1 what would be undone, e.g. Delete “FitLife”
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::loadRulePack()
{
    const QString file = m_prompter->openFileName(this, tr("Load Rule Pack"), QDir::homePath(),
                                                  tr("Rule packs (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    if (const auto loaded = m_workspace.rules().load(file); !loaded) {
        m_prompter->error(this, tr("Load Rule Pack"),
                          tr("The rule pack was not loaded; the rules in use stay as they were.")
                                  + QStringLiteral("\n\n") + ErrorText::message(loaded.error()));
        return;
    }
    rulesChanged();
    //: %1 the version of the rule pack
    statusBar()->showMessage(tr("Rule pack %1 is in use.").arg(m_workspace.rules().current().version()), 5000);
}

void MainWindow::useBuiltInRules()
{
    if (const auto reset = m_workspace.rules().reset(); !reset) {
        m_prompter->error(this, tr("Use Built-in Rule Pack"), ErrorText::message(reset.error()));
        return;
    }
    rulesChanged();
    statusBar()->showMessage(tr("The built-in rule pack is in use."), 5000);
}

void MainWindow::rulesChanged()
{
    m_builtInRulesAction->setEnabled(m_workspace.rules().usesLoadedPack());
    m_profilesPage->refreshRules();
    m_scriptEditorPage->refreshRules();
    revalidateScripts();
}

void MainWindow::revalidateScripts()
{
    // Every saved script's score, errors and warnings are checked again against the new rules, on
    // a worker thread; History, the exports and Analytics then show what is true under them.
    if (m_revalidation && m_revalidation->isRunning()) {
        m_revalidateAgain = true;
        return;
    }
    if (!m_revalidation) {
        m_revalidation = new QFutureWatcher<Result<int>>(this);
        connect(m_revalidation, &QFutureWatcher<Result<int>>::finished, this, [this] {
            const Result<int> done = m_revalidation->result();
            if (m_revalidateAgain) {
                m_revalidateAgain = false;
                revalidateScripts();
                return;
            }
            if (!done) {
                statusBar()->showMessage(tr("The saved scripts could not be checked against the new rules: %1")
                                                 .arg(ErrorText::message(done.error())));
                return;
            }
            m_historyPage->refresh();
            //: %n how many saved scripts now have a different score
            statusBar()->showMessage(tr("Saved scripts checked against the new rules: %n changed.", "", done.value()),
                                     8000);
            emit scriptsRevalidated(done.value());
        });
    }
    statusBar()->showMessage(tr("Checking the saved scripts against the new rules…"));
    Database* db = &m_workspace.database();
    m_revalidation->setFuture(QtConcurrent::run([db] { return ScriptStore(*db).revalidateAll(); }));
}

void MainWindow::showAbout()
{
    const QString folder = QDir::toNativeSeparators(m_workspace.folder());
    const QString link = QUrl::fromLocalFile(m_workspace.folder()).toString(QUrl::FullyEncoded);
    QString text = QStringLiteral("<h3>%1</h3>").arg(QLatin1String(kAppName));
    text += QStringLiteral("<p>") + tr("Version %1").arg(QStringLiteral(REELSTUDIO_VERSION)) + QStringLiteral("</p>");
    text += QStringLiteral("<p>") + tr("Writes, checks and keeps Instagram Reel scripts.") + QStringLiteral("</p>");
    text += QStringLiteral("<p>") + tr("Workspace folder:")
            + QStringLiteral("<br><a href=\"%1\">%2</a></p>").arg(link.toHtmlEscaped(), folder.toHtmlEscaped());
    text += QStringLiteral("<p>") + tr("Built with:") + QStringLiteral("</p><ul>");
    const QString credits[] = {
            tr("Qt (LGPL)"),
            tr("nlohmann/json (MIT)"),
            tr("FAISS (MIT)"),
            tr("VADER sentiment lexicon by C.J. Hutto (MIT)"),
            tr("LDNOOBW word lists (CC BY 4.0)"),
            tr("Snowball stemmers (BSD)"),
            tr("Hunspell (LGPL/MPL)"),
            tr("Hyphen (LGPL/MPL)"),
    };
    for (const QString& credit : credits)
        text += QStringLiteral("<li>") + credit.toHtmlEscaped() + QStringLiteral("</li>");
    text += QStringLiteral("</ul>");
    m_prompter->about(this, tr("About %1").arg(QLatin1String(kAppName)), text);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A save that waits for the running check closes the window once the file is written.
    if (!m_profilesPage->confirmLeave() || !m_scriptEditorPage->confirmLeave([this] { close(); })) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    if (const QWidget* page = currentPage())
        settings.setValue(QLatin1String(kPageKey), page->objectName());
}

} // namespace reel::ui
