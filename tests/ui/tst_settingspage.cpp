// The Settings page driven through its real widgets: provider presets, a connection test
// against a real loopback OpenAI-compatible server, the API key kept in the secret store and
// nowhere on disk, the keychain notice, the generation limits and the price table.

#include "FakePrompter.h"
#include "UiTestHelpers.h"
#include "common/LanguageManager.h"
#include "llm/ProviderSettings.h"
#include "llm/SecretStore.h"
#include "settings/PriceTableModel.h"
#include "settings/PricesPanel.h"
#include "settings/ProviderConfig.h"
#include "settings/SettingsPage.h"
#include "store/Workspace.h"
#include "support/FakeOpenAiServer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace reel;
using namespace reel::ui;
using reel::test::FakeOpenAiServer;
using reel::test::FakeResponse;

namespace {

/// A store whose keychain is out of reach, as on a machine without a Secret Service.
class UnreachableKeychain final : public SecretStore
{
public:
    void read(const QString& name, std::function<void(Result<QString>)> done) override { done(m_secrets.value(name)); }
    void write(const QString& name, const QString& secret, std::function<void(Result<void>)> done) override
    {
        m_secrets.insert(name, secret);
        done({});
    }
    void remove(const QString& name, std::function<void(Result<void>)> done) override
    {
        m_secrets.remove(name);
        done({});
    }
    bool isPersistent() const override { return false; }
    QString unavailableReason() const override { return QStringLiteral("No D-Bus session bus"); }

private:
    QHash<QString, QString> m_secrets;
};

QString readSecret(SecretStore& store, const QString& name)
{
    QString out;
    store.read(name, [&out](Result<QString> r) {
        if (r)
            out = r.value();
    });
    return out;
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void presetFillsBaseUrlAndModel();
    void otherServerKeepsTheTypedAddress();
    void offlineProviderNeedsNoConnection();
    void testConnectionListsTheServersModels();
    void refreshKeepsTheChosenModel();
    void unauthorizedTestShowsTheKeyMessage();
    void unreachableServerIsExplained();
    void savedKeyGoesToTheSecretStoreAndNowhereOnDisk();
    void removeKeyAsksFirst();
    void keychainOutOfReachIsSaid();
    void environmentKeyIsAnnounced();
    void generationLimitsAreSaved();
    void priceEditsPersistInTheWorkspace();
    void priceModelPassesModelTester();
    void switchesLanguageAtRunTime();

private:
    void openPage(SecretStore* secrets = nullptr);
    void choose(QComboBox* combo, const QString& value);
    void typeInto(QLineEdit* edit, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProviderConfig> m_config;
    std::unique_ptr<SettingsPage> m_page;
    std::unique_ptr<FakeOpenAiServer> m_server;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingspage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The machine's own key and server must not leak into the tests.
    qunsetenv("OPENAI_API_KEY");
    qunsetenv("OPENAI_BASE_URL");
}

void TestSettingsPage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY(ws.ok());
    m_workspace = std::move(ws).value();
    m_prompter = std::make_unique<FakePrompter>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeOpenAiServer>();
}

void TestSettingsPage::cleanup()
{
    LanguageManager::apply(QStringLiteral("en"));
    qunsetenv("OPENAI_API_KEY");
    if (m_prompter)
        QCOMPARE(m_prompter->unexpected, 0);
    m_page.reset();
    m_config.reset();
    m_network.reset();
    m_server.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestSettingsPage::openPage(SecretStore* secrets)
{
    m_config = std::make_unique<ProviderConfig>(*m_workspace, secrets ? *secrets : *m_secrets);
    m_page = std::make_unique<SettingsPage>(*m_config, *m_network, *m_prompter);
    m_page->resize(900, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

// As a user does: focus the box, Home, then Down until the entry is reached (each step is an
// "activated" choice, like a click in the list).
void TestSettingsPage::choose(QComboBox* combo, const QString& value)
{
    combo->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != value; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), value);
}

void TestSettingsPage::typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestSettingsPage::presetFillsBaseUrlAndModel()
{
    openPage();
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    REEL_FIND(baseUrl, QLineEdit, m_page.get(), "baseUrlEdit");
    REEL_FIND(model, QComboBox, m_page.get(), "modelCombo");
    REEL_FIND(keyStatus, QLabel, m_page.get(), "keyStatusLabel");
    QCOMPARE(provider->currentData().toString(), QString());             // automatic until chosen
    QCOMPARE(m_config->effective().provider, QStringLiteral("offline")); // no key known

    choose(provider, QStringLiteral("ollama"));
    QCOMPARE(baseUrl->text(), QStringLiteral("http://localhost:11434/v1"));
    QCOMPARE(model->currentText(), QStringLiteral("llama3.1"));
    QCOMPARE(keyStatus->text(), QStringLiteral("No key saved; a server on this computer usually needs none."));
    // Saved at once, for the next generation and the next start.
    QCOMPARE(m_config->settings().provider, QStringLiteral("ollama"));
    QSettings settings;
    const ProviderSettings saved = ProviderSettings::load(settings);
    QCOMPARE(saved.provider, QStringLiteral("ollama"));
    QCOMPARE(saved.baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
    QCOMPARE(saved.model, QStringLiteral("llama3.1"));

    choose(provider, QStringLiteral("lmstudio"));
    QCOMPARE(baseUrl->text(), QStringLiteral("http://localhost:1234/v1"));
    QCOMPARE(model->currentText(), QString()); // no suggestion: the user picks one of the server's
    choose(provider, QStringLiteral("openai"));
    QCOMPARE(baseUrl->text(), QStringLiteral("https://api.openai.com/v1"));
    QCOMPARE(model->currentText(), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(keyStatus->text(), QStringLiteral("No key saved."));
}

void TestSettingsPage::otherServerKeepsTheTypedAddress()
{
    openPage();
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    REEL_FIND(baseUrl, QLineEdit, m_page.get(), "baseUrlEdit");
    REEL_FIND(model, QComboBox, m_page.get(), "modelCombo");
    choose(provider, QStringLiteral("custom"));
    typeInto(baseUrl, QStringLiteral("https://models.example.com/v1"));
    model->setFocus(Qt::OtherFocusReason);
    model->lineEdit()->selectAll();
    QTest::keyClicks(model->lineEdit(), QStringLiteral("mistral-large"));
    QCOMPARE(m_config->settings().baseUrl, QUrl(QStringLiteral("https://models.example.com/v1")));
    QCOMPARE(m_config->effective().model, QStringLiteral("mistral-large"));
    // A new page over the same settings shows them.
    m_page.reset();
    openPage();
    QCOMPARE(m_page->findChild<QComboBox*>(QStringLiteral("providerCombo"))->currentData().toString(),
             QStringLiteral("custom"));
    QCOMPARE(m_page->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))->text(),
             QStringLiteral("https://models.example.com/v1"));
    QCOMPARE(m_page->findChild<QComboBox*>(QStringLiteral("modelCombo"))->currentText(),
             QStringLiteral("mistral-large"));
}

void TestSettingsPage::offlineProviderNeedsNoConnection()
{
    openPage();
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    REEL_FIND(baseUrl, QLineEdit, m_page.get(), "baseUrlEdit");
    REEL_FIND(test, QPushButton, m_page.get(), "testConnectionButton");
    REEL_FIND(apiKey, QLineEdit, m_page.get(), "apiKeyEdit");
    choose(provider, QStringLiteral("offline"));
    QVERIFY(!baseUrl->isEnabled());
    QVERIFY(!test->isEnabled());
    QVERIFY(!apiKey->isEnabled());
    QVERIFY(m_config->effective().isOffline());
    choose(provider, QStringLiteral("ollama"));
    QVERIFY(baseUrl->isEnabled());
    QVERIFY(test->isEnabled());
}

void TestSettingsPage::testConnectionListsTheServersModels()
{
    openPage();
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    REEL_FIND(baseUrl, QLineEdit, m_page.get(), "baseUrlEdit");
    REEL_FIND(model, QComboBox, m_page.get(), "modelCombo");
    REEL_FIND(apiKey, QLineEdit, m_page.get(), "apiKeyEdit");
    REEL_FIND(test, QPushButton, m_page.get(), "testConnectionButton");
    REEL_FIND(result, QLabel, m_page.get(), "connectionResultLabel");
    choose(provider, QStringLiteral("custom"));
    typeInto(baseUrl, m_server->baseUrl().toString());
    // A key typed but not saved yet is what the test uses.
    typeInto(apiKey, QStringLiteral("sk-typed-0123456789"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("Connected. The server offers 3 models."), 10000);
    QStringList items;
    for (int i = 0; i < model->count(); ++i)
        items.append(model->itemText(i));
    QCOMPARE(items, (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
                                 QStringLiteral("text-embedding-3-small")}));
    const auto requests = m_server->requests("/v1/models");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("GET"));
    QCOMPARE(requests.first().header("authorization"), QByteArray("Bearer sk-typed-0123456789"));
    QVERIFY(test->isEnabled());
}

void TestSettingsPage::refreshKeepsTheChosenModel()
{
    openPage();
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    REEL_FIND(baseUrl, QLineEdit, m_page.get(), "baseUrlEdit");
    REEL_FIND(model, QComboBox, m_page.get(), "modelCombo");
    REEL_FIND(refresh, QPushButton, m_page.get(), "refreshModelsButton");
    REEL_FIND(result, QLabel, m_page.get(), "connectionResultLabel");
    choose(provider, QStringLiteral("vllm"));
    typeInto(baseUrl, m_server->baseUrl().toString());
    model->lineEdit()->selectAll();
    QTest::keyClicks(model->lineEdit(), QStringLiteral("my-model"));
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("3 models listed. “my-model” is not among them."), 10000);
    QCOMPARE(model->currentText(), QStringLiteral("my-model"));
    QCOMPARE(model->count(), 3);
    // Picking one from the list sets it.
    model->setFocus(Qt::OtherFocusReason);
    model->setCurrentIndex(model->findText(QStringLiteral("gpt-4o")));
    QCOMPARE(m_config->settings().model, QStringLiteral("gpt-4o"));
}

