// The generation pipeline end to end against the fake OpenAI server: streaming into partial
// scripts, repairs that carry the findings, schema and prose answers, bounded attempts,
// variants, the offline fallback, failures that must not fall back, Stop, and provenance saved.

#include "generate/Generator.h"
#include "history/HistoryExport.h"
#include "model/JsonCodec.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "support/FakeOpenAiServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace reel;
using reel::test::FakeOpenAiServer;
using reel::test::FakeResponse;

namespace {

const QByteArray kPath = "/v1/chat/completions";

/// An SSE stream that sends `text` as content in pieces of 9 characters.
QByteArray streamOf(const QString& text, const QString& finish = QStringLiteral("stop"))
{
    QByteArray s;
    for (qsizetype i = 0; i < text.size(); i += 9) {
        const QJsonObject chunk{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                                {QStringLiteral("choices"),
                                 QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                        {QStringLiteral("delta"),
                                                         QJsonObject{{QStringLiteral("content"), text.mid(i, 9)}}}}}}};
        s += "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
    }
    s += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"" + finish.toUtf8() + "\"}]}\n\n";
    s += "data: "
         "{\"choices\":[],\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":200,\"total_tokens\":1200}}\n\n";
    s += "data: [DONE]\n\n";
    return s;
}

/// A script with every field of the schema that passes the validator for original.json.
QString goodScript()
{
    return QString::fromUtf8(reel::test::readTestData(QStringLiteral("scripts/complete.json")));
}

