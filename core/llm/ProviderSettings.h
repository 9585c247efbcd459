#pragma once

#include "llm/ApiTypes.h"

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace reel {

/// A kind of OpenAI-compatible server the Settings page offers, with its usual address.
struct ProviderPreset
{
    QString id;    ///< "openai", "ollama", "lmstudio", "llamacpp", "vllm", "custom"
    QString label; ///< English; ui/ translates
    QUrl baseUrl;
    bool needsKey = false;
    QString suggestedModel;
};

/// OpenAI first; then the common local servers (Ollama, LM Studio, llama.cpp, vLLM) and any other base URL.
QList<ProviderPreset> providerPresets();
std::optional<ProviderPreset> providerPreset(const QString& id);

/// Which model writes scripts and how it is called. Kept in the user's settings (QSettings),
/// never with the key: the key lives in the OS keychain or comes from $OPENAI_API_KEY.
struct ProviderSettings
{
    static constexpr auto kOffline = "offline";

    QString provider; ///< a preset id, "offline", or empty (not chosen yet)
    QUrl baseUrl;
    QString model;
    double temperature = 0.8;
    int maxTokens = 2000;
    ApiTimeouts timeouts;
    int maxRetries = 2;
    int repairs = 2;
    /// When the model server cannot be reached, write with the offline composer instead.
    bool offlineFallback = true;

    static ProviderSettings load(QSettings& settings);
    void save(QSettings& settings) const;

    /// The provider to use: the chosen one; when none was chosen, OpenAI if a key is known
    /// (keychain or $OPENAI_API_KEY, with $OPENAI_BASE_URL honoured), else the offline composer.
    ProviderSettings effective(bool keyKnown) const;
    bool isOffline() const { return provider == QLatin1String(kOffline); }
    ApiEndpoint endpoint(const QString& apiKey) const;
};

} // namespace reel