void TestSettingsPage::unauthorizedTestShowsTheKeyMessage()
{
    m_server->enqueue("/v1/models", FakeResponse::error(401, QStringLiteral("invalid_request_error"),
                                                        QStringLiteral("invalid_api_key"),
                                                        QStringLiteral("Incorrect API key provided."))
                                            .header("x-request-id", "req_401"));
    openPage();
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    REEL_FIND(baseUrl, QLineEdit, m_page.get(), "baseUrlEdit");
    REEL_FIND(apiKey, QLineEdit, m_page.get(), "apiKeyEdit");
    REEL_FIND(test, QPushButton, m_page.get(), "testConnectionButton");
    REEL_FIND(result, QLabel, m_page.get(), "connectionResultLabel");
    choose(provider, QStringLiteral("openai"));
    typeInto(baseUrl, m_server->baseUrl().toString());
    typeInto(apiKey, QStringLiteral("sk-wrong"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("The model server rejected the API key.")),
                             10000);
    QVERIFY(result->text().contains(u"Incorrect API key provided."));
    QVERIFY(result->text().contains(u"req_401"));
    QCOMPARE(QApplication::focusWidget(), apiKey); // where the fix goes
}

void TestSettingsPage::unreachableServerIsExplained()
{
    openPage();
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    REEL_FIND(baseUrl, QLineEdit, m_page.get(), "baseUrlEdit");
    REEL_FIND(test, QPushButton, m_page.get(), "testConnectionButton");
    REEL_FIND(result, QLabel, m_page.get(), "connectionResultLabel");
    choose(provider, QStringLiteral("custom"));
    typeInto(baseUrl, QStringLiteral("not a url"));
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(result->text(), QStringLiteral("Enter the server's base URL, e.g. http://localhost:11434/v1"));
    QCOMPARE(m_server->requests().size(), 0);

    // A port nobody listens on.
    const quint16 port = m_server->port();
    m_server.reset();
    typeInto(baseUrl, QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("The model server cannot be reached.")), 15000);
}