QString badScript()
{
    ReelScript s = codec::decodeScript(reel::test::readTestData(QStringLiteral("scripts/complete.json"))).value;
    s.body = QStringLiteral("Lazy mornings are over. Try it.");
    return QString::fromUtf8(codec::encodeScript(s));
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeOpenAiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ScriptStore> m_store;
    std::unique_ptr<Generator> m_generator;
    int m_offlineCalls = 0;

    GenerationInput input(int variants = 1) const
    {
        const auto file = codec::decodeRequestFile(reel::test::readTestData(QStringLiteral("requests/original.json")));
        GenerationInput in;
        in.profile = file.value.brandProfile;
        in.request = file.value.scriptRequest;
        in.variants = variants;
        Example e;
        e.id = 42;
        e.sector = QStringLiteral("fitness");
        e.hookType = QStringLiteral("question");
        e.emotion = QStringLiteral("excitement");
        e.scriptLength = 30;
        e.script.hook = QStringLiteral("Why do your legs shake on stairs?");
        e.script.body = QStringLiteral("It's your quads working eccentrically. Step-downs fix it.");
        e.script.cta = QStringLiteral("Save this for leg day");
        in.examples = {e};
        return in;
    }

    GenerationSetup setup(bool fallback = true) const
    {
        GenerationSetup s;
        s.provider.provider = QStringLiteral("openai");
        s.provider.baseUrl = m_server->baseUrl();
        s.provider.model = QStringLiteral("gpt-4o-mini");
        s.provider.offlineFallback = fallback;
        s.provider.maxRetries = 0;
        s.apiKey = QStringLiteral("sk-test");
        return s;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<FakeOpenAiServer>();
        m_network = std::make_unique<QNetworkAccessManager>();
        auto db = Database::open(
                m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(db);
        m_db = std::move(db).value();
        m_store = std::make_unique<ScriptStore>(*m_db);
        m_offlineCalls = 0;
        m_generator = std::make_unique<Generator>(
                *m_network, m_store.get(),
                [this](const BrandProfile&, const ScriptRequest&, const QList<Example>&, int) -> Result<ReelScript> {
                    ++m_offlineCalls;
                    return codec::decodeScript(reel::test::readTestData(QStringLiteral("scripts/clean.json"))).value;
                });
    }
    void cleanup()
    {
        m_generator.reset();
        m_store.reset();
        m_db.reset();
        m_network.reset();
        m_server.reset();
    }

    void aValidAnswerStreamsAndIsSavedWithItsProvenance()
    {
        m_server->enqueue(kPath, FakeResponse::sse(streamOf(goodScript())).header("x-request-id", "req_1"));
        QSignalSpy streaming(m_generator.get(), &Generator::streaming);
        QSignalSpy done(m_generator.get(), &Generator::variantDone);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        QSignalSpy started(m_generator.get(), &Generator::started);
        m_generator->start(input(), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(done.size(), 1);
        QVERIFY(started.first().at(1).toDouble() > 0); // a cost estimate for a priced model
        // Section by section: the hook was shown complete before the body was.
        QVERIFY(streaming.size() > 10);
        bool hookBeforeBody = false;
        for (const auto& s : std::as_const(streaming)) {
            const auto partial = s.at(1).value<ReelScript>();
            if (partial.hook == QStringLiteral("Still skipping workouts?") && partial.body.size() < 40
                && !partial.body.isEmpty())
                hookBeforeBody = true;
        }
        QVERIFY(hookBeforeBody);

        const auto record = done.first().at(1).value<GenerationRecord>();
        QVERIFY(record.id > 0);
        QCOMPARE(record.provider, QStringLiteral("openai"));
        QCOMPARE(record.model, QStringLiteral("gpt-4o-mini-2024-07-18"));
        QCOMPARE(record.attempts, 1);
        QCOMPARE(record.errors, 0);
        QCOMPARE(record.usage.total, 1200);
        QVERIFY(std::abs(record.costUsd - (1000 * 0.15 + 200 * 0.60) / 1e6) < 1e-9);
        QCOMPARE(record.retrievedIds, QList<qint64>{42});
        QCOMPARE(record.promptVersion, m_generator->promptVersion());
        const auto stored = m_store->get(record.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->script.hook, QStringLiteral("Still skipping workouts?"));
        QCOMPARE(stored->profile.brandName, QStringLiteral("FitLife Studio"));
        QCOMPARE(stored->request.scriptLength, 30);
        QCOMPARE(m_store->versions(record.id)->size(), 1);
        QCOMPARE(stored->validation.isValid, true);
        QCOMPARE(stored->validation.errors, QStringList());
    }

    void thePromptCarriesTheExamplesAndTheLimits()
    {
        m_server->enqueue(kPath, FakeResponse::sse(streamOf(goodScript())));
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const QJsonObject sent = m_server->requests(kPath).first().json();
        const QJsonArray messages = sent[u"messages"].toArray();
        QCOMPARE(messages.size(), 2);
        const QString user = messages.at(1)[u"content"].toString();
        QVERIFY(user.contains(u"It's your quads working eccentrically. Step-downs fix it.")); // full example text
        QVERIFY(user.contains(u"Hashtags: at most 5"));
        QVERIFY(user.contains(u"fat, lazy")); // the brand's forbidden words
        QVERIFY(user.contains(u"7-day free trial of 15-minute home workouts"));
        QCOMPARE(sent[u"response_format"][u"type"].toString(), QStringLiteral("json_schema"));
        QCOMPARE(sent[u"stream"].toBool(), true);
    }

    void validationErrorsAreSentBackForRepair()
    {
        m_server->enqueue(kPath, FakeResponse::sse(streamOf(badScript())));
        m_server->enqueue(kPath, FakeResponse::sse(streamOf(goodScript())));
        QSignalSpy attempts(m_generator.get(), &Generator::attemptStarted);
        QSignalSpy done(m_generator.get(), &Generator::variantDone);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().at(1).toInt(), 2);
        const auto sent = m_server->requests(kPath);
        QCOMPARE(sent.size(), 2);
        const QJsonArray second = sent.at(1).json()[u"messages"].toArray();
        QCOMPARE(second.size(), 4); // system, user, the first answer, the repair
        QCOMPARE(second.at(2)[u"role"].toString(), QStringLiteral("assistant"));
        QVERIFY(second.at(2)[u"content"].toString().contains(u"Lazy mornings"));
        const QString repair = second.at(3)[u"content"].toString();
        QVERIFY2(repair.contains(u"[error] body:"), qPrintable(repair));
        QVERIFY2(repair.contains(u"lazy", Qt::CaseInsensitive), qPrintable(repair));
        const auto record = done.first().at(1).value<GenerationRecord>();
        QCOMPARE(record.attempts, 2);
        QVERIFY(record.firstAttemptErrors > 0);
        QCOMPARE(record.errors, 0);
        QCOMPARE(record.usage.total, 2400); // both attempts counted
    }

    void schemaInvalidAndProseAnswersAreRepaired_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("expected");
        QTest::newRow("schema") << QStringLiteral("{\"hook\":\"Still skipping workouts?\",\"body\":\"x\"}")
                                << QStringLiteral("(answer).cta: is required");
        QTest::newRow("prose") << QStringLiteral(
                "Sure! Start with a question about skipped workouts, then pitch the trial.")
                               << QStringLiteral("not a JSON object");
    }
    void schemaInvalidAndProseAnswersAreRepaired()
    {
        QFETCH(QString, first);
        QFETCH(QString, expected);
        m_server->enqueue(kPath, FakeResponse::sse(streamOf(first)));
        m_server->enqueue(kPath, FakeResponse::sse(streamOf(goodScript())));
        QSignalSpy done(m_generator.get(), &Generator::variantDone);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(done.size(), 1);
        const QJsonArray second = m_server->requests(kPath).at(1).json()[u"messages"].toArray();
        QVERIFY2(second.last()[u"content"].toString().contains(expected),
                 qPrintable(second.last()[u"content"].toString()));
        QCOMPARE(done.first().at(1).value<GenerationRecord>().errors, 0);
    }

    void repairsAreBoundedAndTheBestAttemptIsKept()
    {
        // Always wrong: the first attempt plus two repairs, then the best of them is kept.
        m_server->setHandler([](const test::RecordedRequest&) { return FakeResponse::sse(streamOf(badScript())); });
        QSignalSpy done(m_generator.get(), &Generator::variantDone);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(m_server->requests(kPath).size(), 3);
        const auto record = done.first().at(1).value<GenerationRecord>();
        QCOMPARE(record.attempts, 3);
        QVERIFY(record.errors > 0); // kept, with its errors recorded, never patched
        const auto stored = m_store->get(record.id);
        QCOMPARE(stored->validation.isValid, false);
        QCOMPARE(stored->validation.errors.size(), record.errors);
        QCOMPARE(record.script.body, QStringLiteral("Lazy mornings are over. Try it."));
    }

    void variantsRunSideBySideAndShareAGroup()
    {
        m_server->setHandler([](const test::RecordedRequest&) { return FakeResponse::sse(streamOf(goodScript())); });
        QSignalSpy done(m_generator.get(), &Generator::variantDone);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(3), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(done.size(), 3);
        QSet<int> indexes;
        QString group;
        for (const auto& d : std::as_const(done)) {
            const auto r = d.at(1).value<GenerationRecord>();
            indexes.insert(r.variantIndex);
            QVERIFY(!r.variantGroup.isEmpty());
            QVERIFY(group.isEmpty() || group == r.variantGroup);
            group = r.variantGroup;
        }
        QCOMPARE(indexes, (QSet<int>{0, 1, 2}));
        QCOMPARE(*m_store->count(), 3);
    }

    void anUnreachableServerFallsBackToTheOfflineComposer()
    {
        const QUrl dead = m_server->baseUrl();
        m_server.reset(); // nothing listens there any more
        GenerationSetup s;
        s.provider.provider = QStringLiteral("ollama");
        s.provider.baseUrl = dead;
        s.provider.model = QStringLiteral("llama3.1");
        s.provider.maxRetries = 0;
        QSignalSpy fell(m_generator.get(), &Generator::fellBack);
        QSignalSpy done(m_generator.get(), &Generator::variantDone);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(), s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(fell.size(), 1);
        QCOMPARE(fell.first().at(1).value<ApiFailure>().kind, ApiFailure::Kind::Network);
        QCOMPARE(m_offlineCalls, 1);
        const auto r = done.first().at(1).value<GenerationRecord>();
        QCOMPARE(r.provider, QStringLiteral("offline"));
        QCOMPARE(r.costUsd, 0.0);
        m_server = std::make_unique<FakeOpenAiServer>(); // for cleanup()

        // Without the fallback switch, the failure is reported instead.
        s.provider.offlineFallback = false;
        QSignalSpy failed(m_generator.get(), &Generator::variantFailed);
        m_generator->start(input(), s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_offlineCalls, 1);
    }

    void aRejectedKeyIsReportedNeverComposedAround()
    {
        m_server->enqueue(kPath,
                          FakeResponse::error(401, QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key"), QStringLiteral("Incorrect API key")));
        QSignalSpy failed(m_generator.get(), &Generator::variantFailed);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(failed.size(), 1);
        const auto f = ApiFailure::fromError(failed.first().at(1).value<Error>());
        QCOMPARE(f->status, 401);
        QCOMPARE(m_offlineCalls, 0);
        QCOMPARE(*m_store->count(), 0);
    }

    void theOfflineProviderNeedsNoServer()
    {
        GenerationSetup s;
        s.provider.provider = QStringLiteral("offline");
        QSignalSpy done(m_generator.get(), &Generator::variantDone);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        QSignalSpy started(m_generator.get(), &Generator::started);
        m_generator->start(input(2), s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(done.size(), 2);
        QCOMPARE(started.first().at(1).toDouble(), 0.0);
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(done.first().at(1).value<GenerationRecord>().model, QStringLiteral("offline-composer"));
        QCOMPARE(done.first().at(1).value<GenerationRecord>().promptVersion, QStringLiteral("offline-composer/1"));
    }

    void aPaidAnswerTheWorkspaceCannotSaveGoesToARecoveryFile()
    {
        // The database refuses every new script (a full disk, a lock held for too long): the
        // answer from the server must not be thrown away.
        QSqlQuery refuse(m_db->connection());
        QVERIFY(refuse.exec(QStringLiteral(
                "CREATE TRIGGER refuse BEFORE INSERT ON script BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const QString folder = m_dir.filePath(QStringLiteral("recovered"));
        m_generator->setRecoveryFolder(folder);
        m_server->enqueue(kPath, FakeResponse::sse(streamOf(goodScript())));
        QSignalSpy notSaved(m_generator.get(), &Generator::variantNotSaved);
        QSignalSpy done(m_generator.get(), &Generator::variantDone);
        QSignalSpy failed(m_generator.get(), &Generator::variantFailed);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(notSaved.size(), 1);
        QCOMPARE(done.size(), 1);
        QVERIFY(notSaved.first().at(2).value<Error>().toEnglish().contains(u"disk full"));
        const QString file = notSaved.first().at(1).toString();
        QVERIFY(file.startsWith(folder));
        const GenerationRecord unsaved = done.first().at(1).value<GenerationRecord>();
        QCOMPARE(unsaved.id, 0);

        // The file is a history export: it imports into the workspace once it can write again.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto entries = history::fromJson(f.readAll());
        QVERIFY2(entries.ok(), qPrintable(entries ? QString() : entries.error().toEnglish()));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().record.script.hook, unsaved.script.hook);
        QCOMPARE(entries->first().record.model, QStringLiteral("gpt-4o-mini-2024-07-18"));
        QCOMPARE(entries->first().record.usage.completion, 200); // what was paid for
        QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER refuse")));
        QCOMPARE(m_store->importEntries(entries.value()).value().added, 1);
    }

    void withoutARecoveryFolderAnUnsavedScriptIsAFailure()
    {
        QSqlQuery refuse(m_db->connection());
        QVERIFY(refuse.exec(QStringLiteral(
                "CREATE TRIGGER refuse BEFORE INSERT ON script BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        GenerationSetup s;
        s.provider.provider = QStringLiteral("offline");
        QSignalSpy failed(m_generator.get(), &Generator::variantFailed);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(), s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).value<Error>().toEnglish().contains(u"disk full"));
    }

    void stopCancelsEverythingAndSavesNothing()
    {
        FakeResponse slow = FakeResponse::sse(streamOf(goodScript()));
        slow.parts.clear();
        const QByteArray all = streamOf(goodScript());
        for (qsizetype i = 0; i < all.size(); i += 40)
            slow.parts.append(all.mid(i, 40));
        slow.delayBetweenMs = 30;
        m_server->setHandler([slow](const test::RecordedRequest&) { return slow; });
        QSignalSpy streaming(m_generator.get(), &Generator::streaming);
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(2), setup());
        QTRY_VERIFY_WITH_TIMEOUT(streaming.size() >= 2, 20000);
        m_generator->stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!m_generator->isRunning());
        QCOMPARE(*m_store->count(), 0);
    }

    void aProviderThatRefusesTheSchemaIsRememberedAsSuch()
    {
        m_server->enqueue(kPath, FakeResponse::error(400, QStringLiteral("invalid_request_error"), {},
                                                     QStringLiteral("response_format json_schema is not supported")));
        m_server->setHandler([](const test::RecordedRequest&) { return FakeResponse::sse(streamOf(goodScript())); });
        QSignalSpy finished(m_generator.get(), &Generator::finished);
        m_generator->start(input(), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(m_generator->supportedMode(m_server->baseUrl(), QStringLiteral("gpt-4o-mini")),
                 OutputMode::JsonObject);
        // The next generation asks for json_object straight away, and its prompt describes the shape.
        m_server->clearRequests();
        m_generator->start(input(), setup());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        const QJsonObject sent = m_server->requests(kPath).first().json();
        QCOMPARE(sent[u"response_format"][u"type"].toString(), QStringLiteral("json_object"));
        QVERIFY(sent[u"messages"].toArray().at(1)[u"content"].toString().contains(u"Reply with the JSON object only"));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
