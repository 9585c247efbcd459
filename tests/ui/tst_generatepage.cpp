// The Generate page in the main window, driven through its real widgets against a real loopback
// OpenAI-compatible server: the script streams into the preview section by section, variants
// get their score, Stop saves nothing, failures say what to do (and the buttons do it), the
// offline composer stands in on request, pins and exclusions decide the examples sent, and a
// finished variant opens in the Script Editor.

#include "FakePrompter.h"
#include "UiTestHelpers.h"
#include "common/CatalogText.h"
#include "common/LanguageManager.h"
#include "common/MessageBar.h"
#include "editor/RequestBar.h"
#include "editor/ScriptEditorPage.h"
#include "editor/ScriptForm.h"
#include "generate/ExamplePicksModel.h"
#include "generate/ExamplesPanel.h"
#include "generate/GenerateForm.h"
#include "generate/GeneratePage.h"
#include "generate/VariantView.h"
#include "llm/SecretStore.h"
#include "mainwindow/MainWindow.h"
#include "model/JsonCodec.h"
#include "profiles/ProfilesPage.h"
#include "rag/IndexService.h"
#include "settings/ProviderConfig.h"
#include "settings/SettingsPage.h"
#include "store/Database.h"
#include "store/ProfileStore.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"
#include "support/FakeOpenAiServer.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace reel;
using namespace reel::ui;
using reel::test::FakeOpenAiServer;
using reel::test::FakeResponse;

namespace {

const QByteArray kChatPath = "/v1/chat/completions";
constexpr int kTimeoutMs = 30000;

/// An SSE stream that sends `text` as content in pieces of 9 characters.
QByteArray streamOf(const QString& text)
{
    QByteArray s;
    for (qsizetype i = 0; i < text.size(); i += 9) {
        const QJsonObject chunk{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                                {QStringLiteral("choices"),
                                 QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                        {QStringLiteral("delta"),
                                                         QJsonObject{{QStringLiteral("content"), text.mid(i, 9)}}}}}}};
        s += "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
    }
    s += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
    s += "data: "
         "{\"choices\":[],\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":200,\"total_tokens\":1200}}\n\n";
    s += "data: [DONE]\n\n";
    return s;
}

QString goodScriptText()
{
    return QString::fromUtf8(reel::test::readTestData(QStringLiteral("scripts/complete.json")));
}

ReelScript goodScript()
{
    return codec::decodeScript(reel::test::readTestData(QStringLiteral("scripts/complete.json"))).value;
}

/// The stream in parts of about one event each, `delayMs` apart: slow enough to watch.
FakeResponse slowStream(int delayMs)
{
    FakeResponse r = FakeResponse::sse(streamOf(goodScriptText()));
    const QByteArray all = r.parts.join();
    r.parts.clear();
    for (qsizetype i = 0; i < all.size(); i += 160)
        r.parts.append(all.mid(i, 160));
    r.delayBetweenMs = delayMs;
    return r;
}

/// The user message of a recorded chat request (the prompt with the examples).
QString promptOf(const reel::test::RecordedRequest& request)
{
    const QJsonArray messages = request.json().value(u"messages").toArray();
    QString out;
    for (const QJsonValue& m : messages) {
        if (m.toObject().value(u"role").toString() == u"user")
            out += m.toObject().value(u"content").toString();
    }
    return out;
}

