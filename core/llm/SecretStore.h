#pragma once

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

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

/// One keychain operation's outcome, as a KeychainBackend reports it.
struct KeychainOutcome
{
    enum class Status
    {
        Ok,
        NotFound,    ///< read/remove: there is no such entry
        Unreachable, ///< no keychain answered (no Secret Service, locked and not unlocked, …)
        Failed,      ///< the keychain answered with an error
    };
    Status status = Status::Ok;
    QString text;   ///< the secret, for a read
    QString reason; ///< the keychain's message when not Ok
};

/// The keychain itself, behind an interface so that tests can play one that fails and recovers.
class KeychainBackend
{
public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    virtual ~KeychainBackend() = default;
    /// Runs one operation; `done` is called once, from the event loop.
    virtual void run(Operation operation, const QString& name, const QString& secret,
                     std::function<void(KeychainOutcome)> done) = 0;
};

/// The OS keychain through QtKeychain (Keychain on macOS, Credential Manager on Windows, Secret
/// Service or KWallet on Linux), never with QtKeychain's plain-text fallback.
///
/// Every operation asks the keychain again: when it cannot be reached this time (a headless
/// machine, a locked wallet, a keychain daemon restarting), that operation falls back to
/// memory for the session and isPersistent() says so — and the next operation tries the
/// keychain again, so one failure does not make the rest of the session memory-only.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Withsocio Reel Studio"), QObject* parent = nullptr);
    /// With another backend (tests).
    KeychainSecretStore(std::unique_ptr<KeychainBackend> backend, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& name, std::function<void(Result<QString>)> done) override;
    void write(const QString& name, const QString& secret, std::function<void(Result<void>)> done) override;
    void remove(const QString& name, std::function<void(Result<void>)> done) override;
    /// Whether the last operation reached the keychain.
    bool isPersistent() const override { return m_available; }
    QString unavailableReason() const override { return m_reason; }

private:
    void noteOutcome(const KeychainOutcome& outcome);

    std::unique_ptr<KeychainBackend> m_backend;
    bool m_available = true;
    QString m_reason;
    MemorySecretStore m_session;
};

} // namespace reel
