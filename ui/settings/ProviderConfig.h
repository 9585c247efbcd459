#pragma once

#include "common/Result.h"
#include "llm/PriceTable.h"
#include "llm/ProviderSettings.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace reel {
class SecretStore;
class Workspace;
} // namespace reel

namespace reel::ui {

/// The model provider the app writes with, shared by the Settings and Generate pages: the
/// provider settings (QSettings), the API key of each provider (in the SecretStore, cached in
/// memory; $OPENAI_API_KEY stands in for OpenAI's when none is stored) and the price table (the
/// workspace's own, else the built-in one). Whatever is set here applies to the next generation.
class ProviderConfig : public QObject
{
    Q_OBJECT

public:
    enum class KeySource
    {
        None,
        Stored,      ///< saved in the SecretStore
        Environment, ///< $OPENAI_API_KEY (OpenAI only)
    };

    ProviderConfig(reel::Workspace& workspace, reel::SecretStore& secrets, QObject* parent = nullptr);
    ~ProviderConfig() override;

    reel::SecretStore& secrets() const { return m_secrets; }

    /// As chosen on the Settings page (the provider may be empty: automatic).
    reel::ProviderSettings settings() const { return m_settings; }
    /// Saves `settings` (QSettings) and reads the new provider's key when it is not known yet.
    void setSettings(const reel::ProviderSettings& settings);
    /// What the next generation uses (ProviderSettings::effective with the keys known).
    reel::ProviderSettings effective() const;
    /// The key sent to the effective provider (empty: none).
    QString apiKey() const;

    /// "provider/openai": the secret's name for a provider id.
    static QString secretName(const QString& provider);
    /// The provider whose key the Settings page edits for `provider` (automatic means OpenAI).
    static QString keyOwner(const QString& provider);
    /// The key of `provider` and where it comes from; empty until the SecretStore answered.
    QString keyOf(const QString& provider) const;
    KeySource keySource(const QString& provider) const;
    /// True once the SecretStore answered for `provider`.
    bool isKeyLoaded(const QString& provider) const { return m_loadedKeys.contains(provider); }
    /// Why the SecretStore could not read `provider`'s key (empty when it could).
    std::optional<reel::Error> keyProblem(const QString& provider) const;
    /// Reads `provider`'s stored key (asynchronously; keyChanged follows).
    void loadKey(const QString& provider);
    void saveKey(const QString& provider, const QString& key, std::function<void(Result<void>)> done);
    void removeKey(const QString& provider, std::function<void(Result<void>)> done);

    reel::PriceTable prices() const { return m_prices; }
    /// True when the built-in list is in use (the user has not edited it).
    bool pricesAreBuiltIn() const { return m_pricesBuiltIn; }
    /// Keeps `prices` in the workspace as the user's table.
    Result<void> setPrices(const reel::PriceTable& prices);
    /// Forgets the user's table: the built-in list applies again.
    Result<void> resetPrices();
    /// Why the workspace's price table could not be read at start (then the built-in one is used).
    const std::optional<reel::Error>& pricesProblem() const { return m_pricesProblem; }

signals:
    /// The settings or a key changed: what the next generation uses may differ.
    void changed();
    void keyChanged(const QString& provider);
    void pricesChanged();

private:
    void loadPrices();

    reel::Workspace& m_workspace;
    reel::SecretStore& m_secrets;
    reel::ProviderSettings m_settings;
    QHash<QString, QString> m_keys;
    QSet<QString> m_loadedKeys;
    QSet<QString> m_loadingKeys;
    QHash<QString, reel::Error> m_keyProblems;
    reel::PriceTable m_prices;
    bool m_pricesBuiltIn = true;
    std::optional<reel::Error> m_pricesProblem;
};

} // namespace reel::ui
