// The main window: navigation, menus, remembered geometry and page, language switching.

#include "FakePrompter.h"
#include "UiTestHelpers.h"
#include "analytics/AnalyticsPage.h"
#include "common/LanguageManager.h"
#include "editor/ScriptEditorPage.h"
#include "embed/EmbedderSettings.h"
#include "examples/ExamplesPage.h"
#include "generate/GeneratePage.h"
#include "history/HistoryPage.h"
#include "llm/SecretStore.h"
#include "mainwindow/MainWindow.h"
#include "profiles/ProfilesPage.h"
#include "rag/ExampleLibrary.h"
#include "rag/IndexService.h"
#include "settings/SettingsPage.h"
#include "store/ProfileStore.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"
#include "support/FakeOpenAiServer.h"
#include "support/TestSupport.h"
#include "validate/RulePackStore.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace reel;
using namespace reel::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheProfilesPage();
    void menusHoldTheirActions();
    void restoresGeometryAndLastPage();
    void switchesLanguageAtRunTime();
    void undoFromTheEditMenu();
    void undoFollowsTheFocusedSection();
    void markedModifiedWhileEditing();
    void closeAsksAboutUnsavedChanges();
    void aboutNamesVersionWorkspaceAndCredits();
    void loadsAnUpdatedRulePack();
    void examplesPageSharesTheWindowsIndex();
    void importShortcutFollowsThePage();
    void historyOpensScriptsInTheEditor();
    void aWorkspaceNeverSendsTheEnvironmentKeyToItsOwnServer();

private:
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    reel::MemorySecretStore m_secrets; // never the machine's keychain
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    // English whatever the machine's locale; the "System Language" entry is tested by its check mark.
    QSettings().setValue(QLatin1String(LanguageManager::kSettingsKey), QStringLiteral("en"));
    LanguageManager::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY(ws.ok());
    m_workspace = std::move(ws).value();
    m_prompter = std::make_unique<FakePrompter>();
}

void TestMainWindow::cleanup()
{
    QCOMPARE(m_prompter->unexpected, 0);
    LanguageManager::apply(QStringLiteral("en"));
    m_workspace.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    return std::make_unique<MainWindow>(*m_workspace, m_prompter.get(), &m_secrets);
}

void TestMainWindow::showsTheProfilesPage()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->windowTitle().remove(QStringLiteral("[*]")), QStringLiteral("Withsocio Reel Studio"));
    QVERIFY(!window->windowIcon().isNull());
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 7); // only pages that work
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Brand Profiles"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Script Editor"));
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Examples"));
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Generate"));
    QCOMPARE(navigation->item(4)->text(), QStringLiteral("History"));
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Analytics"));
    QCOMPARE(navigation->item(6)->text(), QStringLiteral("Settings"));
    QCOMPARE(window->examplesPage()->objectName(), QStringLiteral("examplesPage"));
    QCOMPARE(window->generatePage()->objectName(), QStringLiteral("generatePage"));
    QCOMPARE(window->settingsPage()->objectName(), QStringLiteral("settingsPage"));
    QCOMPARE(window->historyPage()->objectName(), QStringLiteral("historyPage"));
    QCOMPARE(window->analyticsPage()->objectName(), QStringLiteral("analyticsPage"));
    QVERIFY(navigation->focusPolicy() & Qt::TabFocus);
    QCOMPARE(window->currentPage(), window->profilesPage());
    QVERIFY(window->profilesPage()->isVisible());
    QVERIFY(window->statusBar());
}

