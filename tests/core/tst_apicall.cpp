#include "llm/ApiCall.h"
#include "support/FakeOpenAiServer.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace reel;
using reel::test::FakeOpenAiServer;
using reel::test::FakeResponse;

namespace {

const QString kKey = QStringLiteral("sk-secret-key-0123456789");
const QByteArray kPath = "/v1/chat/completions";

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log.append(message);
}

struct Outcome
{
    bool ok = false;
    QByteArray body;
    QByteArray streamed;
    ApiResponseInfo info;
    ApiFailure failure;
    QList<int> retryDelays;
};

} // namespace

class TestApiCall : public QObject
{
    Q_OBJECT

    FakeOpenAiServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;

    ApiEndpoint endpoint() const
    {
        ApiEndpoint e;
        e.baseUrl = m_server->baseUrl();
        e.apiKey = kKey;
        return e;
    }

    static RetryPolicy fastRetries()
    {
        RetryPolicy p;
        p.initialSeconds = 0.02;
        p.maxSeconds = 0.1;
        return p;
    }

    /// Runs one call to completion; `during` runs once the call has started.
    Outcome run(bool stream = false, RetryPolicy policy = fastRetries(), ApiTimeouts timeouts = {},
                const std::function<void(ApiCall&)>& during = {})
    {
        ApiCall::Request request;
        request.path = QStringLiteral("chat/completions");
        request.body = R"({"model":"gpt-4o-mini"})";
        request.stream = stream;
        ApiCall call(*m_network, endpoint(), request, policy, timeouts);
        call.setRandomSource([] { return 0.0; });
        Outcome out;
        bool done = false;
        connect(&call, &ApiCall::succeeded, this, [&](const QByteArray& body, const ApiResponseInfo& info) {
            out.ok = true;
            out.body = body;
            out.info = info;
            done = true;
        });
        connect(&call, &ApiCall::failed, this, [&](const ApiFailure& f) {
            out.failure = f;
            done = true;
        });
        connect(&call, &ApiCall::dataArrived, this, [&](const QByteArray& b) { out.streamed += b; });
        connect(&call, &ApiCall::retrying, this,
                [&](int, int delay, const ApiFailure&) { out.retryDelays.append(delay); });
        call.start();
        if (during)
            during(call);
        if (!done)
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return out;
    }

private slots:
    void init()
    {
        m_server = new FakeOpenAiServer;
        m_network = new QNetworkAccessManager;
    }
    void cleanup()
    {
        delete m_network;
        delete m_server;
    }

