#include "llm/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

using namespace reel;

namespace {

QString readNow(SecretStore& store, const QString& name)
{
    std::optional<Result<QString>> out;
    store.read(name, [&](Result<QString> r) { out = std::move(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000); }();
    return out && out->ok() ? out->value() : QStringLiteral("<error>");
}

bool writeNow(SecretStore& store, const QString& name, const QString& secret)
{
    std::optional<Result<void>> out;
    store.write(name, secret, [&](Result<void> r) { out = std::move(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000); }();
    return out && out->ok();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void memoryStoreKeepsSecretsForTheSession()
    {
        MemorySecretStore s;
        QCOMPARE(readNow(s, QStringLiteral("openai")), QString());
        QVERIFY(writeNow(s, QStringLiteral("openai"), QStringLiteral("sk-one")));
        QCOMPARE(readNow(s, QStringLiteral("openai")), QStringLiteral("sk-one"));
        std::optional<Result<void>> removed;
        s.remove(QStringLiteral("openai"), [&](Result<void> r) { removed = std::move(r); });
        QVERIFY(removed && removed->ok());
        QCOMPARE(readNow(s, QStringLiteral("openai")), QString());
        QVERIFY(!s.isPersistent());
    }

    void withoutAKeychainTheKeyStaysInMemoryAndOffDisk()
    {
#ifdef Q_OS_LINUX
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("A desktop session bus is present, so a real keychain may answer; this test covers a machine "
                  "without one (CI).");
        const QString secret = QStringLiteral("sk-never-on-disk-7f3a");
        KeychainSecretStore s(QStringLiteral("Reel Studio test"));
        QVERIFY(writeNow(s, QStringLiteral("openai"), secret));
        QVERIFY(!s.isPersistent());
        QVERIFY(!s.unavailableReason().isEmpty());
        QCOMPARE(readNow(s, QStringLiteral("openai")), secret);
        // Nothing under the app's folders (or the home folder's config) holds the key.
        for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                                    QStandardPaths::GenericConfigLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() < 10'000'000 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            }
        }
#else
        QSKIP("The no-keychain path is exercised on Linux CI machines without a session bus.");
#endif
    }

    void aKeychainFailureCountsForOneOperationOnly()
    {
        // A keychain that is away once (a locked wallet, a daemon restarting) and back afterwards.
        struct FlakyKeychain final : KeychainBackend
        {
            QHash<QString, QString> stored;
            int failuresLeft = 1;
            void run(Operation op, const QString& name, const QString& secret,
                     std::function<void(KeychainOutcome)> done) override
            {
                KeychainOutcome out;
                if (failuresLeft > 0) {
                    --failuresLeft;
                    out.status = KeychainOutcome::Status::Unreachable;
                    out.reason = QStringLiteral("The wallet is locked");
                } else if (op == Operation::Write) {
                    stored.insert(name, secret);
                } else if (op == Operation::Read) {
                    if (stored.contains(name))
                        out.text = stored.value(name);
                    else
                        out.status = KeychainOutcome::Status::NotFound;
                } else {
                    stored.remove(name);
                }
                done(out);
            }
        };
        auto backend = std::make_unique<FlakyKeychain>();
        FlakyKeychain* keychain = backend.get();
        KeychainSecretStore s(std::move(backend));
        // First write: the keychain is away, so the key is kept for the session and says so.
        QVERIFY(writeNow(s, QStringLiteral("provider/openai"), QStringLiteral("sk-first")));
        QVERIFY(!s.isPersistent());
        QCOMPARE(s.unavailableReason(), QStringLiteral("The wallet is locked"));
        QCOMPARE(readNow(s, QStringLiteral("provider/openai")), QStringLiteral("sk-first")); // from the session
        QVERIFY(s.isPersistent()); // that read reached the keychain again
        // The next write reaches the keychain: it was one failure, not the rest of the session.
        QVERIFY(writeNow(s, QStringLiteral("provider/ollama"), QStringLiteral("sk-second")));
        QVERIFY(s.isPersistent());
        QCOMPARE(keychain->stored.value(QStringLiteral("provider/ollama")), QStringLiteral("sk-second"));
        QVERIFY(writeNow(s, QStringLiteral("provider/openai"), QStringLiteral("sk-first")));
        QCOMPARE(keychain->stored.value(QStringLiteral("provider/openai")), QStringLiteral("sk-first"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