void TestSettingsPage::savedKeyGoesToTheSecretStoreAndNowhereOnDisk()
{
    const QString key = QStringLiteral("sk-proj-SECRET0123456789abcdefXYZW");
    openPage();
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    REEL_FIND(apiKey, QLineEdit, m_page.get(), "apiKeyEdit");
    REEL_FIND(save, QPushButton, m_page.get(), "saveKeyButton");
    REEL_FIND(keyStatus, QLabel, m_page.get(), "keyStatusLabel");
    choose(provider, QStringLiteral("openai"));
    QCOMPARE(apiKey->echoMode(), QLineEdit::Password);
    QVERIFY(!save->isEnabled());
    typeInto(apiKey, key);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QCOMPARE(readSecret(*m_secrets, QStringLiteral("provider/openai")), key);
    QVERIFY(apiKey->text().isEmpty()); // never shown back
    QCOMPARE(keyStatus->text(), QStringLiteral("Saved key: •••• XYZW"));
    QVERIFY(!keyStatus->text().contains(u"SECRET"));
    QCOMPARE(m_config->apiKey(), key);
    QCOMPARE(m_config->effective().provider, QStringLiteral("openai"));

    // Nothing the app writes holds the key: not the settings, not the workspace.
    QSettings().sync();
    const QStringList folders{
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
            m_dir->path(),
    };
    bool sawSettings = false;
    for (const QString& folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(QByteArray("SECRET0123456789")), qPrintable(path));
            if (bytes.contains("api.openai.com"))
                sawSettings = true; // the provider settings were written, without the key
        }
    }
    QVERIFY(sawSettings);

    // A new page (the next start) shows the key as saved.
    m_page.reset();
    openPage();
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("keyStatusLabel"))->text(),
             QStringLiteral("Saved key: •••• XYZW"));
}