/// Clicks an example's hook as a user selects a row.
void clickExample(QTreeView* view, int row)
{
    const QModelIndex index = view->model()->index(row, ExamplePicksModel::HookColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestGeneratePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scriptStreamsIntoThePreviewAndGetsItsScore();
    void stopDuringAStreamSavesNothing();
    void unauthorizedSaysCheckYourKeyAndOpensSettings();
    void quotaAndRateLimitAreTold_data();
    void quotaAndRateLimitAreTold();
    void unreachableServerOffersTheOfflineComposer();
    void fallbackWritesOfflineAndSaysWhy();
    void pinsAndExclusionsDecideTheExamplesSent();
    void examplesShowWhyTheyWereChosen();
    void openInEditorShowsTheVariantWithItsRequest();
    void providerLineShowsWriterAndCost();
    void editProfileOpensTheProfilesPage();
    void requestIsRemembered();
    void picksModelPassesModelTester();
    void switchesLanguageAtRunTime();

private:
    void openWindow(bool fallback = true, const QUrl& baseUrl = {});
    void fillRequest();
    void waitForExamples();
    void clickGenerate();
    void waitUntilIdle();
    int savedScripts() const;

    GeneratePage* page() const { return m_window->generatePage(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<FakeOpenAiServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    BrandProfile m_profile;
    ScriptRequest m_request;
};

void TestGeneratePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_generatepage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qunsetenv("OPENAI_API_KEY");
    qunsetenv("OPENAI_BASE_URL");
    const auto file = codec::decodeRequestFile(reel::test::readTestData(QStringLiteral("requests/original.json")));
    QVERIFY(file.ok());
    m_profile = file.value.brandProfile;
    m_request = file.value.scriptRequest;
}

void TestGeneratePage::init()
{
    QSettings().clear();
    QSettings().setValue(QLatin1String(LanguageManager::kSettingsKey), QStringLiteral("en"));
    LanguageManager::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY(ws.ok());
    m_workspace = std::move(ws).value();
    QVERIFY(m_workspace->profiles().create(m_profile).ok());
    m_prompter = std::make_unique<FakePrompter>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_secrets->write(QStringLiteral("provider/openai"), QStringLiteral("sk-test-0123456789"), [](Result<void>) {});
    m_server = std::make_unique<FakeOpenAiServer>();
}

void TestGeneratePage::cleanup()
{
    LanguageManager::apply(QStringLiteral("en"));
    if (m_prompter)
        QCOMPARE(m_prompter->unexpected, 0);
    m_window.reset();
    m_server.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestGeneratePage::openWindow(bool fallback, const QUrl& baseUrl)
{
    m_window = std::make_unique<MainWindow>(*m_workspace, m_prompter.get(), m_secrets.get());
    ProviderSettings p;
    p.provider = QStringLiteral("openai");
    p.baseUrl = baseUrl.isEmpty() ? m_server->baseUrl() : baseUrl;
    p.model = QStringLiteral("gpt-4o-mini");
    p.maxRetries = 0;
    p.offlineFallback = fallback;
    p.timeouts.connectMs = 5000;
    m_window->providerConfig().setSettings(p);
    m_window->setCurrentPage(page());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->indexService().state(), IndexService::State::UpToDate, kTimeoutMs);
}

// The request of the original service's sample file, typed and picked as a user would.
void TestGeneratePage::fillRequest()
{
    GenerateForm* form = page()->form();
    REEL_FIND(profile, QComboBox, form, "profileCombo");
    QCOMPARE(profile->currentText(), QStringLiteral("FitLife Studio"));
    const auto pick = [form](const char* name, CatalogKind kind, const QString& value) {
        auto* combo = form->findChild<QComboBox*>(QLatin1String(name));
        QVERIFY2(combo, name);
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), CatalogText::label(kind, value));
    };
    pick("goalCombo", CatalogKind::Goal, m_request.goal);
    pick("hookTypeCombo", CatalogKind::HookType, m_request.hookType);
    pick("emotionCombo", CatalogKind::Emotion, m_request.emotion);
    REEL_FIND(length, QSpinBox, form, "lengthSpin");
    length->selectAll();
    QTest::keyClicks(length, QString::number(m_request.scriptLength));
    REEL_FIND(cta, QLineEdit, form, "ctaEdit");
    QTest::keyClicks(cta, m_request.cta);
    REEL_FIND(topic, QPlainTextEdit, form, "topicEdit");
    QTest::keyClicks(topic, QStringLiteral("Home workouts for busy parents"));
    const ScriptRequest shown = form->request();
    QCOMPARE(shown.goal, m_request.goal);
    QCOMPARE(shown.hookType, m_request.hookType);
    QCOMPARE(shown.emotion, m_request.emotion);
    QCOMPARE(shown.scriptLength, 30);
    QCOMPARE(shown.cta, m_request.cta);
    QCOMPARE(shown.language, QStringLiteral("en"));
}

