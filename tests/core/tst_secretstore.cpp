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
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