void TestSettingsPage::removeKeyAsksFirst()
{
    m_secrets->write(QStringLiteral("provider/openai"), QStringLiteral("sk-0123456789abcdef"), [](Result<void>) {});
    QSettings().setValue(QStringLiteral("provider/id"), QStringLiteral("openai"));
    openPage();
    REEL_FIND(remove, QPushButton, m_page.get(), "removeKeyButton");
    REEL_FIND(keyStatus, QLabel, m_page.get(), "keyStatusLabel");
    QCOMPARE(keyStatus->text(), QStringLiteral("Saved key: •••• cdef"));
    QVERIFY(remove->isEnabled());
    m_prompter->confirmAnswers = {false};
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(readSecret(*m_secrets, QStringLiteral("provider/openai")), QStringLiteral("sk-0123456789abcdef"));
    m_prompter->confirmAnswers = {true};
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_prompter->confirmQuestions.size(), 2);
    QCOMPARE(readSecret(*m_secrets, QStringLiteral("provider/openai")), QString());
    QCOMPARE(keyStatus->text(), QStringLiteral("No key saved."));
    QVERIFY(!remove->isEnabled());
    QVERIFY(m_config->apiKey().isEmpty());
}

void TestSettingsPage::keychainOutOfReachIsSaid()
{
    UnreachableKeychain keychain;
    openPage(&keychain);
    REEL_FIND(notice, QLabel, m_page.get(), "keychainNoticeLabel");
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("The system keychain is not available (No D-Bus session bus). The key is "
                                            "kept for this session only and never written to disk."));
    m_page.reset();
    m_config.reset();
}

void TestSettingsPage::environmentKeyIsAnnounced()
{
    qputenv("OPENAI_API_KEY", "sk-from-the-environment-1234");
    openPage();
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    REEL_FIND(keyStatus, QLabel, m_page.get(), "keyStatusLabel");
    QCOMPARE(keyStatus->text(),
             QStringLiteral("Using the key from the OPENAI_API_KEY environment variable. A key saved "
                            "here is used instead."));
    QCOMPARE(m_config->effective().provider, QStringLiteral("openai")); // automatic: a key is known
    QCOMPARE(m_config->apiKey(), QStringLiteral("sk-from-the-environment-1234"));
    // Never sent to another server.
    choose(provider, QStringLiteral("ollama"));
    QVERIFY(m_config->apiKey().isEmpty());
}