void TestGeneratePage::waitForExamples()
{
    QTRY_VERIFY_WITH_TIMEOUT(page()->examplesPanel()->isUpToDate(), kTimeoutMs);
    QVERIFY(page()->examplesPanel()->model()->rowCount() > 0);
}

void TestGeneratePage::clickGenerate()
{
    REEL_FIND(generate, QPushButton, page(), "generateButton");
    QVERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
}

void TestGeneratePage::waitUntilIdle()
{
    REEL_FIND(generate, QPushButton, page(), "generateButton");
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), kTimeoutMs);
    QVERIFY(generate->isEnabled());
}

namespace {

/// The variant's status line, to say why it is not done.
QString statusOf(const VariantView* view)
{
    return view ? view->findChild<QLabel*>(QStringLiteral("variantStatusLabel"))->text() : QStringLiteral("no variant");
}

} // namespace

int TestGeneratePage::savedScripts() const
{
    return int(*ScriptStore(m_workspace->database()).count());
}

void TestGeneratePage::scriptStreamsIntoThePreviewAndGetsItsScore()
{
    m_server->enqueue(kChatPath, slowStream(40));
    openWindow();
    fillRequest();
    waitForExamples();
    const QList<Example> shown = page()->examplesPanel()->chosen();
    QVERIFY(!shown.isEmpty());
    clickGenerate();
    REEL_FIND(stop, QPushButton, page(), "stopButton");
    QVERIFY(stop->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(page()->variantTabs()->count(), 1, kTimeoutMs);
    VariantView* view = page()->variant(0);
    QVERIFY(view);
    REEL_FIND(provider, QLabel, view, "variantProviderLabel");
    QCOMPARE(provider->text(), QStringLiteral("OpenAI · gpt-4o-mini"));

    // Section by section: a moment when the hook is complete and the body is still arriving.
    const ReelScript full = goodScript();
    QTRY_VERIFY_WITH_TIMEOUT(view->script().hook == full.hook && view->script().body.size() >= 20
                                     && view->script().body.size() < full.body.size(),
                             kTimeoutMs);
    const QString partialPreview = view->previewText();
    QVERIFY(partialPreview.contains(u"Still skipping workouts?"));
    QVERIFY(partialPreview.contains(u"Most people think f"));
    QVERIFY(!partialPreview.contains(full.body));
    QVERIFY(!partialPreview.contains(u"Start your free trial today"));
    QCOMPARE(page()->variantTabs()->tabText(0), QStringLiteral("Variant 1"));

    waitUntilIdle();
    QVERIFY(!stop->isEnabled());
    QVERIFY2(view->state() == VariantView::State::Done, qPrintable(statusOf(view)));
    QVERIFY(view->previewText().contains(full.body));
    QVERIFY(view->previewText().contains(u"#HomeWorkout"));
    const auto records = ScriptStore(m_workspace->database()).recent();
    QCOMPARE(records->size(), 1);
    const GenerationRecord& saved = records->first();
    QCOMPARE(saved.script.hook, full.hook);
    QCOMPARE(page()->variantTabs()->tabText(0), QStringLiteral("Variant 1 — %1").arg(saved.score));
    QVERIFY(provider->text().startsWith(QStringLiteral("OpenAI · gpt-4o-mini-2024-07-18 · 1,200 tokens · $")));
    REEL_FIND(status, QLabel, view, "variantStatusLabel");
    QVERIFY(status->text().startsWith(QStringLiteral("Score %1: no errors").arg(saved.score)));

    // The examples shown were the examples sent.
    const QString prompt = promptOf(m_server->requests(kChatPath).first());
    for (const Example& e : shown)
        QVERIFY2(prompt.contains(e.script.hook), qPrintable(e.script.hook));
    QCOMPARE(m_server->requests(kChatPath).first().header("authorization"), QByteArray("Bearer sk-test-0123456789"));
}

void TestGeneratePage::stopDuringAStreamSavesNothing()
{
    m_server->setHandler([](const reel::test::RecordedRequest&) { return slowStream(80); });
    openWindow();
    fillRequest();
    waitForExamples();
    REEL_FIND(variants, QSpinBox, page()->form(), "variantsSpin");
    variants->selectAll();
    QTest::keyClicks(variants, QStringLiteral("2"));
    // Ctrl+Return generates and Esc stops, wherever the focus is on the page (even in the topic).
    REEL_FIND(topic, QPlainTextEdit, page()->form(), "topicEdit");
    topic->setFocus(Qt::OtherFocusReason);
    const QString typed = topic->toPlainText();
    QTest::keyClick(topic, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(topic->toPlainText(), typed); // no new line: the shortcut took the keys
    REEL_FIND(generate, QPushButton, page(), "generateButton");
    QVERIFY(!generate->isEnabled()); // started (or waiting for the examples of the new request)
    QTRY_COMPARE_WITH_TIMEOUT(page()->variantTabs()->count(), 2, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->variant(0)->script().hook.isEmpty(), kTimeoutMs);
    topic->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(topic, Qt::Key_Escape);
    waitUntilIdle();
    QCOMPARE(savedScripts(), 0);
    QCOMPARE(page()->variant(0)->state(), VariantView::State::Stopped);
    QCOMPARE(page()->variantTabs()->tabText(1), QStringLiteral("Variant 2 — stopped"));
    REEL_FIND(runStatus, QLabel, page(), "runStatusLabel");
    QCOMPARE(runStatus->text(), QStringLiteral("Stopped. Variants that were not finished were not saved."));
    QVERIFY(!page()->findChild<QPushButton*>(QStringLiteral("openInEditorButton"))->isEnabled());
}

void TestGeneratePage::unauthorizedSaysCheckYourKeyAndOpensSettings()
{
    m_server->enqueue(kChatPath, FakeResponse::error(401, QStringLiteral("invalid_request_error"),
                                                     QStringLiteral("invalid_api_key"),
                                                     QStringLiteral("Incorrect API key provided.")));
    openWindow();
    fillRequest();
    waitForExamples();
    clickGenerate();
    waitUntilIdle();
    MessageBar* bar = page()->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().startsWith(
                     QStringLiteral("The model server rejected the API key. Check your key in Settings.")),
             qPrintable(bar->text()));
    QCOMPARE(page()->variant(0)->state(), VariantView::State::Failed);
    QCOMPARE(page()->variantTabs()->tabText(0), QStringLiteral("Variant 1 — failed"));
    QCOMPARE(savedScripts(), 0);
    QVERIFY(!bar->findChild<QPushButton*>(QStringLiteral("writeOfflineButton"))); // a key problem, not a network one
    auto* settings = bar->findChild<QPushButton*>(QStringLiteral("messageSettingsButton"));
    QVERIFY(settings);
    QCOMPARE(settings->text(), QStringLiteral("Open Settings"));
    QTest::mouseClick(settings, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), m_window->settingsPage());
    QVERIFY(m_window->settingsPage()->isVisible());
}

