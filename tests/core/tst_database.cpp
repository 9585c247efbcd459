// The workspace database: fresh creation, upgrades from every earlier schema, and refusal
// (without touching the file) of a newer, damaged or foreign database.

#include "store/Database.h"
#include "store/Workspace.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace reel;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Makes a database of another program: plain SQLite, no application id.
void makeForeignDatabase(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('Ada')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabaseGetsTheWholeSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws/workspace.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toEnglish()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(db.value()->backupPath().isEmpty());
    }

    void reopeningIsHarmless()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(scalar(*db.value(), QStringLiteral("INSERT INTO catalog_value VALUES ('sectors', 'yoga', '2026') "
                                                       "RETURNING value"))
                            .isValid());
        }
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT value FROM catalog_value")).toString(),
                 QStringLiteral("yoga"));
        QVERIFY(again.value()->backupPath().isEmpty());
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
        const QList<Migration> all = Database::migrations();
        {
            auto old = Database::open(path, all.mid(0, from));
            QVERIFY(old.ok());
            QCOMPARE(old.value()->schemaVersion(), from);
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toEnglish()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        if (from > 0)
            QVERIFY(QFile::exists(db.value()->backupPath()));
    }

    void upgradeKeepsDataAndBacksUp()
    {
        // The mechanism with a later step of its own: data survives, a copy of the old file is made.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
        QList<Migration> list = Database::migrations();
        {
            auto db = Database::open(path, list);
            QVERIFY(db.ok());
            QVERIFY(scalar(*db.value(), QStringLiteral("INSERT INTO catalog_value VALUES ('voices', 'calm', 'x') "
                                                       "RETURNING 1"))
                            .isValid());
        }
        const int next = Database::latestVersion() + 1;
        list.append({next,
                     QStringLiteral("notes on catalog values"),
                     {QStringLiteral("ALTER TABLE catalog_value ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("UPDATE catalog_value SET note = 'migrated'")}});
        auto db = Database::open(path, list);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toEnglish()));
        QCOMPARE(db.value()->schemaVersion(), next);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT value || ':' || note FROM catalog_value")).toString(),
                 QStringLiteral("calm:migrated"));
        const QString backup = db.value()->backupPath();
        QCOMPARE(backup, path + QStringLiteral(".v%1.bak").arg(next - 1));
        auto old = Database::open(backup);
        QVERIFY(old.ok());
        QCOMPARE(scalar(*old.value(), QStringLiteral("SELECT value FROM catalog_value")).toString(),
                 QStringLiteral("calm"));
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
        QList<Migration> list = Database::migrations();
        {
            auto db = Database::open(path, list);
            QVERIFY(db.ok());
        }
        const int next = Database::latestVersion() + 1;
        list.append({next,
                     QStringLiteral("broken step"),
                     {QStringLiteral("CREATE TABLE half_done (x)"), QStringLiteral("THIS IS NOT SQL")}});
        auto failed = Database::open(path, list);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::MigrationFailed);
        QCOMPARE(failed.error().args.value(1), QString::number(next));
        QVERIFY(failed.error().toEnglish().contains(u"Nothing was changed"));

        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"))
                         .toInt(),
                 0);
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(!scalar(*db.value(), QStringLiteral("PRAGMA user_version = 99")).isValid());
            QVERIFY(!scalar(*db.value(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isNull());
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseTooNew);
        QCOMPARE(db.error().args.value(1), QStringLiteral("99"));
        QCOMPARE(db.error().args.value(2), QString::number(Database::latestVersion()));
        QCOMPARE(fileHash(path), before);
    }

    void damagedFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("text file") << QByteArray("these are my notes, not a database\n")
                                   << int(ErrorCode::DatabaseDamaged);
        QTest::newRow("random bytes") << QByteArray(8192, '\x5a') << int(ErrorCode::DatabaseDamaged);
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("header only") << header + QByteArray(84, '\0') << int(ErrorCode::DatabaseDamaged);
    }

    void damagedFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
        QVERIFY(test::writeFile(path, bytes));
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), code);
        QVERIFY(!db.error().toEnglish().isEmpty());
        QCOMPARE(fileHash(path), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void corruptedPagesAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlDatabase c = db.value()->connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 2000; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO catalog_value VALUES ('sectors', 'value %1 %2', 'now')")
                                       .arg(i)
                                       .arg(QString(40, u'x'))));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 16 * 4096);
        f.seek(8 * 4096);
        f.write(QByteArray(6 * 4096, '\xee'));
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseDamaged);
        QCOMPARE(fileHash(path), before);
    }

    void foreignDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.sqlite"));
        makeForeignDatabase(path);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseForeign);
        QCOMPARE(fileHash(path), before);
    }

    void connectionsAreNamedPerThread()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("workspace.sqlite")));
        QVERIFY(db.ok());
        Database& database = *db.value();
        const QString mine = database.connection().connectionName();
        QString theirs;
        int theirForeignKeys = -1;
        int theirSynchronous = -1;
        QThread* worker = QThread::create([&] {
            QSqlDatabase c = database.connection();
            theirs = c.connectionName();
            theirForeignKeys = scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt();
            theirSynchronous = scalar(database, QStringLiteral("PRAGMA synchronous")).toInt();
            c = QSqlDatabase();
            database.releaseThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QCOMPARE(theirForeignKeys, 1);
        QCOMPARE(theirSynchronous, 1);
        QVERIFY(!QSqlDatabase::contains(theirs));
    }

    void workspaceFolderResolution()
    {
        QTemporaryDir dir;
        qputenv(Workspace::kEnvironmentVariable, dir.filePath(QStringLiteral("from-env")).toUtf8());
        QCOMPARE(Workspace::resolveFolder(dir.filePath(QStringLiteral("from-cli"))),
                 dir.filePath(QStringLiteral("from-cli")));
        QCOMPARE(Workspace::resolveFolder(), dir.filePath(QStringLiteral("from-env")));
        qunsetenv(Workspace::kEnvironmentVariable);
        QVERIFY(Workspace::resolveFolder().endsWith(QStringLiteral("/workspace")));
        QVERIFY(Workspace::resolveFolder().startsWith(
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

        auto ws = Workspace::open(dir.filePath(QStringLiteral("from-cli")));
        QVERIFY(ws.ok());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("from-cli/workspace.sqlite"))));

        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("a-file")), "x"));
        auto notAFolder = Workspace::open(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(!notAFolder.ok());
        QCOMPARE(notAFolder.error().code, ErrorCode::WorkspaceUnusable);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
