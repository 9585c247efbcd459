#include "settings/SettingsPage.h"

#include "common/ErrorText.h"
#include "common/InputLimits.h"
#include "common/Prompter.h"
#include "llm/ApiCall.h"
#include "llm/ProviderSettings.h"
#include "llm/SecretStore.h"
#include "settings/PricesPanel.h"
#include "settings/ProviderConfig.h"
#include "settings/ProviderText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace reel::ui {

namespace {

constexpr int kStatusTimeoutMs = 8000;

bool isWebUrl(const QUrl& url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

} // namespace

SettingsPage::SettingsPage(ProviderConfig& config, QNetworkAccessManager& network, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_config(config)
    , m_network(network)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("settingsPage"));
    buildUi();
    retranslateUi();
    showSettings();

    connect(&m_config, &ProviderConfig::keyChanged, this, [this] {
        updateKeyState();
        updateEnabled();
    });
}

SettingsPage::~SettingsPage()
{
    m_config.disconnect(this);
    if (m_call)
        m_call->disconnect(this);
}

void SettingsPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("settingsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("settingsContent"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(buildProviderBox());
    contentLayout->addWidget(buildGenerationBox());
    m_prices = new PricesPanel(m_config, m_prompter, content);
    contentLayout->addWidget(m_prices, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
}

QGroupBox* SettingsPage::buildProviderBox()
{
    m_providerBox = new QGroupBox(this);
    m_providerBox->setObjectName(QStringLiteral("providerBox"));

    m_provider = new QComboBox(m_providerBox);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_providerHint = new QLabel(m_providerBox);
    m_providerHint->setObjectName(QStringLiteral("providerHint"));
    m_providerHint->setWordWrap(true);
    m_providerHint->setForegroundRole(QPalette::PlaceholderText);

    m_baseUrl = new QLineEdit(m_providerBox);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setClearButtonEnabled(true);

    m_model = new QComboBox(m_providerBox);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_refreshModels = new QPushButton(m_providerBox);
    m_refreshModels->setObjectName(QStringLiteral("refreshModelsButton"));
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_refreshModels);

    m_apiKey = new QLineEdit(m_providerBox);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setClearButtonEnabled(true);
    m_saveKey = new QPushButton(m_providerBox);
    m_saveKey->setObjectName(QStringLiteral("saveKeyButton"));
    m_removeKey = new QPushButton(m_providerBox);
    m_removeKey->setObjectName(QStringLiteral("removeKeyButton"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_saveKey);
    keyRow->addWidget(m_removeKey);
    m_keyStatus = new QLabel(m_providerBox);
    m_keyStatus->setObjectName(QStringLiteral("keyStatusLabel"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);
    m_keychainNotice = new QLabel(m_providerBox);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNoticeLabel"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setTextFormat(Qt::PlainText);

    m_test = new QPushButton(m_providerBox);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result = new QLabel(m_providerBox);
    m_result->setObjectName(QStringLiteral("connectionResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);

    m_providerLabel = new QLabel(m_providerBox);
    m_providerLabel->setBuddy(m_provider);
    m_baseUrlLabel = new QLabel(m_providerBox);
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_modelLabel = new QLabel(m_providerBox);
    m_modelLabel->setBuddy(m_model);
    m_apiKeyLabel = new QLabel(m_providerBox);
    m_apiKeyLabel->setBuddy(m_apiKey);

    auto* form = new QFormLayout(m_providerBox);
    form->addRow(m_providerLabel, m_provider);
    form->addRow(QString(), m_providerHint);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(m_modelLabel, modelRow);
    form->addRow(m_apiKeyLabel, keyRow);
    form->addRow(QString(), m_keyStatus);
    form->addRow(QString(), m_keychainNotice);
    form->addRow(QString(), testRow);

    connect(m_provider, &QComboBox::activated, this, &SettingsPage::onProviderChosen);
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] {
        saveFromFields();
        setResult({}, false);
    });
    connect(m_model, &QComboBox::currentTextChanged, this, &SettingsPage::saveFromFields);
    connect(m_refreshModels, &QPushButton::clicked, this, [this] { testConnection(false); });
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(true); });
    connect(m_apiKey, &QLineEdit::textChanged, this, &SettingsPage::updateEnabled);
    connect(m_apiKey, &QLineEdit::returnPressed, this, &SettingsPage::saveKey);
    connect(m_saveKey, &QPushButton::clicked, this, &SettingsPage::saveKey);
    connect(m_removeKey, &QPushButton::clicked, this, &SettingsPage::removeKey);

    setTabOrder(m_provider, m_baseUrl);
    setTabOrder(m_baseUrl, m_model);
    setTabOrder(m_model, m_refreshModels);
    setTabOrder(m_refreshModels, m_apiKey);
    setTabOrder(m_apiKey, m_saveKey);
    setTabOrder(m_saveKey, m_removeKey);
    setTabOrder(m_removeKey, m_test);
    return m_providerBox;
}