void TestGeneratePage::quotaAndRateLimitAreTold_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("button");
    QTest::newRow("quota") << QStringLiteral("insufficient_quota")
                           << QStringLiteral("The account has no quota left. Check your plan and billing.")
                           << QStringLiteral("writeOfflineButton");
    QTest::newRow("rate limit") << QStringLiteral("rate_limit_exceeded")
                                << QStringLiteral("The model server's rate limit was reached. Wait a moment and "
                                                  "try again.")
                                << QStringLiteral("tryAgainButton");
}

void TestGeneratePage::quotaAndRateLimitAreTold()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, button);
    m_server->setHandler([code](const reel::test::RecordedRequest&) {
        return FakeResponse::error(429, code, code, QStringLiteral("Limit."));
    });
    openWindow(false);
    fillRequest();
    waitForExamples();
    clickGenerate();
    waitUntilIdle();
    MessageBar* bar = page()->messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(message), qPrintable(bar->text()));
    QVERIFY(bar->findChild<QPushButton*>(button));
}

void TestGeneratePage::unreachableServerOffersTheOfflineComposer()
{
    openWindow(false, QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort())));
    fillRequest();
    waitForExamples();
    clickGenerate();
    waitUntilIdle();
    MessageBar* bar = page()->messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QStringLiteral("The model server cannot be reached.")), qPrintable(bar->text()));
    QCOMPARE(savedScripts(), 0);
    auto* offline = bar->findChild<QPushButton*>(QStringLiteral("writeOfflineButton"));
    QVERIFY(offline);
    QCOMPARE(offline->text(), QStringLiteral("Write with the Offline Composer"));
    QTest::mouseClick(offline, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(page()->variant(0) && page()->variant(0)->state() == VariantView::State::Done,
                              qPrintable(statusOf(page()->variant(0))), kTimeoutMs);
    waitUntilIdle();
    VariantView* view = page()->variant(0);
    REEL_FIND(provider, QLabel, view, "variantProviderLabel");
    QCOMPARE(provider->text(), QStringLiteral("Offline composer"));
    QCOMPARE(view->record()->provider, QStringLiteral("offline"));
    QCOMPARE(view->record()->errors, 0);
    QVERIFY(!view->script().hook.isEmpty());
    QVERIFY(!bar->isVisible());
    QCOMPARE(savedScripts(), 1);
    // Once only: the settings still name the server.
    QCOMPARE(m_window->providerConfig().settings().provider, QStringLiteral("openai"));
}