void TestMainWindow::menusHoldTheirActions()
{
    auto window = makeWindow();
    const auto texts = [](const QMenu* menu) {
        QStringList out;
        for (const QAction* a : menu->actions()) {
            if (!a->isSeparator())
                out.append(a->text());
        }
        return out;
    };
    const QList<QAction*> top = window->menuBar()->actions();
    QCOMPARE(top.size(), 4);
    QCOMPARE(texts(top.at(0)->menu()),
             (QStringList{QStringLiteral("&New Script"), QStringLiteral("&Open Script…"),
                          QStringLiteral("&Save Script"), QStringLiteral("Save Script &As…"),
                          QStringLiteral("&Import Profile…"), QStringLiteral("&Export Profile…"),
                          QStringLiteral("Load &Rule Pack…"), QStringLiteral("Use &Built-in Rule Pack"),
                          QStringLiteral("&Quit")}));
    QCOMPARE(texts(top.at(1)->menu()), (QStringList{QStringLiteral("&Undo"), QStringLiteral("&Redo")}));
    auto* language = window->findChild<QMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(language);
    QCOMPARE(texts(language),
             (QStringList{QStringLiteral("System Language"), QStringLiteral("English"), QStringLiteral("Español"),
                          QStringLiteral("Français"), QStringLiteral("Deutsch"), QStringLiteral("हिन्दी"),
                          QStringLiteral("日本語")}));
    auto* system = window->findChild<QAction*>(QStringLiteral("language_system"));
    auto* english = window->findChild<QAction*>(QStringLiteral("language_en"));
    QVERIFY(system && system->isCheckable() && !system->isChecked());
    QVERIFY(english && english->isChecked());
    QCOMPARE(texts(top.at(3)->menu()),
             (QStringList{QStringLiteral("&About Withsocio Reel Studio"), QStringLiteral("About &Qt")}));
}

void TestMainWindow::restoresGeometryAndLastPage()
{
    QSize size(900, 640);
    {
        auto window = makeWindow();
        auto* extra = new QWidget;
        extra->setObjectName(QStringLiteral("extraPage"));
        window->addPage(extra, QIcon(), QStringLiteral("Extra"));
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        size = window->size();
        window->setCurrentPage(extra);
        QCOMPARE(window->currentPage(), extra);
        QVERIFY(window->close());
    }
    const QSettings settings;
    QVERIFY(!settings.value(QLatin1String(MainWindow::kGeometryKey)).toByteArray().isEmpty());
    QVERIFY(!settings.value(QLatin1String(MainWindow::kStateKey)).toByteArray().isEmpty());
    QCOMPARE(settings.value(QLatin1String(MainWindow::kPageKey)).toString(), QStringLiteral("extraPage"));

    auto window = makeWindow();
    QCOMPARE(window->size(), size);
    QCOMPARE(window->currentPage(), window->profilesPage()); // that page is not there yet
    auto* extra = new QWidget;
    extra->setObjectName(QStringLiteral("extraPage"));
    window->addPage(extra, QIcon(), QStringLiteral("Extra"));
    QCOMPARE(window->currentPage(), extra);
    window->setCurrentPage(window->profilesPage());
    QVERIFY(window->close());
    auto third = makeWindow();
    QCOMPARE(third->currentPage(), third->profilesPage());
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    auto* newButton = window->findChild<QToolButton*>(QStringLiteral("newProfileButton"));
    auto* spanish = window->findChild<QAction*>(QStringLiteral("language_es"));
    auto* english = window->findChild<QAction*>(QStringLiteral("language_en"));
    QVERIFY(navigation && newButton && spanish && english);
    QCOMPARE(newButton->text(), QStringLiteral("New"));

    spanish->trigger();
    QVERIFY(spanish->isChecked());
    QCOMPARE(QSettings().value(QLatin1String(LanguageManager::kSettingsKey)).toString(), QStringLiteral("es"));
    QCOMPARE(LanguageManager::activeLanguage(), QStringLiteral("es"));
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Perfiles de marca"));
    QTRY_COMPARE(newButton->text(), QStringLiteral("Nuevo"));
    QCOMPARE(window->menuBar()->actions().at(0)->text(), QStringLiteral("&Archivo"));

    english->trigger();
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Brand Profiles"));
    QTRY_COMPARE(newButton->text(), QStringLiteral("New"));
    QCOMPARE(QSettings().value(QLatin1String(LanguageManager::kSettingsKey)).toString(), QStringLiteral("en"));

    // The next start (LanguageManager::applySaved() in the composition root) uses the remembered language.
    spanish->trigger();
    window.reset();
    LanguageManager::apply(QStringLiteral("en"));
    LanguageManager::applySaved();
    QCOMPARE(LanguageManager::activeLanguage(), QStringLiteral("es"));
    auto again = makeWindow();
    auto* againNavigation = again->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QTRY_COMPARE(againNavigation->item(0)->text(), QStringLiteral("Perfiles de marca"));
    QVERIFY(again->findChild<QAction*>(QStringLiteral("language_es"))->isChecked());
}

