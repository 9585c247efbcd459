// The index worker behind its GUI-thread facade: builds in the background with progress,
// answers retrievals by ticket, follows library changes, and can be cancelled mid-rebuild.

#include "rag/ExampleLibrary.h"
#include "rag/IndexService.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace reel;

class TestIndexService : public QObject
{
    Q_OBJECT

private slots:
    void buildsRetrievesAndFollowsChanges()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        QVERIFY(library.seedBundled().ok());
        IndexService service(*db.value(), dir.filePath(QStringLiteral("index")));
        QSignalSpy states(&service, &IndexService::stateChanged);
        QSignalSpy progress(&service, &IndexService::progress);
        service.ensure();
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), IndexService::State::UpToDate, 30000);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong()); // ends at done == total
        QVERIFY(service.embedderKey().startsWith(u"lexical/"));

        QSignalSpy retrieved(&service, &IndexService::retrieved);
        RetrievalRequest r;
        r.text = QStringLiteral("rescue dog first week at home");
        r.sector = QStringLiteral("pets");
        r.k = 3;
        const quint64 ticket = service.retrieve(r);
        QTRY_COMPARE_WITH_TIMEOUT(retrieved.count(), 1, 10000);
        QCOMPARE(retrieved.first().at(0).toULongLong(), ticket);
        const auto found = retrieved.first().at(1).value<QList<RetrievedExample>>();
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.first().example.sector, QStringLiteral("pets"));

        // A new example becomes retrievable after the background update.
        Example e;
        e.sector = QStringLiteral("pets");
        e.hookType = QStringLiteral("story");
        e.emotion = QStringLiteral("joy");
        e.goal = QStringLiteral("awareness");
        e.script.hook = QStringLiteral("Our axolotl learned its name");
        e.script.body = QStringLiteral("Axolotl axolotl axolotl tank water plants.");
        e.script.cta = QStringLiteral("Follow the axolotl");
        auto added = library.add(e);
        QVERIFY(added.ok());
        service.exampleChanged(added->id);
        QCOMPARE(service.state(), IndexService::State::Stale);
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), IndexService::State::UpToDate, 10000);
        r.text = QStringLiteral("axolotl");
        r.k = 1;
        const quint64 second = service.retrieve(r);
        QTRY_COMPARE_WITH_TIMEOUT(retrieved.count(), 2, 10000);
        QCOMPARE(retrieved.last().at(0).toULongLong(), second);
        QCOMPARE(retrieved.last().at(1).value<QList<RetrievedExample>>().first().example.id, added->id);
    }

    void cancelStopsARebuild()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        QSqlDatabase c = db.value()->connection();
        c.transaction();
        for (int i = 0; i < 4000; ++i) {
            Example e;
            e.sector = QStringLiteral("food");
            e.hookType = QStringLiteral("story");
            e.emotion = QStringLiteral("joy");
            e.goal = QStringLiteral("awareness");
            e.script.hook = QStringLiteral("Recipe number %1").arg(i);
            e.script.body =
                    QStringLiteral("Slow-cooked beans with garlic, smoked paprika and bay leaf, batch %1.").arg(i);
            e.script.cta = QStringLiteral("Save recipe %1").arg(i);
            QVERIFY(library.add(e).ok());
        }
        c.commit();
        IndexService service(*db.value(), dir.filePath(QStringLiteral("index")));
        QSignalSpy progress(&service, &IndexService::progress);
        connect(&service, &IndexService::progress, &service, [&service](qint64 done, qint64) {
            if (done > 0)
                service.cancel();
        });
        service.rebuild();
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), IndexService::State::Stale, 30000);
        QVERIFY(progress.count() >= 2);
        QVERIFY(progress.last().at(0).toLongLong() < 4000); // stopped before the end
        QVERIFY(progress.last().at(2).toDouble() >= 0);     // an estimate was given
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("index/manifest.json"))));

        disconnect(&service, &IndexService::progress, &service, nullptr);
        service.ensure(); // what the next start does: the interrupted rebuild is redone
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), IndexService::State::UpToDate, 60000);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("index/manifest.json"))));
    }
};

QTEST_GUILESS_MAIN(TestIndexService)
#include "tst_indexservice.moc"