void TestGeneratePage::fallbackWritesOfflineAndSaysWhy()
{
    openWindow(true, QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort())));
    fillRequest();
    waitForExamples();
    clickGenerate();
    waitUntilIdle();
    VariantView* view = page()->variant(0);
    QVERIFY2(view->state() == VariantView::State::Done, qPrintable(statusOf(view)));
    REEL_FIND(provider, QLabel, view, "variantProviderLabel");
    QVERIFY2(provider->text().startsWith(QStringLiteral("Offline composer — written instead of the model: "
                                                        "The model server cannot be reached.")),
             qPrintable(provider->text()));
    QCOMPARE(provider->text().count(QStringLiteral("reached")), 1); // the cause, said once
    MessageBar* bar = page()->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Information);
    QVERIFY2(bar->text().startsWith(QStringLiteral("The offline composer wrote the script instead. The model server "
                                                   "cannot be reached.")),
             qPrintable(bar->text()));
    QCOMPARE(bar->text().count(QStringLiteral("reached")), 1);
    QCOMPARE(savedScripts(), 1);
}

void TestGeneratePage::pinsAndExclusionsDecideTheExamplesSent()
{
    m_server->setHandler(
            [](const reel::test::RecordedRequest&) { return FakeResponse::sse(streamOf(goodScriptText())); });
    openWindow();
    ProviderSettings p = m_window->providerConfig().settings();
    p.repairs = 0;
    m_window->providerConfig().setSettings(p);
    fillRequest();
    waitForExamples();
    ExamplePicksModel* model = page()->examplesPanel()->model();
    QTreeView* view = page()->examplesPanel()->view();
    REEL_FIND(pin, QPushButton, page(), "pinExampleButton");
    REEL_FIND(exclude, QPushButton, page(), "excludeExampleButton");
    QCOMPARE(model->rowCount(), ExamplePicksModel::kDefaultLimit);
    const qint64 excludedId = model->idAt(0);
    const qint64 pinnedId = model->idAt(1);
    const QString excludedHook = model->exampleAt(0)->script.hook;
    const QString pinnedHook = model->exampleAt(1)->script.hook;
    QVERIFY(model->index(0, 0).data(ExamplePicksModel::SentRole).toBool());

    // Exclude the best match: it stays listed (struck out), is not sent, and the next one comes in.
    clickExample(view, 0);
    QTest::mouseClick(exclude, Qt::LeftButton);
    QVERIFY(exclude->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(page()->examplesPanel()->isUpToDate()
                                     && model->rowCount() == ExamplePicksModel::kDefaultLimit + 1,
                             kTimeoutMs);
    QVERIFY(!model->index(model->rowOf(excludedId), 0).data(ExamplePicksModel::SentRole).toBool());
    QCOMPARE(page()->examplesPanel()->chosen().size(), ExamplePicksModel::kDefaultLimit);

    // Pin another.
    clickExample(view, model->rowOf(pinnedId));
    QTest::mouseClick(pin, Qt::LeftButton);
    QVERIFY(model->isPinned(pinnedId));

    clickGenerate();
    waitUntilIdle();
    QString prompt = promptOf(m_server->requests(kChatPath).last());
    QVERIFY(prompt.contains(pinnedHook));
    QVERIFY(!prompt.contains(excludedHook));

    // Another language: the pinned (English) example is no longer retrieved, but still sent.
    auto* language = page()->form()->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    QTRY_VERIFY_WITH_TIMEOUT(
            page()->examplesPanel()->isUpToDate()
                    && !model->index(model->rowOf(pinnedId), 0).data(ExamplePicksModel::RetrievedRole).toBool(),
            kTimeoutMs);
    QCOMPARE(model->rowOf(pinnedId), 0); // pins that were not retrieved come first
    QCOMPARE(model->index(0, ExamplePicksModel::WhyColumn).data().toString(),
             QStringLiteral("Pinned; not among the matches for this request"));
    m_server->clearRequests();
    clickGenerate();
    waitUntilIdle();
    prompt = promptOf(m_server->requests(kChatPath).first());
    QVERIFY(prompt.contains(pinnedHook));
    for (const Example& e : page()->examplesPanel()->chosen())
        QVERIFY(prompt.contains(e.script.hook));

    // Unpinned, it is gone from the list and from the next prompt.
    view->setCurrentIndex(model->index(0, ExamplePicksModel::HookColumn));
    QTest::mouseClick(pin, Qt::LeftButton);
    QCOMPARE(model->rowOf(pinnedId), -1);
}

void TestGeneratePage::examplesShowWhyTheyWereChosen()
{
    openWindow();
    fillRequest();
    waitForExamples();
    ExamplePicksModel* model = page()->examplesPanel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Example* e = model->exampleAt(row);
        QCOMPARE(e->language, QStringLiteral("en"));
        const QString details = model->index(row, ExamplePicksModel::DetailsColumn).data().toString();
        QVERIFY(details.endsWith(QStringLiteral(" · English")));
        QVERIFY(details.startsWith(CatalogText::label(CatalogKind::Sector, e->sector)));
        const QString similarity = model->index(row, ExamplePicksModel::SimilarityColumn).data().toString();
        QVERIFY2(similarity.endsWith(QStringLiteral(" %")), qPrintable(similarity));
        QVERIFY(model->index(row, ExamplePicksModel::WhyColumn).data().toString().startsWith(u"Matches on language"));
        // A narrow column cuts the reason; its tooltip gives it whole.
        QCOMPARE(model->index(row, ExamplePicksModel::WhyColumn).data(Qt::ToolTipRole).toString(),
                 model->index(row, ExamplePicksModel::WhyColumn).data().toString());
    }
    QCOMPARE(ExamplePicksModel::whyChosen(
                     {QStringLiteral("language"), QStringLiteral("sector"), QStringLiteral("hook_type")}),
             QStringLiteral("Matches on language, sector, and hook type")); // the locale's list
    QCOMPARE(ExamplePicksModel::whyChosen({}), QStringLiteral("Closest in wording"));
    REEL_FIND(state, QLabel, page(), "examplesStateLabel");
    QCOMPARE(state->text(), QStringLiteral("4 examples are sent with the request."));
}