    void plainAnswerWithTheKeyInTheHeaderOnly()
    {
        m_server->enqueue(kPath, FakeResponse::json(R"({"id":"x"})").header("x-request-id", "req_ok"));
        const Outcome o = run();
        QVERIFY(o.ok);
        QCOMPARE(o.body, QByteArray(R"({"id":"x"})"));
        QCOMPARE(o.info.status, 200);
        QCOMPARE(o.info.requestId, QStringLiteral("req_ok"));
        const auto sent = m_server->requests(kPath);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().header("authorization"), "Bearer " + kKey.toUtf8());
        QCOMPARE(sent.first().header("content-type"), QByteArray("application/json"));
        QVERIFY(!sent.first().body.contains(kKey.toUtf8()));
    }

    void serverErrorsAreRetriedThenSucceed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
    }
    void serverErrorsAreRetriedThenSucceed()
    {
        QFETCH(int, status);
        m_server->enqueue(kPath,
                          FakeResponse::error(status, QStringLiteral("server_error"), {}, QStringLiteral("boom")));
        m_server->enqueue(kPath,
                          FakeResponse::error(status, QStringLiteral("server_error"), {}, QStringLiteral("boom")));
        m_server->enqueue(kPath, FakeResponse::json("{}"));
        const Outcome o = run();
        QVERIFY(o.ok);
        QCOMPARE(o.info.retries, 2);
        QCOMPARE(o.retryDelays, (QList<int>{20, 40})); // 0.02 s · 2ⁿ, no jitter with random 0
        const auto sent = m_server->requests(kPath);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(2).header("x-stainless-retry-count"), QByteArray("2"));
    }

    void givesUpAfterTwoRetries()
    {
        for (int i = 0; i < 4; ++i)
            m_server->enqueue(kPath,
                              FakeResponse::error(500, QStringLiteral("server_error"), {}, QStringLiteral("down")));
        const Outcome o = run();
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Http);
        QCOMPARE(o.failure.status, 500);
        QCOMPARE(o.failure.retries, 2);
        QCOMPARE(o.failure.requestId, QStringLiteral("req_fake_500"));
        QCOMPARE(m_server->requests(kPath).size(), 3);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("401") << 401 << QStringLiteral("invalid_api_key");
        QTest::newRow("403") << 403 << QStringLiteral("unsupported_country_region_territory");
        QTest::newRow("404") << 404 << QStringLiteral("model_not_found");
        QTest::newRow("422") << 422 << QString();
        QTest::newRow("429 quota") << 429 << QStringLiteral("insufficient_quota");
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        m_server->enqueue(kPath, FakeResponse::error(status, QStringLiteral("invalid_request_error"), code,
                                                     QStringLiteral("nope")));
        m_server->enqueue(kPath, FakeResponse::json("{}"));
        const Outcome o = run();
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Http);
        QCOMPARE(o.failure.status, status);
        QCOMPARE(o.failure.code, code);
        QCOMPARE(o.failure.message, QStringLiteral("nope"));
        QCOMPARE(o.failure.retries, 0);
        QCOMPARE(m_server->requests(kPath).size(), 1);
    }

    void rateLimitHonoursRetryAfterMs()
    {
        m_server->enqueue(kPath, FakeResponse::error(429, QStringLiteral("requests"),
                                                     QStringLiteral("rate_limit_exceeded"), QStringLiteral("slow down"))
                                         .header("retry-after-ms", "150"));
        m_server->enqueue(kPath, FakeResponse::json("{}"));
        QElapsedTimer clock;
        clock.start();
        const Outcome o = run();
        QVERIFY(o.ok);
        QCOMPARE(o.retryDelays, QList<int>{150});
        QVERIFY(clock.elapsed() >= 150);
    }

    void rateLimitHonoursRetryAfterSeconds()
    {
        m_server->enqueue(kPath, FakeResponse::error(429, QStringLiteral("requests"),
                                                     QStringLiteral("rate_limit_exceeded"), QStringLiteral("slow down"))
                                         .header("Retry-After", "1"));
        m_server->enqueue(kPath, FakeResponse::json("{}"));
        const Outcome o = run();
        QVERIFY(o.ok);
        QCOMPARE(o.retryDelays, QList<int>{1000});
    }

    void aResetBeforeTheAnswerIsRetried()
    {
        FakeResponse reset;
        reset.resetAfterParts = -2;
        m_server->enqueue(kPath, reset);
        m_server->enqueue(kPath, FakeResponse::json(R"({"ok":true})"));
        const Outcome o = run();
        QVERIFY2(o.ok, qPrintable(o.failure.message));
        // Qt's HTTP layer resends a request whose connection closed before any answer; with
        // ours on top, the request is tried again either way.
        QCOMPARE(m_server->requests(kPath).size(), 2);
    }

    void aResetDuringAStreamIsNotRetried()
    {
        // Sized (not chunked), so the cut is visible at the HTTP level; a chunked stream cut
        // between chunks is caught by the SSE reader, which never saw its [DONE].
        FakeResponse r = FakeResponse::sse("data: {\"a\":1}\n\ndata: {\"a\":2}\n\n", 8);
        r.chunked = false;
        r.resetAfterParts = 2;
        m_server->enqueue(kPath, r);
        m_server->enqueue(kPath, FakeResponse::sse("data: [DONE]\n\n"));
        const Outcome o = run(true);
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Network);
        QCOMPARE(o.failure.retries, 0);
        QVERIFY(o.streamed.startsWith("data: {\"a\":1}\n\n"));
        QCOMPARE(m_server->requests(kPath).size(), 1);
    }

    void streamsArriveInPiecesAndAddUp()
    {
        const QByteArray stream = "data: {\"x\":\"h\\u00e9llo\"}\r\n\r\n: keep-alive\n\ndata: [DONE]\n\n";
        m_server->enqueue(kPath, FakeResponse::sse(stream, 1));
        const Outcome o = run(true);
        QVERIFY(o.ok);
        QCOMPARE(o.streamed, stream);
    }

    void inactivityIsATimeoutOfItsOwn()
    {
        FakeResponse silent;
        silent.hang = true;
        m_server->enqueue(kPath, silent);
        RetryPolicy none;
        none.maxRetries = 0;
        ApiTimeouts t;
        t.inactivityMs = 200;
        const Outcome o = run(false, none, t);
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::InactivityTimeout);
    }

    void aSilentStreamTimesOutAfterItsFirstBytes()
    {
        FakeResponse r = FakeResponse::sse("data: {}\n\n");
        r.parts.append("data: {}\n\n");
        r.delayBetweenMs = 5000;
        m_server->enqueue(kPath, r);
        ApiTimeouts t;
        t.inactivityMs = 300;
        const Outcome o = run(true, fastRetries(), t);
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::InactivityTimeout);
        QCOMPARE(o.streamed, QByteArray("data: {}\n\n"));
        QCOMPARE(m_server->requests(kPath).size(), 1); // bytes had arrived: no retry
    }

    void theDeadlineCoversEverything()
    {
        FakeResponse slow = FakeResponse::json("{}");
        slow.delayBeforeMs = 3000;
        m_server->enqueue(kPath, slow);
        ApiTimeouts t;
        t.deadlineMs = 300;
        QElapsedTimer clock;
        clock.start();
        const Outcome o = run(false, fastRetries(), t);
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Deadline);
        QVERIFY(clock.elapsed() < 2500);
        QCOMPARE(m_server->requests(kPath).size(), 1);
    }

    void cancelBeforeTheFirstByte()
    {
        FakeResponse silent;
        silent.hang = true;
        m_server->enqueue(kPath, silent);
        const Outcome o = run(false, fastRetries(), {},
                              [](ApiCall& call) { QTimer::singleShot(100, &call, [&call] { call.cancel(); }); });
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Cancelled);
    }

    void cancelMidStream()
    {
        FakeResponse r = FakeResponse::sse("data: {\"n\":1}\n\n");
        for (int i = 2; i < 50; ++i)
            r.parts.append("data: {\"n\":" + QByteArray::number(i) + "}\n\n");
        r.delayBetweenMs = 50;
        m_server->enqueue(kPath, r);
        QByteArray before;
        const Outcome o = run(true, fastRetries(), {}, [&](ApiCall& call) {
            connect(&call, &ApiCall::dataArrived, &call,
                    [&call](const QByteArray&) { QTimer::singleShot(120, &call, [&call] { call.cancel(); }); });
        });
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Cancelled);
        QVERIFY(o.streamed.startsWith("data: {\"n\":1}"));
        QVERIFY(!o.streamed.contains("\"n\":49"));
    }

    void cancelWhileWaitingToRetry()
    {
        m_server->enqueue(kPath, FakeResponse::error(503, QStringLiteral("server_error"), {}, QStringLiteral("busy"))
                                         .header("retry-after", "30"));
        RetryPolicy p;
        const Outcome o = run(false, p, {}, [](ApiCall& call) {
            connect(&call, &ApiCall::retrying, &call, [&call] { call.cancel(); });
        });
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Cancelled);
        QCOMPARE(o.failure.retries, 1);
    }

    void anUnreachableServerIsANetworkFailure()
    {
        const quint16 port = m_server->port();
        delete m_server;
        m_server = nullptr;
        ApiCall::Request request;
        request.path = QStringLiteral("models");
        request.verb = "GET";
        ApiEndpoint e;
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        RetryPolicy p = fastRetries();
        ApiCall call(*m_network, e, request, p);
        QSignalSpy failed(&call, &ApiCall::failed);
        call.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const auto f = failed.first().first().value<ApiFailure>();
        QCOMPARE(f.kind, ApiFailure::Kind::Network);
        QCOMPARE(f.retries, 2);
        m_server = new FakeOpenAiServer; // for cleanup()
    }

    void theKeyNeverReachesTheLogOrTheErrors()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        m_server->enqueue(kPath, FakeResponse::error(401, QStringLiteral("invalid_request_error"),
                                                     QStringLiteral("invalid_api_key"),
                                                     QStringLiteral("Incorrect API key provided")));
        const Outcome o = run();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!o.ok);
        const Error e = o.failure.toError();
        QVERIFY(!e.toEnglish().contains(kKey));
        for (const QString& a : e.args)
            QVERIFY(!a.contains(kKey));
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!line.contains(kKey), qPrintable(line));
    }

    void aRedirectToAnotherHostNeverCarriesTheKey_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
        QTest::newRow("302") << 302;
    }
    void aRedirectToAnotherHostNeverCarriesTheKey()
    {
        QFETCH(int, status);
        // Another server on another loopback address: what a hostile or compromised proxy would
        // point the client to. Qt re-sends the Authorization header and the body on a redirect.
        FakeOpenAiServer other(QStringLiteral("127.0.0.2"));
        other.setHandler([](const test::RecordedRequest&) { return FakeResponse::json(R"({"id":"stolen"})"); });
        FakeResponse redirect;
        redirect.status = status;
        redirect.header("location", other.baseUrl().toString().toUtf8() + "/chat/completions");
        m_server->enqueue(kPath, redirect);
        const Outcome o = run();
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Redirected);
        QVERIFY2(o.failure.message.contains(QStringLiteral("127.0.0.2")), qPrintable(o.failure.message));
        QCOMPARE(other.requests().size(), 0);
        QCOMPARE(o.info.retries, 0);
    }

    void aRedirectWithinTheSameServerIsFollowed()
    {
        FakeResponse redirect;
        redirect.status = 307;
        redirect.header("location", "/v1/moved");
        m_server->enqueue(kPath, redirect);
        m_server->enqueue("/v1/moved", FakeResponse::json(R"({"id":"moved"})"));
        const Outcome o = run();
        QVERIFY2(o.ok, qPrintable(o.failure.message));
        QCOMPARE(o.body, QByteArray(R"({"id":"moved"})"));
        const auto moved = m_server->requests("/v1/moved");
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().header("authorization"), "Bearer " + kKey.toUtf8());
    }

    void anEndlessAnswerIsCutOffAtItsLimit_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("whole answer") << false;
        QTest::newRow("stream") << true;
    }
    void anEndlessAnswerIsCutOffAtItsLimit()
    {
        QFETCH(bool, stream);
        // 33 parts of 1 MiB: one more than an answer may hold.
        FakeResponse huge;
        huge.chunked = true;
        huge.header("content-type", stream ? "text/event-stream" : "application/json");
        const QByteArray mib(1024 * 1024, stream ? ':' : ' ');
        for (int i = 0; i < 33; ++i)
            huge.parts.append(mib);
        m_server->enqueue(kPath, huge);
        const Outcome o = run(stream);
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::TooLarge);
        QVERIFY(o.failure.message.contains(QStringLiteral("32 MiB")));
        QVERIFY(o.body.isEmpty());
        QVERIFY(o.streamed.size() <= 32 * 1024 * 1024);
        QCOMPARE(m_server->requests(kPath).size(), 1); // not retried
    }

    void theEnvironmentKeyGoesOnlyWhereItBelongs()
    {
        qputenv("OPENAI_API_KEY", "sk-env");
        qunsetenv("OPENAI_BASE_URL");
        QCOMPARE(ApiEndpoint::environmentKeyFor(QUrl(QStringLiteral("https://api.openai.com/v1"))),
                 QStringLiteral("sk-env"));
        QCOMPARE(ApiEndpoint::environmentKeyFor(QUrl(QStringLiteral("https://api.openai.com:443/v1"))),
                 QStringLiteral("sk-env"));
        // Another scheme, port or host is another server.
        QVERIFY(ApiEndpoint::environmentKeyFor(QUrl(QStringLiteral("http://api.openai.com/v1"))).isEmpty());
        QVERIFY(ApiEndpoint::environmentKeyFor(QUrl(QStringLiteral("https://api.openai.com.evil.example/v1")))
                        .isEmpty());
        QVERIFY(ApiEndpoint::environmentKeyFor(m_server->baseUrl()).isEmpty());
        // $OPENAI_BASE_URL names the server the key was set for.
        qputenv("OPENAI_BASE_URL", m_server->baseUrl().toString().toUtf8());
        QCOMPARE(ApiEndpoint::environmentKeyFor(m_server->baseUrl()), QStringLiteral("sk-env"));
        QVERIFY(ApiEndpoint::environmentKeyFor(QUrl(QStringLiteral("http://127.0.0.2:%1/v1").arg(m_server->port())))
                        .isEmpty());
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("OPENAI_BASE_URL");
        QVERIFY(ApiEndpoint::environmentKeyFor(QUrl(QStringLiteral("https://api.openai.com/v1"))).isEmpty());
    }

    void theSystemProxyIsUsedExceptForThisMachine()
    {
#ifdef Q_OS_LINUX
        qputenv("http_proxy", "http://127.0.0.1:9"); // nothing listens there
        m_server->enqueue(kPath, FakeResponse::json("{}"));
        const Outcome o = run(); // a loopback server is reached directly
        const auto remote = QNetworkProxyFactory::proxyForQuery(
                QNetworkProxyQuery(QUrl(QStringLiteral("http://api.example.com/v1/models"))));
        qunsetenv("http_proxy");
        QVERIFY(o.ok);
        QVERIFY(!remote.isEmpty());
        QCOMPARE(remote.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(remote.first().port(), quint16(9));
#else
        QSKIP("The proxy comes from the system settings on this platform, not from the environment.");
#endif
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
