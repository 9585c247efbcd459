#include "llm/SecretStore.h"

#include <qt6keychain/keychain.h>

namespace reel {

namespace {

Error keychainError(const QString& what, const QString& reason)
{
    return Error::make(ErrorCode::FileUnwritable, {what, reason});
}

bool unreachable(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError;
}

} // namespace

void MemorySecretStore::read(const QString& name, std::function<void(Result<QString>)> done)
{
    done(m_secrets.value(name));
}

void MemorySecretStore::write(const QString& name, const QString& secret, std::function<void(Result<void>)> done)
{
    m_secrets.insert(name, secret);
    done({});
}

void MemorySecretStore::remove(const QString& name, std::function<void(Result<void>)> done)
{
    m_secrets.remove(name);
    done({});
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::markUnavailable(const QString& reason)
{
    m_available = false;
    m_reason = reason;
}

void KeychainSecretStore::read(const QString& name, std::function<void(Result<QString>)> done)
{
    if (!m_available) {
        m_session.read(name, std::move(done));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(QString());
        } else if (unreachable(job->error())) {
            markUnavailable(job->errorString());
            m_session.read(name, done);
        } else {
            done(keychainError(QStringLiteral("the keychain"), job->errorString()));
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString& name, const QString& secret, std::function<void(Result<void>)> done)
{
    if (!m_available) {
        m_session.write(name, secret, std::move(done));
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, secret, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done({});
        } else if (unreachable(job->error())) {
            markUnavailable(job->errorString());
            m_session.write(name, secret, done);
        } else {
            done(keychainError(QStringLiteral("the keychain"), job->errorString()));
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& name, std::function<void(Result<void>)> done)
{
    m_session.remove(name, [](Result<void>) {});
    if (!m_available) {
        done({});
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            done({});
        } else if (unreachable(job->error())) {
            markUnavailable(job->errorString());
            done({});
        } else {
            done(keychainError(QStringLiteral("the keychain"), job->errorString()));
        }
    });
    job->start();
}

} // namespace reel
