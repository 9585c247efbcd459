// The index worker behind its GUI-thread facade: builds in the background with progress,
// answers retrievals by ticket, follows library changes, and can be cancelled mid-rebuild.

#include "rag/ExampleLibrary.h"
#include "rag/IndexService.h"
#include "store/Database.h"
#include "support/FakeOpenAiServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

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
        auto owned = std::make_unique<IndexService>(*db.value(), dir.filePath(QStringLiteral("index")));
        IndexService& service = *owned;
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

        // The change was saved (at the latest when the service closed): the next start loads the
        // index as it is, without rebuilding.
        owned.reset();
        IndexService next(*db.value(), dir.filePath(QStringLiteral("index")));
        QSignalSpy nextStates(&next, &IndexService::stateChanged);
        next.ensure();
        QTRY_COMPARE_WITH_TIMEOUT(next.state(), IndexService::State::UpToDate, 30000);
        for (const auto& s : std::as_const(nextStates))
            QVERIFY(s.first().value<IndexService::State>() != IndexService::State::Rebuilding);
    }

    void cancelStopsARebuild()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        QSqlDatabase c = db.value()->connection();
        WriteTransaction batch(c, QStringLiteral("test examples"));
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
        QVERIFY(!batch.commit());
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

    void embedderSettingsPersistAndSwitchTheIndex()
    {
        test::FakeOpenAiServer server;
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        QVERIFY(library.seedBundled().ok());

        QCOMPARE(EmbedderSettings::load(*db.value())->kind, EmbedderSettings::Kind::Lexical); // the default
        EmbedderSettings s;
        s.kind = EmbedderSettings::Kind::OpenAi;
        s.baseUrl = server.baseUrl();
        s.model = QStringLiteral("text-embedding-3-small");
        s.dimensions = 16;
        s.apiKey = QStringLiteral("sk-never-stored");
        QVERIFY(s.save(*db.value()).ok());
        auto loaded = EmbedderSettings::load(*db.value());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->model, s.model);
        QCOMPARE(loaded->baseUrl, s.baseUrl);
        QCOMPARE(loaded->dimensions, 16);
        QVERIFY(loaded->apiKey.isEmpty()); // the key is never written to the workspace
        QFile file(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-never-stored"));

        IndexService service(*db.value(), dir.filePath(QStringLiteral("index")));
        QSignalSpy changed(&service, &IndexService::embedderChanged);
        service.setEmbedder(s);
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), IndexService::State::UpToDate, 30000);
        QTRY_COMPARE(service.embedderKey(), QStringLiteral("openai:text-embedding-3-small/16/v1"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(!server.requests("/v1/embeddings").isEmpty());
        QCOMPARE(server.requests("/v1/embeddings").first().header("authorization"),
                 QByteArray("Bearer sk-never-stored"));

        // A failing server is reported, with the state saying so.
        service.setEmbedder(EmbedderSettings{});
        QTRY_COMPARE_WITH_TIMEOUT(service.embedderKey(), QStringLiteral("lexical/512/v1"), 30000);
        QTRY_COMPARE(service.state(), IndexService::State::UpToDate);
        server.setHandler([](const test::RecordedRequest&) {
            return test::FakeResponse::error(500, QStringLiteral("server_error"), {}, QStringLiteral("down"));
        });
        QSignalSpy failed(&service, &IndexService::failed);
        EmbedderSettings broken = s;
        broken.model = QStringLiteral("text-embedding-3-large");
        service.setEmbedder(broken);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(service.state(), IndexService::State::Failed);
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::Api);
    }

    void closingWhileTheEmbedderIsSilentEndsAtOnce()
    {
        // The embedding server accepts the request and never answers (its own timeouts are
        // minutes long). Closing the app must not wait for it, nor crash.
        test::FakeOpenAiServer server;
        server.setHandler([](const test::RecordedRequest&) {
            test::FakeResponse r;
            r.hang = true;
            return r;
        });
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        QVERIFY(library.seedBundled().ok());
        auto service = std::make_unique<IndexService>(*db.value(), dir.filePath(QStringLiteral("index")));
        EmbedderSettings s;
        s.kind = EmbedderSettings::Kind::OpenAi;
        s.baseUrl = server.baseUrl();
        s.model = QStringLiteral("nomic-embed-text");
        service->setEmbedder(s);
        QTRY_VERIFY_WITH_TIMEOUT(!server.requests("/v1/embeddings").isEmpty(), 30000);
        RetrievalRequest r;
        r.text = QStringLiteral("coffee");
        service->retrieve(r); // queued behind the stalled rebuild
        QElapsedTimer clock;
        clock.start();
        service.reset();
        const qint64 closedIn = clock.elapsed();
        qInfo("closed in %lld ms while the embedder was silent", closedIn);
        // The worker checks every 20 ms; anything near the server's own time limits means it waited.
        QVERIFY2(closedIn < 2000, qPrintable(QString::number(closedIn)));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("index/manifest.json")))); // nothing half-made saved
    }

    void editsMadeDuringARebuildSurviveIt()
    {
        // A slow embedding server: each batch takes a while, so edits arrive mid-rebuild.
        test::FakeOpenAiServer server;
        server.setHandler([](const test::RecordedRequest& request) {
            test::FakeResponse r = test::FakeOpenAiServer::defaultAnswer(request);
            r.delayBeforeMs = 300;
            return r;
        });
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        QVERIFY(library.seedBundled().ok());
        IndexService service(*db.value(), dir.filePath(QStringLiteral("index")));
        QSignalSpy states(&service, &IndexService::stateChanged);
        EmbedderSettings s;
        s.kind = EmbedderSettings::Kind::OpenAi;
        s.baseUrl = server.baseUrl();
        s.model = QStringLiteral("nomic-embed-text");
        service.setEmbedder(s);
        QTRY_VERIFY_WITH_TIMEOUT(!server.requests("/v1/embeddings").isEmpty(), 30000);
        QVERIFY(service.state() != IndexService::State::UpToDate);

        // Meanwhile the user adds one example and deletes another.
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
        ExampleQuery pets;
        pets.language = QStringLiteral("en");
        pets.sector = QStringLiteral("pets");
        qint64 removed = 0;
        const QList<Example> petsNow = library.find(pets).value();
        for (const Example& x : petsNow) {
            if (x.id != added->id)
                removed = x.id;
        }
        QVERIFY(library.remove(removed).ok());
        service.exampleRemoved(removed);

        QTRY_COMPARE_WITH_TIMEOUT(service.state(), IndexService::State::UpToDate, 60000);
        QSignalSpy retrieved(&service, &IndexService::retrieved);
        RetrievalRequest r;
        r.text = QStringLiteral("Our axolotl learned its name Axolotl axolotl axolotl tank water plants.");
        r.sector = QStringLiteral("pets");
        r.k = 300;
        service.retrieve(r);
        QTRY_COMPARE_WITH_TIMEOUT(retrieved.count(), 1, 30000);
        QList<qint64> ids;
        for (const RetrievedExample& x : retrieved.first().at(1).value<QList<RetrievedExample>>())
            ids.append(x.example.id);
        // Every English example comes back (k is larger than the library): the new one is in the
        // index, the deleted one is not.
        QVERIFY(ids.size() >= library.count(pets).value());
        QVERIFY(ids.contains(added->id));
        QVERIFY(!ids.contains(removed));
    }
};

QTEST_GUILESS_MAIN(TestIndexService)
#include "tst_indexservice.moc"