void TestMainWindow::undoFromTheEditMenu()
{
    const auto stored = m_workspace->profiles().create(uitest::profile(QStringLiteral("Acme")));
    QVERIFY(stored.ok());
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    auto* list = window->findChild<QListView*>(QStringLiteral("profileList"));
    QVERIFY(undo && list);
    QVERIFY(!undo->isEnabled());

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_workspace->profiles().list()->size(), 0);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Acme")), qPrintable(undo->text()));
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Deleted")));

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_workspace->profiles().list()->size(), 1);
    QCOMPARE(m_workspace->profiles().get(stored->id)->profile, stored->profile);
    QCOMPARE(uitest::rowTexts(list), QStringList{QStringLiteral("Acme")});
    QVERIFY(!undo->isEnabled());
}

void TestMainWindow::undoFollowsTheFocusedSection()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->setCurrentPage(window->scriptEditorPage());
    auto* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    auto* redo = window->findChild<QAction*>(QStringLiteral("redoAction"));
    auto* hook = window->scriptEditorPage()->findChild<QPlainTextEdit*>(QStringLiteral("hookEdit"));
    auto* body = window->scriptEditorPage()->findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit"));
    QVERIFY(undo && redo && hook && body);

    hook->setFocus();
    QTRY_VERIFY(hook->hasFocus());
    QVERIFY(!undo->isEnabled());
    QTest::keyClicks(hook, QStringLiteral("Still tired?"));
    QVERIFY(undo->isEnabled()); // Edit ▸ Undo is live for the section being typed in
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    QVERIFY(!undo->isEnabled()); // … and follows the focus to a section with nothing to undo
    hook->setFocus();
    QTRY_VERIFY(hook->hasFocus());
    undo->trigger();
    QVERIFY(hook->toPlainText().isEmpty());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(hook->toPlainText(), QStringLiteral("Still tired?"));
}

void TestMainWindow::markedModifiedWhileEditing()
{
    QVERIFY(m_workspace->profiles().create(uitest::profile(QStringLiteral("Acme"))).ok());
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* name = window->findChild<QLineEdit*>(QStringLiteral("brandNameEdit"));
    QVERIFY(name);
    QVERIFY(!window->isWindowModified());
    QTest::keyClicks(name, QStringLiteral("!"));
    QVERIFY(window->isWindowModified());
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!window->isWindowModified());
}

void TestMainWindow::closeAsksAboutUnsavedChanges()
{
    QVERIFY(m_workspace->profiles().create(uitest::profile(QStringLiteral("Acme"))).ok());
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* name = window->findChild<QLineEdit*>(QStringLiteral("brandNameEdit"));
    QTest::keyClicks(name, QStringLiteral(" Labs"));

    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Cancel);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Acme Labs"));

    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Save);
    QVERIFY(window->close());
    QVERIFY(m_workspace->profiles().findByName(QStringLiteral("Acme Labs")).ok());
    QCOMPARE(m_prompter->unsavedQuestions.size(), 2);
}

void TestMainWindow::aboutNamesVersionWorkspaceAndCredits()
{
    auto window = makeWindow();
    window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    const QStringList about = m_prompter->messageTexts(QStringLiteral("about"));
    QCOMPARE(about.size(), 1);
    const QString text = about.first();
    QVERIFY(text.contains(QStringLiteral(REELSTUDIO_VERSION)));
    QVERIFY(text.contains(QDir::toNativeSeparators(m_workspace->folder()).toHtmlEscaped()));
    for (const char* credit :
         {"Qt", "nlohmann/json", "FAISS", "VADER", "Hutto", "LDNOOBW", "CC BY 4.0", "Snowball", "Hunspell", "Hyphen"})
        QVERIFY2(text.contains(QLatin1String(credit)), credit);
    window->findChild<QAction*>(QStringLiteral("aboutQtAction"))->trigger();
    QCOMPARE(m_prompter->messages.last().kind, QStringLiteral("aboutQt"));
}

