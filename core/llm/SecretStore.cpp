#include "llm/SecretStore.h"

#include <QPointer>

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

namespace {

class QtKeychainBackend final : public KeychainBackend
{
public:
    explicit QtKeychainBackend(QString service)
        : m_service(std::move(service))
    {}

    void run(Operation operation, const QString& name, const QString& secret,
             std::function<void(KeychainOutcome)> done) override
    {
        QKeychain::Job* job = nullptr;
        switch (operation) {
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(m_service);
            break;
        case Operation::Write: {
            auto* write = new QKeychain::WritePasswordJob(m_service);
            write->setTextData(secret);
            job = write;
            break;
        }
        case Operation::Remove:
            job = new QKeychain::DeletePasswordJob(m_service);
            break;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never QtKeychain's plain-text file
        job->setKey(name);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, operation, done = std::move(done)] {
            KeychainOutcome outcome;
            if (job->error() == QKeychain::NoError) {
                if (operation == Operation::Read)
                    outcome.text = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
            } else if (job->error() == QKeychain::EntryNotFound) {
                outcome.status = KeychainOutcome::Status::NotFound;
            } else {
                outcome.status = unreachable(job->error()) ? KeychainOutcome::Status::Unreachable
                                                           : KeychainOutcome::Status::Failed;
                outcome.reason = job->errorString();
            }
            done(outcome);
        });
        job->start();
    }

private:
    QString m_service;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : KeychainSecretStore(std::make_unique<QtKeychainBackend>(std::move(service)), parent)
{}

KeychainSecretStore::KeychainSecretStore(std::unique_ptr<KeychainBackend> backend, QObject* parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::noteOutcome(const KeychainOutcome& outcome)
{
    if (outcome.status == KeychainOutcome::Status::Unreachable) {
        m_available = false;
        m_reason = outcome.reason;
    } else if (outcome.status != KeychainOutcome::Status::Failed) {
        m_available = true;
        m_reason.clear();
    }
}

void KeychainSecretStore::read(const QString& name, std::function<void(Result<QString>)> done)
{
    QPointer<KeychainSecretStore> self(this);
    m_backend->run(KeychainBackend::Operation::Read, name, {},
                   [self, name, done = std::move(done)](const KeychainOutcome& outcome) {
                       if (!self)
                           return;
                       self->noteOutcome(outcome);
                       switch (outcome.status) {
                       case KeychainOutcome::Status::Ok:
                           done(outcome.text);
                           break;
                       case KeychainOutcome::Status::NotFound:
                       case KeychainOutcome::Status::Unreachable:
                           // A key kept for the session while the keychain was away.
                           self->m_session.read(name, done);
                           break;
                       case KeychainOutcome::Status::Failed:
                           done(keychainError(QStringLiteral("the keychain"), outcome.reason));
                           break;
                       }
                   });
}

void KeychainSecretStore::write(const QString& name, const QString& secret, std::function<void(Result<void>)> done)
{
    QPointer<KeychainSecretStore> self(this);
    m_backend->run(KeychainBackend::Operation::Write, name, secret,
                   [self, name, secret, done = std::move(done)](const KeychainOutcome& outcome) {
                       if (!self)
                           return;
                       self->noteOutcome(outcome);
                       switch (outcome.status) {
                       case KeychainOutcome::Status::Ok:
                       case KeychainOutcome::Status::NotFound:
                           self->m_session.remove(name, [](Result<void>) {});
                           done({});
                           break;
                       case KeychainOutcome::Status::Unreachable:
                           self->m_session.write(name, secret, done);
                           break;
                       case KeychainOutcome::Status::Failed:
                           done(keychainError(QStringLiteral("the keychain"), outcome.reason));
                           break;
                       }
                   });
}

void KeychainSecretStore::remove(const QString& name, std::function<void(Result<void>)> done)
{
    m_session.remove(name, [](Result<void>) {});
    QPointer<KeychainSecretStore> self(this);
    m_backend->run(KeychainBackend::Operation::Remove, name, {},
                   [self, done = std::move(done)](const KeychainOutcome& outcome) {
                       if (!self)
                           return;
                       self->noteOutcome(outcome);
                       if (outcome.status == KeychainOutcome::Status::Failed)
                           done(keychainError(QStringLiteral("the keychain"), outcome.reason));
                       else
                           done({});
                   });
}

} // namespace reel