void TestSettingsPage::generationLimitsAreSaved()
{
    openPage();
    REEL_FIND(temperature, QDoubleSpinBox, m_page.get(), "temperatureSpin");
    REEL_FIND(maxTokens, QSpinBox, m_page.get(), "maxTokensSpin");
    REEL_FIND(connect, QSpinBox, m_page.get(), "connectTimeoutSpin");
    REEL_FIND(inactivity, QSpinBox, m_page.get(), "inactivityTimeoutSpin");
    REEL_FIND(deadline, QSpinBox, m_page.get(), "deadlineSpin");
    REEL_FIND(retries, QSpinBox, m_page.get(), "retriesSpin");
    REEL_FIND(repairs, QSpinBox, m_page.get(), "repairsSpin");
    REEL_FIND(fallback, QCheckBox, m_page.get(), "offlineFallbackCheck");
    QCOMPARE(temperature->value(), 0.8);
    QCOMPARE(connect->value(), 10);
    QVERIFY(fallback->isChecked());
    const auto type = [](QAbstractSpinBox* box, const QString& text) {
        box->setFocus(Qt::OtherFocusReason);
        box->selectAll();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Enter);
    };
    type(temperature, QStringLiteral("0.3"));
    type(maxTokens, QStringLiteral("1500"));
    type(connect, QStringLiteral("5"));
    type(inactivity, QStringLiteral("30"));
    type(deadline, QStringLiteral("120"));
    type(retries, QStringLiteral("4"));
    type(repairs, QStringLiteral("1"));
    QTest::mouseClick(fallback, Qt::LeftButton);

    QSettings settings;
    const ProviderSettings saved = ProviderSettings::load(settings);
    QCOMPARE(saved.temperature, 0.3);
    QCOMPARE(saved.maxTokens, 1500);
    QCOMPARE(saved.timeouts.connectMs, 5000);
    QCOMPARE(saved.timeouts.inactivityMs, 30000);
    QCOMPARE(saved.timeouts.deadlineMs, 120000);
    QCOMPARE(saved.maxRetries, 4);
    QCOMPARE(saved.repairs, 1);
    QCOMPARE(saved.offlineFallback, false);
    QCOMPARE(m_config->effective().repairs, 1);
}

