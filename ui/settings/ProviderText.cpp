#include "settings/ProviderText.h"

#include "llm/ProviderSettings.h"

namespace reel::ui {

QString ProviderText::name(const QString& providerId)
{
    if (providerId == QLatin1String(ProviderSettings::kOffline))
        return offlineComposer();
    if (providerId == u"llamacpp")
        return tr("llama.cpp server");
    if (providerId == u"custom")
        return tr("Other OpenAI-compatible server");
    const auto preset = providerPreset(providerId);
    return preset ? preset->label : providerId;
}

QString ProviderText::offlineComposer()
{
    //: the built-in writer that needs no model and no network
    return tr("Offline composer");
}

} // namespace reel::ui
