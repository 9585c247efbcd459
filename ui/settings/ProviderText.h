#pragma once

#include <QCoreApplication>
#include <QString>

namespace reel::ui {

/// Translated names of model providers, shared by the Settings and Generate pages.
class ProviderText
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::ProviderText)

public:
    /// "OpenAI", "Ollama", "llama.cpp server", "Other OpenAI-compatible server", "Offline composer"…
    /// Product names stay as they are; descriptions are translated.
    static QString name(const QString& providerId);
    /// The offline composer's name (Generator::offlineProviderLabel(), translated).
    static QString offlineComposer();
};

} // namespace reel::ui
