#include "settings/ProviderConfig.h"

#include "llm/ApiTypes.h"
#include "llm/SecretStore.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QPointer>
#include <QSettings>

namespace reel::ui {

ProviderConfig::ProviderConfig(Workspace& workspace, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
{
    QSettings settings;
    m_settings = ProviderSettings::load(settings);
    loadPrices();
    // The key of the provider in use (and OpenAI's, which "automatic" falls back on) is read now,
    // so that the provider line of the Generate page is right from the start.
    loadKey(keyOwner(m_settings.provider));
    if (m_settings.provider.isEmpty())
        loadKey(QStringLiteral("openai"));
}

ProviderConfig::~ProviderConfig() = default;

QString ProviderConfig::secretName(const QString& provider)
{
    return QStringLiteral("provider/") + provider;
}

QString ProviderConfig::keyOwner(const QString& provider)
{
    return provider.isEmpty() ? QStringLiteral("openai") : provider;
}

void ProviderConfig::setSettings(const ProviderSettings& settings)
{
    const bool providerChanged = settings.provider != m_settings.provider;
    m_settings = settings;
    QSettings s;
    m_settings.save(s);
    if (providerChanged && !m_settings.isOffline())
        loadKey(keyOwner(m_settings.provider));
    emit changed();
}

ProviderSettings ProviderConfig::effective() const
{
    const bool keyKnown = !keyOf(QStringLiteral("openai")).isEmpty();
    return m_settings.effective(keyKnown);
}

QString ProviderConfig::apiKey() const
{
    const ProviderSettings p = effective();
    return p.isOffline() ? QString() : keyOf(p.provider);
}

QString ProviderConfig::keyOf(const QString& provider) const
{
    const QString stored = m_keys.value(keyOwner(provider));
    if (!stored.isEmpty())
        return stored;
    // The official SDKs' variable: for OpenAI only, and only while OpenAI's address is OpenAI's
    // API or $OPENAI_BASE_URL, so that the key never goes to another server.
    if (keyOwner(provider) == u"openai") {
        ProviderSettings openai = m_settings;
        if (keyOwner(openai.provider) != u"openai")
            openai.baseUrl.clear();
        openai.provider = QStringLiteral("openai");
        return ApiEndpoint::environmentKeyFor(openai.effective(true).baseUrl);
    }
    return {};
}

ProviderConfig::KeySource ProviderConfig::keySource(const QString& provider) const
{
    if (!m_keys.value(keyOwner(provider)).isEmpty())
        return KeySource::Stored;
    if (!keyOf(provider).isEmpty())
        return KeySource::Environment;
    return KeySource::None;
}

std::optional<Error> ProviderConfig::keyProblem(const QString& provider) const
{
    const auto it = m_keyProblems.constFind(keyOwner(provider));
    if (it == m_keyProblems.cend())
        return std::nullopt;
    return it.value();
}

void ProviderConfig::loadKey(const QString& provider)
{
    if (provider.isEmpty() || provider == QLatin1String(ProviderSettings::kOffline) || m_loadingKeys.contains(provider))
        return;
    m_loadingKeys.insert(provider);
    QPointer<ProviderConfig> self(this);
    m_secrets.read(secretName(provider), [self, provider](Result<QString> read) {
        if (!self)
            return;
        self->m_loadingKeys.remove(provider);
        self->m_loadedKeys.insert(provider);
        if (read) {
            self->m_keys.insert(provider, read.value());
            self->m_keyProblems.remove(provider);
        } else {
            self->m_keyProblems.insert(provider, read.error());
        }
        emit self->keyChanged(provider);
        emit self->changed();
    });
}

void ProviderConfig::saveKey(const QString& provider, const QString& key, std::function<void(Result<void>)> done)
{
    QPointer<ProviderConfig> self(this);
    m_secrets.write(secretName(provider), key, [self, provider, key, done = std::move(done)](Result<void> written) {
        if (self && written) {
            self->m_keys.insert(provider, key);
            self->m_keyProblems.remove(provider);
            self->m_loadedKeys.insert(provider);
            emit self->keyChanged(provider);
            emit self->changed();
        }
        if (done)
            done(written);
    });
}

void ProviderConfig::removeKey(const QString& provider, std::function<void(Result<void>)> done)
{
    QPointer<ProviderConfig> self(this);
    m_secrets.remove(secretName(provider), [self, provider, done = std::move(done)](Result<void> removed) {
        if (self && removed) {
            self->m_keys.remove(provider);
            emit self->keyChanged(provider);
            emit self->changed();
        }
        if (done)
            done(removed);
    });
}

void ProviderConfig::loadPrices()
{
    m_prices = PriceTable::builtIn();
    m_pricesBuiltIn = true;
    auto user = PriceTable::loadUser(m_workspace.database());
    if (!user) {
        m_pricesProblem = user.error();
        return;
    }
    if (user.value()) {
        m_prices = *user.value();
        m_pricesBuiltIn = false;
    }
}

Result<void> ProviderConfig::setPrices(const PriceTable& prices)
{
    if (auto r = PriceTable::saveUser(m_workspace.database(), prices); !r)
        return r;
    m_prices = prices;
    m_pricesBuiltIn = false;
    m_pricesProblem.reset();
    emit pricesChanged();
    return {};
}

Result<void> ProviderConfig::resetPrices()
{
    if (auto r = PriceTable::resetUser(m_workspace.database()); !r)
        return r;
    m_prices = PriceTable::builtIn();
    m_pricesBuiltIn = true;
    m_pricesProblem.reset();
    emit pricesChanged();
    return {};
}

} // namespace reel::ui
