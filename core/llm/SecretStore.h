#pragma once

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace reel {

/// Where API keys are kept. Asynchronous, as OS keychains are. Keys are never written to a
/// plain-text file by any implementation here.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// `done` gets the secret, or an empty string when there is none.
    virtual void read(const QString& name, std::function<void(Result<QString>)> done) = 0;
    virtual void write(const QString& name, const QString& secret, std::function<void(Result<void>)> done) = 0;
    virtual void remove(const QString& name, std::function<void(Result<void>)> done) = 0;
    /// False when secrets last only as long as the session (no keychain could be reached).
    virtual bool isPersistent() const = 0;
    /// Why secrets are not persistent (empty when they are).
    virtual QString unavailableReason() const { return {}; }
};

/// Secrets in memory only: tests, and the session fallback when no keychain is reachable.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString& name, std::function<void(Result<QString>)> done) override;
    void write(const QString& name, const QString& secret, std::function<void(Result<void>)> done) override;
    void remove(const QString& name, std::function<void(Result<void>)> done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

/// The OS keychain through QtKeychain (Keychain on macOS, Credential Manager on Windows, Secret
/// Service or KWallet on Linux), never with QtKeychain's plain-text fallback. When the keychain
/// cannot be reached (a headless machine, no Secret Service), the store says so
/// (isPersistent() false, unavailableReason()) and keeps secrets for the session only.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Withsocio Reel Studio"), QObject* parent = nullptr);

    void read(const QString& name, std::function<void(Result<QString>)> done) override;
    void write(const QString& name, const QString& secret, std::function<void(Result<void>)> done) override;
    void remove(const QString& name, std::function<void(Result<void>)> done) override;
    bool isPersistent() const override { return m_available; }
    QString unavailableReason() const override { return m_reason; }

private:
    void markUnavailable(const QString& reason);

    QString m_service;
    bool m_available = true;
    QString m_reason;
    MemorySecretStore m_session;
};

} // namespace reel