QGroupBox* SettingsPage::buildGenerationBox()
{
    m_generationBox = new QGroupBox(this);
    m_generationBox->setObjectName(QStringLiteral("generationBox"));
    const auto spin = [this](const char* name, int min, int max) {
        auto* box = new QSpinBox(m_generationBox);
        box->setObjectName(QLatin1String(name));
        box->setRange(min, max);
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::saveFromFields);
        return box;
    };
    m_temperature = new QDoubleSpinBox(m_generationBox);
    m_temperature->setObjectName(QStringLiteral("temperatureSpin"));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &SettingsPage::saveFromFields);
    m_maxTokens = spin("maxTokensSpin", 0, 32000);
    m_maxTokens->setSingleStep(100);
    m_connectTimeout = spin("connectTimeoutSpin", 1, 120);
    m_inactivityTimeout = spin("inactivityTimeoutSpin", 1, 600);
    m_deadline = spin("deadlineSpin", 5, 3600);
    m_retries = spin("retriesSpin", 0, 10);
    m_repairs = spin("repairsSpin", 0, 5);
    m_offlineFallback = new QCheckBox(m_generationBox);
    m_offlineFallback->setObjectName(QStringLiteral("offlineFallbackCheck"));
    connect(m_offlineFallback, &QCheckBox::toggled, this, &SettingsPage::saveFromFields);

    const auto label = [this](QWidget* buddy) {
        auto* l = new QLabel(m_generationBox);
        l->setBuddy(buddy);
        return l;
    };
    m_temperatureLabel = label(m_temperature);
    m_maxTokensLabel = label(m_maxTokens);
    m_connectLabel = label(m_connectTimeout);
    m_inactivityLabel = label(m_inactivityTimeout);
    m_deadlineLabel = label(m_deadline);
    m_retriesLabel = label(m_retries);
    m_repairsLabel = label(m_repairs);

    auto* form = new QFormLayout(m_generationBox);
    form->addRow(m_temperatureLabel, m_temperature);
    form->addRow(m_maxTokensLabel, m_maxTokens);
    form->addRow(m_connectLabel, m_connectTimeout);
    form->addRow(m_inactivityLabel, m_inactivityTimeout);
    form->addRow(m_deadlineLabel, m_deadline);
    form->addRow(m_retriesLabel, m_retries);
    form->addRow(m_repairsLabel, m_repairs);
    form->addRow(QString(), m_offlineFallback);
    return m_generationBox;
}

void SettingsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SettingsPage::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_title->setText(tr("Settings"));
    m_providerBox->setTitle(tr("Model provider"));
    m_generationBox->setTitle(tr("Generation"));

    m_providerLabel->setText(tr("&Provider:"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setToolTip(tr("Which model writes the scripts"));
    fillProviders();
    m_baseUrlLabel->setText(tr("&Base URL:"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setToolTip(tr("The server's OpenAI-compatible address, usually ending in /v1"));
    m_modelLabel->setText(tr("&Model:"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setToolTip(tr("The model's id on the server; Refresh lists the models it offers"));
    m_refreshModels->setText(tr("&Refresh"));
    m_refreshModels->setToolTip(tr("List the models the server offers"));
    m_apiKeyLabel->setText(tr("API &key:"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_saveKey->setText(tr("&Save Key"));
    m_saveKey->setToolTip(tr("Keep the key in the system keychain"));
    m_removeKey->setText(tr("Remo&ve Key"));
    m_removeKey->setToolTip(tr("Delete the saved key from the keychain"));
    m_test->setText(tr("&Test Connection"));
    m_test->setToolTip(tr("Ask the server for its models with these settings"));

    m_temperatureLabel->setText(tr("&Temperature:"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setToolTip(tr("Higher values give more varied scripts; lower, more predictable ones"));
    m_maxTokensLabel->setText(tr("Ma&x tokens per answer:"));
    m_maxTokens->setAccessibleName(tr("Maximum tokens per answer"));
    m_maxTokens->setSpecialValueText(tr("Server default"));
    m_connectLabel->setText(tr("&Connect timeout:"));
    m_connectTimeout->setAccessibleName(tr("Connect timeout in seconds"));
    m_connectTimeout->setToolTip(tr("How long to wait for the server to accept the request"));
    m_inactivityLabel->setText(tr("&Inactivity timeout:"));
    m_inactivityTimeout->setAccessibleName(tr("Inactivity timeout in seconds"));
    m_inactivityTimeout->setToolTip(tr("The longest silence allowed while the answer streams in"));
    m_deadlineLabel->setText(tr("&Overall timeout:"));
    m_deadline->setAccessibleName(tr("Overall timeout in seconds"));
    m_deadline->setToolTip(tr("The longest a whole answer may take, retries included"));
    //: Unit after a number of seconds, e.g. "10 s"
    const QString seconds = tr(" s");
    for (QSpinBox* box : {m_connectTimeout, m_inactivityTimeout, m_deadline})
        box->setSuffix(seconds);
    m_retriesLabel->setText(tr("R&etries:"));
    m_retries->setAccessibleName(tr("Retries"));
    m_retries->setToolTip(tr("How often a request is sent again after a network error, a rate limit or a server "
                             "error"));
    m_repairsLabel->setText(tr("Re&pairs:"));
    m_repairs->setAccessibleName(tr("Repairs"));
    m_repairs->setToolTip(tr("How often a script with errors goes back to the model with the problems found"));
    m_offlineFallback->setText(tr("When the server cannot be reached, write with the &offline composer"));

    updateKeyState();
    updateEnabled();
}

void SettingsPage::fillProviders()
{
    const bool updating = m_updating;
    m_updating = true;
    const QString current = m_provider->currentData().toString();
    m_provider->clear();
    m_provider->addItem(tr("Automatic: OpenAI with a key, else the offline composer"), QString());
    for (const ProviderPreset& preset : providerPresets())
        m_provider->addItem(ProviderText::name(preset.id), preset.id);
    m_provider->addItem(tr("Offline composer only"), QString::fromLatin1(ProviderSettings::kOffline));
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
    m_updating = updating;
}

QString SettingsPage::currentProvider() const
{
    return m_provider->currentData().toString();
}

QString SettingsPage::keyOwner() const
{
    return ProviderConfig::keyOwner(currentProvider());
}

void SettingsPage::showSettings()
{
    m_updating = true;
    const ProviderSettings s = m_config.settings();
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(s.provider)));
    m_baseUrl->setText(s.baseUrl.toString());
    m_model->setEditText(s.model);
    m_temperature->setValue(s.temperature);
    m_maxTokens->setValue(s.maxTokens);
    m_connectTimeout->setValue(s.timeouts.connectMs / 1000);
    m_inactivityTimeout->setValue(s.timeouts.inactivityMs / 1000);
    m_deadline->setValue(s.timeouts.deadlineMs / 1000);
    m_retries->setValue(s.maxRetries);
    m_repairs->setValue(s.repairs);
    m_offlineFallback->setChecked(s.offlineFallback);
    m_updating = false;
    updateKeyState();
    updateEnabled();
}

void SettingsPage::onProviderChosen()
{
    const QString id = currentProvider();
    m_updating = true;
    // The preset's usual address and model; OpenAI's address honours $OPENAI_BASE_URL.
    if (id.isEmpty()) {
        m_baseUrl->clear();
        m_model->setEditText({});
    } else if (const auto preset = providerPreset(id)) {
        const QUrl url = id == u"openai" ? ApiEndpoint::fromEnvironment().baseUrl : preset->baseUrl;
        m_baseUrl->setText(url.toString());
        m_model->clear();
        m_model->setEditText(preset->suggestedModel);
    }
    m_updating = false;
    saveFromFields();
    setResult({}, false);
    m_apiKey->clear();
    m_config.loadKey(keyOwner());
    updateKeyState();
    updateEnabled();
}

void SettingsPage::saveFromFields()
{
    if (m_updating)
        return;
    ProviderSettings p = m_config.settings();
    p.provider = currentProvider();
    const QString url = m_baseUrl->text().trimmed();
    p.baseUrl = url.isEmpty() ? QUrl() : QUrl(url);
    p.model = m_model->currentText().trimmed();
    p.temperature = m_temperature->value();
    p.maxTokens = m_maxTokens->value();
    p.timeouts.connectMs = m_connectTimeout->value() * 1000;
    p.timeouts.inactivityMs = m_inactivityTimeout->value() * 1000;
    p.timeouts.deadlineMs = m_deadline->value() * 1000;
    p.maxRetries = m_retries->value();
    p.repairs = m_repairs->value();
    p.offlineFallback = m_offlineFallback->isChecked();
    m_config.setSettings(p);
    updateEnabled();
}

void SettingsPage::updateEnabled()
{
    const QString id = currentProvider();
    const bool offline = id == QLatin1String(ProviderSettings::kOffline);
    for (QWidget* w : std::initializer_list<QWidget*>{m_baseUrl, m_model, m_apiKey, m_keyStatus})
        w->setEnabled(!offline);
    m_refreshModels->setEnabled(!offline && !isTesting());
    m_test->setEnabled(!offline && !isTesting());
    m_saveKey->setEnabled(!offline && !m_apiKey->text().trimmed().isEmpty());
    m_removeKey->setEnabled(!offline && m_config.keySource(keyOwner()) == ProviderConfig::KeySource::Stored);

    // The address the provider will really use, as a hint in the empty field.
    ProviderSettings preset;
    preset.provider = id;
    const ProviderSettings effective = preset.effective(true);
    m_baseUrl->setPlaceholderText(id == u"custom" ? tr("e.g. https://models.example.com/v1")
                                                  : effective.baseUrl.toString());
    m_model->lineEdit()->setPlaceholderText(effective.model.isEmpty() ? tr("The model's id, e.g. llama3.1")
                                                                      : effective.model);

    QString hint;
    if (id.isEmpty())
        hint = tr("OpenAI when an API key is known (saved here or in OPENAI_API_KEY), else the offline composer.");
    else if (offline)
        hint = tr("Scripts are written on this computer from templates, with no model and no network: free and "
                  "private, but less varied.");
    else if (id == u"openai")
        hint = tr("OpenAI's API. It needs an API key and charges per token (see Prices).");
    else if (id == u"custom")
        hint = tr("Any server that speaks the OpenAI API: enter its base URL and model.");
    else
        hint = tr("A model server on this computer: start it first. A key is usually not needed.");
    m_providerHint->setText(hint);
}

void SettingsPage::updateKeyState()
{
    const QString owner = keyOwner();
    const bool offline = currentProvider() == QLatin1String(ProviderSettings::kOffline);
    const auto source = m_config.keySource(owner);
    QString status;
    if (offline) {
        status = tr("The offline composer needs no key.");
    } else if (const auto problem = m_config.keyProblem(owner)) {
        status = tr("The keychain could not be read: %1").arg(ErrorText::message(*problem));
    } else if (source == ProviderConfig::KeySource::Stored) {
        const QString key = m_config.keyOf(owner);
        // Only the end of a long key is shown, enough to tell keys apart.
        const QString tail = key.size() >= 12 ? key.right(4) : QString();
        //: %1 the hidden key with its last four characters, e.g. •••• 3xYz
        status = tr("Saved key: %1").arg(QStringLiteral("•••• ") + tail);
    } else if (source == ProviderConfig::KeySource::Environment) {
        status = tr("Using the key from the OPENAI_API_KEY environment variable. A key saved here is used instead.");
    } else if (!m_config.isKeyLoaded(owner)) {
        status = tr("Reading the keychain…");
    } else {
        const auto preset = providerPreset(owner);
        status = preset && !preset->needsKey && owner != u"custom"
                         ? tr("No key saved; a server on this computer usually needs none.")
                         : tr("No key saved.");
    }
    m_keyStatus->setText(status);
    m_apiKey->setPlaceholderText(source == ProviderConfig::KeySource::Stored ? tr("Enter a new key to replace it")
                                                                             : tr("Paste the API key"));

    const SecretStore& secrets = m_config.secrets();
    if (secrets.isPersistent()) {
        m_keychainNotice->setVisible(false);
    } else {
        const QString reason = secrets.unavailableReason();
        m_keychainNotice->setText(
                reason.isEmpty()
                        ? tr("The system keychain is not available. The key is kept for this session only and "
                             "never written to disk.")
                        //: %1 why the keychain cannot be used (from the system, often English)
                        : tr("The system keychain is not available (%1). The key is kept for this session only and "
                             "never written to disk.")
                                  .arg(reason));
        m_keychainNotice->setVisible(true);
    }
}

void SettingsPage::focusApiKey()
{
    m_apiKey->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::saveKey()
{
    const QString key = m_apiKey->text().trimmed();
    if (key.isEmpty())
        return;
    const QString owner = keyOwner();
    QPointer<SettingsPage> self(this);
    m_config.saveKey(owner, key, [self](Result<void> saved) {
        if (!self)
            return;
        if (!saved) {
            self->setResult(tr("The key was not saved: %1").arg(ErrorText::message(saved.error())), true);
            return;
        }
        self->m_apiKey->clear();
        self->updateKeyState();
        self->updateEnabled();
        emit self->statusMessage(self->m_config.secrets().isPersistent()
                                         ? tr("The key was saved in the system keychain.")
                                         : tr("The key is kept for this session only."),
                                 kStatusTimeoutMs);
    });
}

void SettingsPage::removeKey()
{
    const QString owner = keyOwner();
    //: %1 the provider, e.g. OpenAI
    if (!m_prompter.confirm(this, tr("Remove Key"),
                            tr("Remove the saved API key for %1 from the keychain?").arg(ProviderText::name(owner)),
                            tr("Remove Key")))
        return;
    QPointer<SettingsPage> self(this);
    m_config.removeKey(owner, [self](Result<void> removed) {
        if (!self)
            return;
        if (!removed)
            self->setResult(tr("The key was not removed: %1").arg(ErrorText::message(removed.error())), true);
        self->updateKeyState();
        self->updateEnabled();
    });
}

void SettingsPage::testConnection(bool reportSuccess)
{
    if (m_call) {
        ApiCall* previous = m_call;
        m_call = nullptr;
        previous->disconnect(this);
        previous->cancel();
        previous->deleteLater();
    }
    const QString typedKey = m_apiKey->text().trimmed();
    const QString owner = keyOwner();
    const QString key = typedKey.isEmpty() ? m_config.keyOf(owner) : typedKey;
    const ProviderSettings p = m_config.settings().effective(!key.isEmpty() || !m_config.keyOf(owner).isEmpty());
    if (p.isOffline()) {
        setResult(currentProvider().isEmpty()
                          ? tr("No API key is known, so the offline composer writes; it needs no connection.")
                          : tr("The offline composer needs no connection."),
                  false);
        return;
    }
    if (!isWebUrl(p.baseUrl)) {
        setResult(tr("Enter the server's base URL, e.g. %1").arg(QStringLiteral("http://localhost:11434/v1")), true);
        m_baseUrl->setFocus(Qt::OtherFocusReason);
        return;
    }
    RetryPolicy policy;
    policy.maxRetries = 0; // the user is waiting for an answer, and can click again
    ApiCall::Request request;
    request.verb = "GET";
    request.path = QStringLiteral("models");
    auto* call = new ApiCall(m_network, p.endpoint(key), request, policy, p.timeouts, this);
    m_call = call;
    m_reportSuccess = reportSuccess;
    connect(call, &ApiCall::succeeded, this, [this, call](const QByteArray& body, const ApiResponseInfo&) {
        m_call = nullptr;
        call->deleteLater();
        onModelsListed(body);
        updateEnabled();
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiFailure& failure) {
        m_call = nullptr;
        call->deleteLater();
        if (failure.kind != ApiFailure::Kind::Cancelled)
            onTestFailed(failure);
        updateEnabled();
    });
    //: %1 the server's address
    setResult(tr("Connecting to %1…").arg(p.baseUrl.toDisplayString()), false);
    updateEnabled();
    call->start();
}

void SettingsPage::onModelsListed(const QByteArray& body)
{
    const QJsonDocument doc = parseJsonOrEmpty(body, limits::kAnswerBytes);
    if (!doc.isObject() || !doc.object().value(u"data").isArray()) {
        setResult(tr("The server answered, but not with a list of models. Check the base URL (it usually ends in "
                     "/v1)."),
                  true);
        return;
    }
    QStringList ids;
    for (const QJsonValue& v : doc.object().value(u"data").toArray()) {
        const QString id = v.toObject().value(u"id").toString().trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    const QString current = m_model->currentText();
    m_updating = true;
    m_model->clear();
    m_model->addItems(ids);
    m_model->setEditText(current);
    m_updating = false;

    const int n = int(ids.size());
    QString text = m_reportSuccess
                           ? (n == 1 ? tr("Connected. The server offers %n model.", nullptr, n)
                                     : tr("Connected. The server offers %n models.", nullptr, n))
                           : (n == 1 ? tr("%n model listed.", nullptr, n) : tr("%n models listed.", nullptr, n));
    if (!current.trimmed().isEmpty() && n > 0 && !ids.contains(current.trimmed()))
        //: %1 the model id set above
        text += u' ' + tr("“%1” is not among them.").arg(current.trimmed());
    setResult(text, false);
}

void SettingsPage::onTestFailed(const ApiFailure& failure)
{
    setResult(ErrorText::apiMessage(failure.toError()), true);
    if (failure.kind == ApiFailure::Kind::Http && failure.status == 401)
        focusApiKey();
}

void SettingsPage::setResult(const QString& text, bool problem)
{
    m_result->setText(text);
    m_result->setAccessibleDescription(text);
    if (problem != m_resultIsProblem) {
        m_resultIsProblem = problem;
        QPalette p = palette();
        if (problem) {
            const bool dark = p.color(QPalette::Window).lightness() < 128;
            p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
        }
        m_result->setPalette(p);
    }
}

} // namespace reel::ui
