// Many writers on one workspace, as a busy agency makes them: sixteen `reelstudio-cli generate`
// processes at once, an example import and a history import running beside them, and the app's
// autosave writing all the while (this test process plays the app). Every script must be kept,
// and no "database is locked" may reach anyone. Also: processes racing to create and upgrade a new
// workspace, and a second app window refused on a workspace that is already open.

#include "history/HistoryExport.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace reel;

namespace {

constexpr int kWriters = 16;
constexpr int kRounds = 3;

QProcessEnvironment environment(const QTemporaryDir& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("OPENAI_API_KEY"));
    return env;
}

std::unique_ptr<QProcess> startCli(const QTemporaryDir& dir, const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment(dir));
    p->start(QStringLiteral(REEL_CLI_PATH), args);
    return p;
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

    QString data(const QString& relative) { return QStringLiteral(REEL_TEST_DATA_DIR) + u'/' + relative; }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sixteenWritersAnImportAndAutosaveKeepEveryScript()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        const QString request = data(QStringLiteral("requests/original.json"));
        // The workspace exists with one script (the app's open document) and an index.
        {
            auto first = startCli(dir, {QStringLiteral("--workspace"), ws, QStringLiteral("generate"), request,
                                        QStringLiteral("--provider"), QStringLiteral("offline")});
            QVERIFY(first->waitForFinished(60000));
            QCOMPARE(first->exitCode(), 0);
        }
        auto workspace = Workspace::open(ws);
        QVERIFY(workspace.ok());
        Database& db = workspace.value()->database();
        ScriptStore store(db);
        const qint64 editing = count(db, QStringLiteral("SELECT max(id) FROM script"));
        ReelScript edited = store.get(editing).value().script;

        // Files for the import jobs: 300 examples, and a history export of 40 scripts from elsewhere.
        QString csv = QStringLiteral("language,sector,hook_type,emotion,goal,hook,body,cta\n");
        for (int i = 0; i < 300; ++i)
            csv += QStringLiteral("en,food,question,curiosity,awareness,Why roast %1 matters?,"
                                  "Beans roasted on day %1 keep their oils and taste of fruit not ash.,"
                                  "Order batch %1 today\n")
                           .arg(i);
        const QString examplesFile = dir.filePath(QStringLiteral("examples.csv"));
        QVERIFY(test::writeFile(examplesFile, csv.toUtf8()));
        QList<HistoryEntry> foreign;
        for (int i = 0; i < 40; ++i) {
            HistoryEntry e = store.entry(editing).value();
            e.record.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            e.record.title = QStringLiteral("Imported %1").arg(i);
            foreign.append(e);
        }
        const QString historyFile = dir.filePath(QStringLiteral("history.json"));
        QVERIFY(test::writeFile(historyFile, history::toJson(foreign)));

        const qint64 scriptsBefore = count(db, QStringLiteral("SELECT count(*) FROM script"));
        const qint64 examplesBefore = count(db, QStringLiteral("SELECT count(*) FROM example"));
        int autosaves = 0;
        QStringList autosaveErrors;
        QTimer autosave;
        autosave.setInterval(15);
        connect(&autosave, &QTimer::timeout, this, [&] {
            edited.body =
                    QStringLiteral("Autosave number %1: beans roasted this week taste of fruit.").arg(++autosaves);
            if (auto r = store.autosave(editing, edited); !r)
                autosaveErrors.append(r.error().toEnglish());
        });
        autosave.start();

        QStringList failures;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < kRounds; ++round) {
            std::vector<std::unique_ptr<QProcess>> writers;
            for (int i = 0; i < kWriters; ++i)
                writers.push_back(startCli(dir, {QStringLiteral("--workspace"), ws, QStringLiteral("generate"), request,
                                                 QStringLiteral("--provider"), QStringLiteral("offline"),
                                                 QStringLiteral("--format"), QStringLiteral("json")}));
            if (round == 0) {
                writers.push_back(startCli(dir, {QStringLiteral("--workspace"), ws, QStringLiteral("examples"),
                                                 QStringLiteral("import"), examplesFile}));
                writers.push_back(startCli(dir, {QStringLiteral("--workspace"), ws, QStringLiteral("history"),
                                                 QStringLiteral("import"), historyFile}));
            }
            for (auto& p : writers) {
                // The app's event loop runs meanwhile: autosave keeps writing.
                QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 240000);
                const QString err = QString::fromUtf8(p->readAllStandardError());
                if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
                    failures.append(QStringLiteral("round %1: %2 exited %3: %4")
                                            .arg(round)
                                            .arg(p->arguments().value(2), QString::number(p->exitCode()), err));
                if (err.contains(u"locked"))
                    failures.append(QStringLiteral("round %1: %2").arg(round).arg(err));
            }
        }
        autosave.stop();
        qInfo("%d writers x %d rounds, an example import, a history import and %d autosaves in %lld ms", kWriters,
              kRounds, autosaves, clock.elapsed());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY2(autosaveErrors.isEmpty(), qPrintable(autosaveErrors.join(u'\n')));
        QVERIFY(autosaves > 10);

        // Every script is there: 16 × 3 generated, 40 imported; every example; the last autosave.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM script")), scriptsBefore + kWriters * kRounds + 40);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM example")), examplesBefore + 300);
        QCOMPARE(store.get(editing).value().script.body, edited.body);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM script_fts")),
                 count(db, QStringLiteral("SELECT count(*) FROM script")));
        QSqlQuery check(db.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(!QDir(workspace.value()->recoveryFolder()).exists()); // nothing had to be set aside
    }

    void processesRacingToCreateAWorkspaceEachOpenIt()
    {
        // Eight processes open a workspace that does not exist yet: one creates and upgrades it,
        // the others wait for the lock, see the new schema and go on.
        for (int round = 0; round < 3; ++round) {
            QTemporaryDir dir;
            const QString ws = dir.filePath(QStringLiteral("new"));
            std::vector<std::unique_ptr<QProcess>> openers;
            for (int i = 0; i < 8; ++i)
                openers.push_back(
                        startCli(dir, {QStringLiteral("--workspace"), ws, QStringLiteral("examples"),
                                       QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
            QStringList failures;
            for (auto& p : openers) {
                QVERIFY(p->waitForFinished(120000));
                if (p->exitCode() != 0)
                    failures.append(QString::fromUtf8(p->readAllStandardError()));
            }
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
            auto opened = Workspace::open(ws);
            QVERIFY(opened.ok());
            QCOMPARE(opened.value()->database().schemaVersion(), Database::latestVersion());
            // The bundled library was seeded once, not eight times.
            QCOMPARE(count(opened.value()->database(), QStringLiteral("SELECT count(*) FROM example")), qint64(238));
        }
    }

    void aSecondAppWindowIsRefusedWithTheHolderNamed()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        QProcess first;
        first.setProcessEnvironment(environment(dir));
        first.start(QStringLiteral(REEL_APP_PATH), {QStringLiteral("--workspace"), ws});
        QVERIFY(first.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ws + QStringLiteral("/.reelstudio.lock")), 60000);

        QProcess second;
        second.setProcessEnvironment(environment(dir));
        second.start(QStringLiteral(REEL_APP_PATH), {QStringLiteral("--workspace"), ws});
        QVERIFY(second.waitForStarted(10000));
        QString said;
        QTRY_VERIFY_WITH_TIMEOUT((said += QString::fromUtf8(second.readAllStandardError())).contains(u"process"),
                                 60000);
        QVERIFY2(said.contains(QStringLiteral("process %1").arg(first.processId())), qPrintable(said));
        QVERIFY(said.contains(u"is open in another Reel Studio window"));
        // It waits for the person to choose another workspace or quit; the first window is untouched.
        QCOMPARE(first.state(), QProcess::Running);
        second.kill();
        second.waitForFinished(10000);
        first.terminate();
        if (!first.waitForFinished(10000)) {
            first.kill();
            first.waitForFinished(10000);
        }
        // The first window is gone: the folder can be opened again.
        QProcess third;
        third.setProcessEnvironment(environment(dir));
        third.start(QStringLiteral(REEL_APP_PATH), {QStringLiteral("--workspace"), ws});
        QVERIFY(third.waitForStarted(10000));
        QTest::qWait(1500);
        QVERIFY(!QString::fromUtf8(third.readAllStandardError()).contains(u"another Reel Studio window"));
        third.kill();
        third.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