void TestGeneratePage::openInEditorShowsTheVariantWithItsRequest()
{
    m_server->enqueue(kChatPath, FakeResponse::sse(streamOf(goodScriptText())));
    openWindow();
    fillRequest();
    REEL_FIND(length, QSpinBox, page()->form(), "lengthSpin");
    waitForExamples();
    clickGenerate();
    waitUntilIdle();
    REEL_FIND(open, QPushButton, page(), "openInEditorButton");
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    ScriptEditorPage* editor = m_window->scriptEditorPage();
    QCOMPARE(m_window->currentPage(), editor);
    QCOMPARE(editor->script().hook, goodScript().hook);
    QCOMPARE(editor->script().body, goodScript().body);
    QCOMPARE(editor->requestBar()->profile().brandName, QStringLiteral("FitLife Studio"));
    QCOMPARE(editor->requestBar()->request().hookType, m_request.hookType);
    QCOMPARE(editor->requestBar()->request().scriptLength, length->value());
    QVERIFY(!editor->isModified()); // it is saved in the workspace
    REEL_FIND(title, QLabel, editor, "scriptTitle");
    QCOMPARE(title->text(), goodScript().hook);
}

void TestGeneratePage::providerLineShowsWriterAndCost()
{
    openWindow();
    fillRequest();
    waitForExamples();
    REEL_FIND(line, QLabel, page(), "providerLabel");
    QTRY_VERIFY(line->text().startsWith(QStringLiteral("Written by OpenAI · gpt-4o-mini · estimated cost $0.")));
    ProviderSettings p = m_window->providerConfig().settings();
    p.provider = QStringLiteral("offline");
    m_window->providerConfig().setSettings(p);
    QCOMPARE(line->text(), QStringLiteral("Written by the offline composer: no model, no network, no cost."));
    p.provider = QStringLiteral("ollama");
    p.baseUrl = QUrl(QStringLiteral("http://localhost:11434/v1"));
    p.model = QStringLiteral("llama3.1");
    m_window->providerConfig().setSettings(p);
    QCOMPARE(line->text(), QStringLiteral("Written by Ollama · llama3.1 · on this computer, no cost"));
    REEL_FIND(settings, QPushButton, page(), "providerSettingsButton");
    QTest::mouseClick(settings, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), m_window->settingsPage());
}

