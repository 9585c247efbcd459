#include "embed/EmbeddingCache.h"
#include "embed/OpenAiEmbedder.h"
#include "store/Database.h"
#include "support/FakeOpenAiServer.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace reel;
using reel::test::FakeOpenAiServer;
using reel::test::FakeResponse;

namespace {

const QByteArray kPath = "/v1/embeddings";

QStringList texts(int n, const QString& prefix = QStringLiteral("script"))
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(QStringLiteral("%1 number %2: stop scrolling, this changes your mornings").arg(prefix).arg(i));
    return out;
}

Result<QList<Vector>> embedNow(OpenAiEmbedder& e, const QStringList& t)
{
    std::optional<Result<QList<Vector>>> out;
    e.embed(t, QStringList(t.size(), QStringLiteral("en")), [&](Result<QList<Vector>> r) { out = std::move(r); });
    if (!out)
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
    if (!out)
        return Error::make(ErrorCode::Cancelled, {QStringLiteral("test timed out")});
    return std::move(*out);
}

} // namespace

class TestOpenAiEmbedder : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeOpenAiServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EmbeddingCache> m_cache;

    ApiEndpoint endpoint() const
    {
        ApiEndpoint e;
        e.baseUrl = m_server->baseUrl();
        e.apiKey = QStringLiteral("sk-test");
        return e;
    }

    static OpenAiEmbedder::Options options(const QString& model = QStringLiteral("nomic-embed-text"),
                                           int maxInputs = 2048)
    {
        OpenAiEmbedder::Options o;
        o.model = model;
        o.maxInputs = maxInputs;
        o.retry.initialSeconds = 0.01;
        return o;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeOpenAiServer>();
        QVERIFY(m_dir.isValid());
        auto db = Database::open(
                m_dir.filePath(QStringLiteral("w%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(db);
        m_db = std::move(db).value();
        m_cache = std::make_unique<EmbeddingCache>(*m_db);
    }
    void cleanup()
    {
        m_cache.reset();
        m_db.reset();
        m_server.reset();
    }

    void batchesRespectBothLimits()
    {
        QCOMPARE(OpenAiEmbedder::batches({1, 1, 1, 1, 1}, 2, 100).size(), 3);
        const auto byTokens = OpenAiEmbedder::batches({60, 60, 60, 10}, 100, 100);
        QCOMPARE(byTokens, (QList<QList<qsizetype>>{{0}, {1}, {2, 3}}));
        // An oversized item travels alone rather than being dropped.
        QCOMPARE(OpenAiEmbedder::batches({500, 1}, 10, 100), (QList<QList<qsizetype>>{{0}, {1}}));
        QVERIFY(OpenAiEmbedder::batches({}, 10, 100).isEmpty());
        QCOMPARE(OpenAiEmbedder::estimateTokens(QString(300, u'a')), 101);
    }

    void nTextsTakeCeilNOverBatchRequests()
    {
        OpenAiEmbedder e(endpoint(), options(QStringLiteral("nomic-embed-text"), 4), m_cache.get());
        const QStringList t = texts(10);
        const auto r = embedNow(e, t);
        QVERIFY2(r, qPrintable(r.ok() ? QString() : r.error().toEnglish()));
        QCOMPARE(r->size(), 10);
        const auto sent = m_server->requests(kPath);
        QCOMPARE(sent.size(), 3); // ⌈10 / 4⌉
        QCOMPARE(e.requestsSent(), 3);
        QCOMPARE(sent.at(0).json().value(u"input").toArray().size(), 4);
        QCOMPARE(sent.at(2).json().value(u"input").toArray().size(), 2);
        QCOMPARE(sent.at(0).json().value(u"model").toString(), QStringLiteral("nomic-embed-text"));
        QVERIFY(!sent.at(0).json().contains(u"dimensions")); // not a text-embedding-3 model
        // Vectors are the server's, in the caller's order, unit length.
        for (int i = 0; i < 10; ++i) {
            const QList<float> expected = FakeOpenAiServer::embeddingFor(t.at(i), 8);
            QCOMPARE(r->at(i).size(), 8);
            for (int j = 0; j < 8; ++j)
                QVERIFY(std::abs(r->at(i).at(j) - expected.at(j)) < 1e-5f);
        }
        QCOMPARE(e.identity().dimension, 8); // learned from the answer
        QCOMPARE(e.identity().id, QStringLiteral("openai:nomic-embed-text"));
    }

    void cachedTextsAreNeverSentAgain()
    {
        OpenAiEmbedder::Options o = options(QStringLiteral("text-embedding-3-small"), 100);
        o.dimensions = 32;
        {
            OpenAiEmbedder first(endpoint(), o, m_cache.get());
            QVERIFY(embedNow(first, texts(20)));
        }
        QCOMPARE(m_server->requests(kPath).size(), 1);
        QCOMPARE(*m_cache->count(QStringLiteral("openai:text-embedding-3-small")), 20);
        m_server->clearRequests();

        OpenAiEmbedder again(endpoint(), o, m_cache.get());
        const auto r = embedNow(again, texts(20));
        QVERIFY(r);
        QCOMPARE(r->size(), 20);
        QCOMPARE(m_server->requests(kPath).size(), 0); // all cached: no request at all

        // Two new texts among cached ones: only those two travel.
        QStringList mixed = texts(5);
        mixed.append(texts(2, QStringLiteral("fresh")));
        QVERIFY(embedNow(again, mixed));
        const auto sent = m_server->requests(kPath);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().json().value(u"input").toArray().size(), 2);
    }

    void repeatedTextsTravelOnce()
    {
        OpenAiEmbedder e(endpoint(), options(), nullptr);
        const QString same = QStringLiteral("the same hook");
        const auto r = embedNow(e, {same, same, QStringLiteral("other"), same});
        QVERIFY(r);
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->at(0), r->at(3));
        QCOMPARE(m_server->requests(kPath).first().json().value(u"input").toArray().size(), 2);
    }

    void dimensionsGoOnlyToTextEmbedding3()
    {
        OpenAiEmbedder::Options o = options(QStringLiteral("text-embedding-3-small"));
        o.dimensions = 64;
        OpenAiEmbedder e(endpoint(), o, m_cache.get());
        QCOMPARE(e.identity().dimension, 64);
        const auto r = embedNow(e, texts(3));
        QVERIFY(r);
        QCOMPARE(r->first().size(), 64);
        QCOMPARE(m_server->requests(kPath).first().json().value(u"dimensions").toInt(), 64);

        OpenAiEmbedder::Options other = options(QStringLiteral("mxbai-embed-large"));
        other.dimensions = 64; // not a parameter this model takes
        OpenAiEmbedder local(endpoint(), other, nullptr);
        m_server->clearRequests();
        QVERIFY(embedNow(local, texts(1)));
        QVERIFY(!m_server->requests(kPath).first().json().contains(u"dimensions"));
    }

    void serverErrorsAreRetried()
    {
        m_server->enqueue(kPath, FakeResponse::error(503, QStringLiteral("server_error"), {}, QStringLiteral("busy")));
        OpenAiEmbedder e(endpoint(), options(), m_cache.get());
        const auto r = embedNow(e, texts(3));
        QVERIFY(r);
        QCOMPARE(m_server->requests(kPath).size(), 2);
    }

    void aRejectedKeyFailsAtOnceWithTheServersReason()
    {
        m_server->enqueue(kPath,
                          FakeResponse::error(401, QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key"), QStringLiteral("Incorrect API key")));
        OpenAiEmbedder e(endpoint(), options(), m_cache.get());
        const auto r = embedNow(e, texts(3));
        QVERIFY(!r);
        const auto f = ApiFailure::fromError(r.error());
        QVERIFY(f);
        QCOMPARE(f->status, 401);
        QCOMPARE(f->code, QStringLiteral("invalid_api_key"));
        QCOMPARE(m_server->requests(kPath).size(), 1);
        QCOMPARE(*m_cache->count(QStringLiteral("openai:nomic-embed-text")), 0);
    }

    void malformedAnswersAreReportedNotStored_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>oops</html>");
        QTest::newRow("too few") << QByteArray(R"({"data":[{"index":0,"embedding":[1,0]}]})");
        QTest::newRow("ragged") << QByteArray(
                R"({"data":[{"index":0,"embedding":[1,0]},{"index":1,"embedding":[1]}]})");
        QTest::newRow("not numbers") << QByteArray(
                R"({"data":[{"index":0,"embedding":["a","b"]},{"index":1,"embedding":[1,0]}]})");
        QTest::newRow("zero vector") << QByteArray(
                R"({"data":[{"index":0,"embedding":[0,0]},{"index":1,"embedding":[1,0]}]})");
    }
    void malformedAnswersAreReportedNotStored()
    {
        QFETCH(QByteArray, body);
        m_server->enqueue(kPath, FakeResponse::json(body));
        OpenAiEmbedder e(endpoint(), options(), m_cache.get());
        const auto r = embedNow(e, texts(2));
        QVERIFY(!r);
        const auto f = ApiFailure::fromError(r.error());
        QVERIFY(f);
        QCOMPARE(f->kind, ApiFailure::Kind::BadResponse);
        QCOMPARE(*m_cache->count(QStringLiteral("openai:nomic-embed-text")), 0);
    }

    void cancelStopsTheRequest()
    {
        FakeResponse silent;
        silent.hang = true;
        m_server->enqueue(kPath, silent);
        OpenAiEmbedder e(endpoint(), options(), m_cache.get());
        std::optional<Result<QList<Vector>>> out;
        e.embed(texts(2), {}, [&](Result<QList<Vector>> r) { out = std::move(r); });
        QTRY_COMPARE(m_server->requests(kPath).size(), 1);
        e.cancel();
        QTRY_VERIFY(out.has_value());
        QVERIFY(!*out);
        QCOMPARE(ApiFailure::fromError(out->error())->kind, ApiFailure::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestOpenAiEmbedder)
#include "tst_openaiembedder.moc"