void TestMainWindow::loadsAnUpdatedRulePack()
{
    auto window = makeWindow();
    auto* load = window->findChild<QAction*>(QStringLiteral("loadRulePackAction"));
    auto* builtIn = window->findChild<QAction*>(QStringLiteral("builtInRulesAction"));
    auto* table = window->findChild<QTableWidget*>(QStringLiteral("ruleLimitsTable"));
    QVERIFY(load && builtIn && table);
    QVERIFY(!builtIn->isEnabled());
    const auto platformValue = [table](const QString& key) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->toolTip() == key)
                return table->item(r, 1)->text();
        }
        return QString();
    };
    QCOMPARE(platformValue(QStringLiteral("hashtags.max")), QStringLiteral("5"));

    // A malformed pack is refused with its line and reason; the rules in use stay.
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(reel::test::writeFile(
            bad, "{\n \"format\": \"reelstudio.rulepack\",\n \"settings\": {\"hashtags.max\": \"3\"}\n}"));
    m_prompter->openPaths.append(bad);
    load->trigger();
    QCOMPARE(m_prompter->messageTexts(QStringLiteral("error")).size(), 1);
    QVERIFY(m_prompter->messageTexts(QStringLiteral("error")).first().contains(QStringLiteral("hashtags.max")));
    QCOMPARE(platformValue(QStringLiteral("hashtags.max")), QStringLiteral("5"));

    // A saved script with three hashtags: fine under the built-in cap of 5, not under a pack that allows 2.
    reel::ScriptStore store(m_workspace->database());
    reel::GenerationRecord saved;
    saved.profile.brandName = QStringLiteral("FitLife");
    saved.profile.sector = QStringLiteral("fitness");
    saved.request.scriptLength = 30;
    saved.language = QStringLiteral("en");
    saved.script.hook = QStringLiteral("Still skipping workouts?");
    saved.script.body = QStringLiteral("Fifteen minute routines at home build real strength in a few weeks, without a "
                                       "gym, without equipment and without losing your evenings.");
    saved.script.cta = QStringLiteral("Start your free trial today");
    saved.script.hashtags = {QStringLiteral("#HomeWorkout"), QStringLiteral("#FitLife"), QStringLiteral("#Strength")};
    const qint64 id = store.add(saved)->id;
    QVERIFY(store.saveVersion(id, saved.script).ok());
    const int errorsBefore = store.get(id)->errors;
    QSignalSpy revalidated(window.get(), &MainWindow::scriptsRevalidated);

    const QString good = m_dir->filePath(QStringLiteral("good.json"));
    QVERIFY(reel::test::writeFile(good,
                                  "{\"format\": \"reelstudio.rulepack\", \"format_version\": 1, \"platform\": "
                                  "\"instagram\", \"pack_version\": \"2027.1\", \"settings\": {\"hashtags.max\": 2}}"));
    m_prompter->openPaths.append(good);
    load->trigger();
    QCOMPARE(platformValue(QStringLiteral("hashtags.max")), QStringLiteral("2"));
    QVERIFY(builtIn->isEnabled());
    QCOMPARE(m_workspace->rules().current().version(), QStringLiteral("2027.1"));
    // The saved script is checked again against the new pack, off the GUI thread.
    QVERIFY(revalidated.wait(10000));
    QCOMPARE(revalidated.takeFirst().at(0).toInt(), 1);
    QVERIFY(store.get(id)->errors > errorsBefore);
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("1 changed")));

    builtIn->trigger();
    QCOMPARE(platformValue(QStringLiteral("hashtags.max")), QStringLiteral("5"));
    QVERIFY(!builtIn->isEnabled());
    QVERIFY(revalidated.wait(10000));
    QCOMPARE(store.get(id)->errors, errorsBefore);
}

