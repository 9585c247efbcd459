// Crash safety of the editor's autosave: a child process autosaves (and now and then saves) in a
// tight loop and is killed without warning (SIGKILL on Unix) many times. Afterwards the database
// passes SQLite's integrity check, every version decodes, and the last autosave the child
// reported as done is there: a crash loses at most the autosave in flight.

#include "model/JsonCodec.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace reel;

namespace {

constexpr auto kChildFolder = "REEL_AUTOSAVE_CHILD_FOLDER";
constexpr auto kChildScript = "REEL_AUTOSAVE_CHILD_SCRIPT";

QString bodyFor(qint64 n)
{
    // Long enough that a page write is in flight for a while.
    return QStringLiteral("Edit number %1. ").arg(n) + QString(600, u'x');
}

qint64 editNumber(const QString& body)
{
    static const QRegularExpression re(QStringLiteral("^Edit number (\\d+)\\."));
    const auto m = re.match(body);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

// The child: autosave forever, reporting each completed write on stdout.
int runChild()
{
    auto ws = Workspace::open(qEnvironmentVariable(kChildFolder));
    if (!ws)
        return 2;
    ScriptStore store((*ws)->database());
    const qint64 id = qEnvironmentVariable(kChildScript).toLongLong();
    auto current = store.get(id);
    if (!current)
        return 3;
    ReelScript script = current->script;
    qint64 n = editNumber(script.body);
    for (;;) {
        ++n;
        script.body = bodyFor(n);
        const auto written = n % 7 == 0 ? store.commitEdit(id, script) : store.autosave(id, script);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().toEnglish()));
            return 4;
        }
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}

} // namespace

class TestAutosaveCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedAutosaverLosesAtMostTheWriteInFlight()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        qint64 id = 0;
        {
            auto ws = Workspace::open(folder);
            QVERIFY(ws.ok());
            GenerationRecord r;
            r.profile.brandName = QStringLiteral("Acme");
            r.provider = QStringLiteral("offline");
            r.script.hook = QStringLiteral("Hook");
            r.script.body = bodyFor(0);
            id = ScriptStore((*ws)->database()).add(r)->id;
        }

        constexpr int kKills = 25;
        qint64 lastReported = 0;
        for (int round = 0; round < kKills; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QLatin1String(kChildFolder), folder);
            env.insert(QLatin1String(kChildScript), QString::number(id));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            // Let it write a random number of times, then kill it wherever it is.
            const int writes = 1 + int(QRandomGenerator::global()->bounded(40));
            QByteArray out;
            while (out.count('\n') < writes && child.state() == QProcess::Running)
                if (child.waitForReadyRead(10000))
                    out += child.readAllStandardOutput();
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(QStringLiteral("child ended with %1: %2")
                                        .arg(child.exitCode())
                                        .arg(QString::fromUtf8(child.readAllStandardError()))));
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            out += child.readAllStandardOutput();
            const QList<QByteArray> lines = out.trimmed().split('\n');
            QVERIFY(!lines.isEmpty());
            const qint64 reported = lines.constLast().toLongLong();
            QVERIFY(reported > lastReported);
            lastReported = reported;

            // The workspace opens, is whole, and holds at least what was reported.
            auto ws = Workspace::open(folder);
            QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toEnglish()));
            QSqlQuery check((*ws)->database().connection());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            ScriptStore store((*ws)->database());
            const auto record = store.get(id);
            QVERIFY(record.ok());
            const qint64 stored = editNumber(record->script.body);
            QVERIFY2(stored >= reported,
                     qPrintable(QStringLiteral("stored %1, reported %2").arg(stored).arg(reported)));
            QVERIFY(stored <= reported + 1); // at most the write in flight got through
            QCOMPARE(record->script.body, bodyFor(stored));
            const auto versions = store.versions(id);
            QVERIFY(versions.ok());
            QCOMPARE(versions->constLast().number, record->currentVersion);
            for (qsizetype i = 0; i < versions->size(); ++i) {
                QCOMPARE(versions->at(i).number, int(i + 1));
                QVERIFY(!versions->at(i).script.body.isEmpty());
            }
            lastReported = stored;
        }
        // Saves every seventh write: the rounds produced sealed versions too.
        auto ws = Workspace::open(folder);
        QVERIFY(ScriptStore((*ws)->database()).versions(id)->size() > 2);
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet(kChildFolder)) {
        QCoreApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        return runChild();
    }
    QCoreApplication app(argc, argv);
    TestAutosaveCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosavecrash.moc"