void TestSettingsPage::priceEditsPersistInTheWorkspace()
{
    openPage();
    REEL_FIND(table, QTableView, m_page.get(), "priceTable");
    REEL_FIND(add, QPushButton, m_page.get(), "addPriceButton");
    REEL_FIND(remove, QPushButton, m_page.get(), "removePriceButton");
    REEL_FIND(reset, QPushButton, m_page.get(), "resetPricesButton");
    PriceTableModel* model = m_page->prices()->model();
    QVERIFY(model->rowCount() > 0);
    QVERIFY(!reset->isEnabled()); // the built-in list is in use
    const double builtIn = PriceTable::builtIn().priceOf(QStringLiteral("gpt-4o-mini"))->inputPerMillion;

    // Edit a price in place: F2, type, Enter.
    const int row = model->rowOf(QStringLiteral("gpt-4o-mini"));
    QVERIFY(row >= 0);
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentIndex(model->index(row, PriceTableModel::InputColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = table->findChild<QDoubleSpinBox*>(QStringLiteral("priceEditor"));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("0.5"));
    QTest::keyClick(editor, Qt::Key_Enter);
    // The delegate commits on its next turn of the event loop.
    QTRY_COMPARE(model->index(row, PriceTableModel::InputColumn).data().toString(), QStringLiteral("0.50"));

    // Add a model: its name is edited at once.
    QTest::mouseClick(add, Qt::LeftButton);
    auto* nameEditor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    nameEditor->selectAll();
    QTest::keyClicks(nameEditor, QStringLiteral("my-hosted-model"));
    QTest::keyClick(nameEditor, Qt::Key_Enter);
    QTRY_VERIFY(model->rowOf(QStringLiteral("my-hosted-model")) >= 0);

    // Remove one.
    const int gone = model->rowOf(QStringLiteral("gpt-4o"));
    QVERIFY(gone >= 0);
    table->selectRow(gone);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(model->rowOf(QStringLiteral("gpt-4o")), -1);
    QVERIFY(reset->isEnabled());

    // What the next start (and the next generation) reads from the workspace.
    ProviderConfig reopened(*m_workspace, *m_secrets);
    QVERIFY(!reopened.pricesAreBuiltIn());
    QCOMPARE(reopened.prices().priceOf(QStringLiteral("gpt-4o-mini"))->inputPerMillion, 0.5);
    QVERIFY(reopened.prices().priceOf(QStringLiteral("my-hosted-model")).has_value());
    QVERIFY(!reopened.prices().entries().contains(QStringLiteral("gpt-4o")));
    QCOMPARE(reopened.prices().asOf(), PriceTable::builtIn().asOf());

    // Reset asks, then brings the built-in list back.
    m_prompter->confirmAnswers = {true};
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(m_prompter->confirmQuestions.size(), 1);
    QCOMPARE(model->index(model->rowOf(QStringLiteral("gpt-4o-mini")), PriceTableModel::InputColumn)
                     .data(Qt::EditRole)
                     .toDouble(),
             builtIn);
    ProviderConfig afterReset(*m_workspace, *m_secrets);
    QVERIFY(afterReset.pricesAreBuiltIn());
    QCOMPARE(afterReset.prices().priceOf(QStringLiteral("gpt-4o-mini"))->inputPerMillion, builtIn);
}

void TestSettingsPage::priceModelPassesModelTester()
{
    PriceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(PriceTable::builtIn());
    QVERIFY(model.rowCount() > 2);
    const int added = model.addModel(QStringLiteral("x"));
    QCOMPARE(model.addModel(QStringLiteral("x")), added + 1);
    QCOMPARE(model.index(added + 1, PriceTableModel::ModelColumn).data().toString(), QStringLiteral("x-2"));
    // Names stay unique and prices are numbers from 0.
    QVERIFY(!model.setData(model.index(added + 1, PriceTableModel::ModelColumn), QStringLiteral("x")));
    QVERIFY(!model.setData(model.index(added, PriceTableModel::InputColumn), -1.0));
    QVERIFY(!model.setData(model.index(added, PriceTableModel::ModelColumn), QStringLiteral("  ")));
    QVERIFY(model.setData(model.index(added, PriceTableModel::OutputColumn), 2.5));
    QCOMPARE(model.index(added, PriceTableModel::OutputColumn).data().toString(), QStringLiteral("2.50"));
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.table().entries().size(), model.rowCount());
    QCOMPARE(PriceTableModel::formatPrice(0.075), QStringLiteral("0.075"));
    QCOMPARE(PriceTableModel::formatPrice(10), QStringLiteral("10.00"));
}

void TestSettingsPage::switchesLanguageAtRunTime()
{
    openPage();
    REEL_FIND(test, QPushButton, m_page.get(), "testConnectionButton");
    REEL_FIND(provider, QComboBox, m_page.get(), "providerCombo");
    choose(provider, QStringLiteral("offline"));
    QVERIFY(LanguageManager::apply(QStringLiteral("de")));
    QTRY_COMPARE(m_page->windowTitle(), QStringLiteral("Einstellungen"));
    QCOMPARE(test->text(), QStringLiteral("Verbindung &testen"));
    QCOMPARE(provider->currentText(), QStringLiteral("Nur Offline-Texter"));
    QCOMPARE(provider->currentData().toString(), QStringLiteral("offline"));
    QCOMPARE(m_page->prices()->model()->headerData(PriceTableModel::ModelColumn, Qt::Horizontal).toString(),
             QStringLiteral("Modell"));
    QVERIFY(LanguageManager::apply(QStringLiteral("en")));
    QTRY_COMPARE(m_page->windowTitle(), QStringLiteral("Settings"));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