void TestGeneratePage::editProfileOpensTheProfilesPage()
{
    openWindow();
    REEL_FIND(edit, QPushButton, page()->form(), "editProfileButton");
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), m_window->profilesPage());
    QCOMPARE(m_window->profilesPage()->currentProfileId(), page()->form()->profileId());
}

void TestGeneratePage::requestIsRemembered()
{
    openWindow();
    fillRequest();
    REEL_FIND(variants, QSpinBox, page()->form(), "variantsSpin");
    variants->selectAll();
    QTest::keyClicks(variants, QStringLiteral("3"));
    const ScriptRequest typed = page()->form()->request();
    m_window.reset();
    openWindow();
    QCOMPARE(page()->form()->request(), typed);
    QCOMPARE(page()->form()->variants(), 3);
    QCOMPARE(page()->form()->profile().brandName, QStringLiteral("FitLife Studio"));
}

void TestGeneratePage::picksModelPassesModelTester()
{
    ExamplePicksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<RetrievedExample> found;
    for (int i = 1; i <= 6; ++i) {
        RetrievedExample r;
        r.example.id = i;
        r.example.sector = QStringLiteral("fitness");
        r.example.script.hook = QStringLiteral("Hook %1").arg(i);
        r.similarity = 1.0f - float(i) / 10.0f;
        r.matched = {QStringLiteral("language")};
        found.append(r);
    }
    model.setRetrieved(found.mid(0, 5));
    QCOMPARE(model.rowCount(), 4); // the limit
    QVERIFY(model.setData(model.index(0, ExamplePicksModel::ExcludeColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.rowCount(), 5); // the excluded one stays listed, the fifth is now sent
    QCOMPARE(model.chosen().size(), 4);
    QVERIFY(model.setData(model.index(1, ExamplePicksModel::PinColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.index(1, ExamplePicksModel::PinColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    model.setRetrieved(found.mid(5)); // a new request: only example 6
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.idAt(0), 2); // the pin, first
    QCOMPARE(model.chosen().size(), 2);
    model.setPinned(2, false);
    QCOMPARE(model.rowCount(), 1);
    model.clearRetrieved();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.chosen().isEmpty());
}

void TestGeneratePage::switchesLanguageAtRunTime()
{
    openWindow();
    REEL_FIND(generate, QPushButton, page(), "generateButton");
    QVERIFY(LanguageManager::apply(QStringLiteral("de")));
    QTRY_COMPARE(page()->windowTitle(), QStringLiteral("Generieren"));
    QCOMPARE(generate->text(), QStringLiteral("&Generieren"));
    QCOMPARE(page()->examplesPanel()->model()->headerData(ExamplePicksModel::WhyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Warum gewählt"));
    QVERIFY(LanguageManager::apply(QStringLiteral("en")));
    QTRY_COMPARE(page()->windowTitle(), QStringLiteral("Generate"));
}

QTEST_MAIN(TestGeneratePage)
#include "tst_generatepage.moc"
