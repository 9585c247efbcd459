#pragma once

#include "llm/ApiCall.h"
#include "llm/ApiTypes.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;

namespace reel::ui {

class PricesPanel;
class Prompter;
class ProviderConfig;

/// Settings: which model writes scripts and how it is called. The provider (OpenAI, a local
/// OpenAI-compatible server, any other one, or the offline composer alone), its base URL and
/// model (listed from the server's /models), the API key (kept in the system keychain, never
/// shown back in full), a connection test, the sampling and time limits, the retry and repair
/// budget, the offline fallback and the price table. Every change is saved at once and applies
/// to the next generation.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(ProviderConfig& config, QNetworkAccessManager& network, Prompter& prompter, QWidget* parent = nullptr);
    ~SettingsPage() override;

    PricesPanel* prices() const { return m_prices; }
    /// True while a connection test or a model listing is waiting for the server.
    bool isTesting() const { return m_call != nullptr; }

    /// Asks the server for its models with the settings as entered; `reportSuccess` shows the
    /// result of a connection test (else the list is only refreshed).
    void testConnection(bool reportSuccess = true);
    /// Gives the key field the focus (the Generate page's "check your key" leads here).
    void focusApiKey();

signals:
    void statusMessage(const QString& text, int timeoutMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QGroupBox* buildProviderBox();
    QGroupBox* buildGenerationBox();
    void retranslateUi();
    void fillProviders();
    void showSettings();
    void onProviderChosen();
    void saveFromFields();
    QString currentProvider() const;
    QString keyOwner() const;
    void updateKeyState();
    void updateEnabled();
    void saveKey();
    void removeKey();
    void onModelsListed(const QByteArray& body);
    void onTestFailed(const reel::ApiFailure& failure);
    void setResult(const QString& text, bool problem);

    ProviderConfig& m_config;
    QNetworkAccessManager& m_network;
    Prompter& m_prompter;
    QPointer<reel::ApiCall> m_call;
    bool m_reportSuccess = true;
    bool m_updating = false;
    bool m_resultIsProblem = false;

    QLabel* m_title = nullptr;
    QGroupBox* m_providerBox = nullptr;
    QGroupBox* m_generationBox = nullptr;
    QLabel* m_providerLabel = nullptr;
    QComboBox* m_provider = nullptr;
    QLabel* m_providerHint = nullptr;
    QLabel* m_baseUrlLabel = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLabel* m_modelLabel = nullptr;
    QComboBox* m_model = nullptr;
    QPushButton* m_refreshModels = nullptr;
    QLabel* m_apiKeyLabel = nullptr;
    QLineEdit* m_apiKey = nullptr;
    QPushButton* m_saveKey = nullptr;
    QPushButton* m_removeKey = nullptr;
    QLabel* m_keyStatus = nullptr;
    QLabel* m_keychainNotice = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;

    QLabel* m_temperatureLabel = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QLabel* m_maxTokensLabel = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    QLabel* m_connectLabel = nullptr;
    QSpinBox* m_connectTimeout = nullptr;
    QLabel* m_inactivityLabel = nullptr;
    QSpinBox* m_inactivityTimeout = nullptr;
    QLabel* m_deadlineLabel = nullptr;
    QSpinBox* m_deadline = nullptr;
    QLabel* m_retriesLabel = nullptr;
    QSpinBox* m_retries = nullptr;
    QLabel* m_repairsLabel = nullptr;
    QSpinBox* m_repairs = nullptr;
    QCheckBox* m_offlineFallback = nullptr;

    PricesPanel* m_prices = nullptr;
};

} // namespace reel::ui
