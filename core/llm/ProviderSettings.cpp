#include "llm/ProviderSettings.h"

#include <QSettings>

namespace reel {

QList<ProviderPreset> providerPresets()
{
    return {
            {QStringLiteral("openai"), QStringLiteral("OpenAI"), QUrl(QStringLiteral("https://api.openai.com/v1")),
             true, QStringLiteral("gpt-4o-mini")},
            {QStringLiteral("ollama"), QStringLiteral("Ollama"), QUrl(QStringLiteral("http://localhost:11434/v1")),
             false, QStringLiteral("llama3.1")},
            {QStringLiteral("lmstudio"),
             QStringLiteral("LM Studio"),
             QUrl(QStringLiteral("http://localhost:1234/v1")),
             false,
             {}},
            {QStringLiteral("llamacpp"),
             QStringLiteral("llama.cpp server"),
             QUrl(QStringLiteral("http://localhost:8080/v1")),
             false,
             {}},
            {QStringLiteral("vllm"),
             QStringLiteral("vLLM"),
             QUrl(QStringLiteral("http://localhost:8000/v1")),
             false,
             {}},
            {QStringLiteral("custom"), QStringLiteral("Other OpenAI-compatible server"), QUrl(), false, {}},
    };
}

std::optional<ProviderPreset> providerPreset(const QString& id)
{
    for (const ProviderPreset& p : providerPresets()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

ProviderSettings ProviderSettings::load(QSettings& s)
{
    ProviderSettings p;
    s.beginGroup(QStringLiteral("provider"));
    p.provider = s.value(QStringLiteral("id")).toString();
    p.baseUrl = s.value(QStringLiteral("base_url")).toUrl();
    p.model = s.value(QStringLiteral("model")).toString();
    p.temperature = std::clamp(s.value(QStringLiteral("temperature"), 0.8).toDouble(), 0.0, 2.0);
    p.maxTokens = std::clamp(s.value(QStringLiteral("max_tokens"), 2000).toInt(), 0, 32000);
    p.timeouts.connectMs = std::clamp(s.value(QStringLiteral("connect_timeout_ms"), 10'000).toInt(), 1000, 120'000);
    p.timeouts.inactivityMs = std::clamp(s.value(QStringLiteral("inactivity_timeout_ms"), 60'000).toInt(), 1000,
                                         600'000);
    p.timeouts.deadlineMs = std::clamp(s.value(QStringLiteral("deadline_ms"), 600'000).toInt(), 5000, 3'600'000);
    p.maxRetries = std::clamp(s.value(QStringLiteral("retries"), 2).toInt(), 0, 10);
    p.repairs = std::clamp(s.value(QStringLiteral("repairs"), 2).toInt(), 0, 5);
    p.offlineFallback = s.value(QStringLiteral("offline_fallback"), true).toBool();
    s.endGroup();
    return p;
}

void ProviderSettings::save(QSettings& s) const
{
    s.beginGroup(QStringLiteral("provider"));
    s.setValue(QStringLiteral("id"), provider);
    s.setValue(QStringLiteral("base_url"), baseUrl);
    s.setValue(QStringLiteral("model"), model);
    s.setValue(QStringLiteral("temperature"), temperature);
    s.setValue(QStringLiteral("max_tokens"), maxTokens);
    s.setValue(QStringLiteral("connect_timeout_ms"), timeouts.connectMs);
    s.setValue(QStringLiteral("inactivity_timeout_ms"), timeouts.inactivityMs);
    s.setValue(QStringLiteral("deadline_ms"), timeouts.deadlineMs);
    s.setValue(QStringLiteral("retries"), maxRetries);
    s.setValue(QStringLiteral("repairs"), repairs);
    s.setValue(QStringLiteral("offline_fallback"), offlineFallback);
    s.endGroup();
}

ProviderSettings ProviderSettings::effective(bool keyKnown) const
{
    ProviderSettings p = *this;
    if (p.provider.isEmpty())
        p.provider = keyKnown ? QStringLiteral("openai") : QString::fromLatin1(kOffline);
    if (p.isOffline())
        return p;
    const auto preset = providerPreset(p.provider);
    if (p.baseUrl.isEmpty()) {
        const QUrl env = ApiEndpoint::fromEnvironment().baseUrl;
        p.baseUrl = p.provider == u"openai" ? env : (preset ? preset->baseUrl : QUrl());
    }
    if (p.model.isEmpty() && preset)
        p.model = preset->suggestedModel;
    return p;
}

ApiEndpoint ProviderSettings::endpoint(const QString& apiKey) const
{
    ApiEndpoint e;
    e.baseUrl = baseUrl;
    e.apiKey = apiKey;
    return e;
}

} // namespace reel