void TestMainWindow::examplesPageSharesTheWindowsIndex()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    IndexService& index = window->indexService();
    // Started with the window: the bundled library is indexed in the background.
    QTRY_COMPARE_WITH_TIMEOUT(index.state(), IndexService::State::UpToDate, 60000);
    window->setCurrentPage(window->examplesPage());
    auto* state = window->examplesPage()->findChild<QLabel*>(QStringLiteral("indexStateLabel"));
    QVERIFY(state);
    QCOMPARE(state->text(), QStringLiteral("Up to date"));

    // A library change reaches the index once the change is committed.
    QSignalSpy states(&index, &IndexService::stateChanged);
    Example e;
    e.sector = QStringLiteral("food");
    e.hookType = QStringLiteral("story");
    e.emotion = QStringLiteral("joy");
    e.goal = QStringLiteral("engagement");
    e.script.hook = QStringLiteral("My grandmother's one-pan dinner, timed");
    e.script.body = QStringLiteral("Twelve minutes, one pan, four ingredients she always had at home.");
    e.script.cta = QStringLiteral("Save it for a busy Tuesday.");
    QVERIFY(m_workspace->examples().add(e).ok());
    QTRY_VERIFY(!states.isEmpty());
    QCOMPARE(states.first().first().value<IndexService::State>(), IndexService::State::Stale);
    QTRY_COMPARE_WITH_TIMEOUT(index.state(), IndexService::State::UpToDate, 60000);
}

void TestMainWindow::importShortcutFollowsThePage()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    // Ctrl+I on the Examples page imports examples (the File menu's profile import steps aside)…
    window->setCurrentPage(window->examplesPage());
    m_prompter->openPaths.append(QString()); // the file dialog is cancelled
    QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_prompter->openPaths.size(), 0);
    QVERIFY(window->profilesPage()->importAction()->shortcut().isEmpty());
    // …and on the Profiles page a profile.
    window->setCurrentPage(window->profilesPage());
    QCOMPARE(window->profilesPage()->importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_prompter->openPaths.append(QString());
    QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_prompter->openPaths.size(), 0);
}

void TestMainWindow::historyOpensScriptsInTheEditor()
{
    GenerationRecord r;
    r.profile.brandName = QStringLiteral("Acme");
    r.provider = QStringLiteral("offline");
    r.script.hook = QStringLiteral("Opened from the history");
    const qint64 id = ScriptStore(m_workspace->database()).add(r)->id;
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->setCurrentPage(window->historyPage());
    emit window->historyPage()->openRequested(id);
    QCOMPARE(window->currentPage(), window->scriptEditorPage());
    QCOMPARE(window->scriptEditorPage()->historyId(), id);
    QCOMPARE(window->scriptEditorPage()->script().hook, r.script.hook);
    QVERIFY(m_prompter->unsavedQuestions.isEmpty());
}

void TestMainWindow::aWorkspaceNeverSendsTheEnvironmentKeyToItsOwnServer()
{
    // A workspace received from someone else names its own embedding server. Opening it with
    // $OPENAI_API_KEY set must not hand that server the key.
    reel::test::FakeOpenAiServer server;
    EmbedderSettings s;
    s.kind = EmbedderSettings::Kind::OpenAi;
    s.baseUrl = server.baseUrl();
    s.model = QStringLiteral("text-embedding-3-small");
    s.dimensions = 16;
    QVERIFY(s.save(m_workspace->database()).ok());
    qputenv("OPENAI_API_KEY", "sk-env-never-there");
    qunsetenv("OPENAI_BASE_URL");
    {
        auto window = makeWindow();
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests("/v1/embeddings").size() >= 1, 30000);
    }
    const auto sent = server.requests();
    QVERIFY(!sent.isEmpty());
    for (const auto& request : sent)
        QVERIFY2(request.header("authorization").isEmpty(), request.path.constData());

    // Set on this machine for that very server, the key goes there.
    server.clearRequests();
    qputenv("OPENAI_BASE_URL", server.baseUrl().toString().toUtf8());
    EmbedderSettings other = s;
    other.model = QStringLiteral("text-embedding-3-large"); // another embedder: the index is made again
    QVERIFY(other.save(m_workspace->database()).ok());
    {
        auto window = makeWindow();
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests("/v1/embeddings").size() >= 1, 30000);
    }
    QCOMPARE(server.requests("/v1/embeddings").first().header("authorization"),
             QByteArray("Bearer sk-env-never-there"));
    qunsetenv("OPENAI_API_KEY");
    qunsetenv("OPENAI_BASE_URL");
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
