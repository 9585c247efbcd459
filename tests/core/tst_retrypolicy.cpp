#include "llm/ApiTypes.h"
#include "llm/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace reel;
using namespace std::chrono_literals;

namespace {

ApiFailure http(int status, const QString& code = {})
{
    ApiFailure f;
    f.kind = ApiFailure::Kind::Http;
    f.status = status;
    f.code = code;
    return f;
}

ApiFailure ofKind(ApiFailure::Kind kind)
{
    ApiFailure f;
    f.kind = kind;
    return f;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retriesWhatTheOfficialClientsRetry_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        for (int s : {408, 409, 429, 500, 502, 503, 504})
            QTest::addRow("%d", s) << s << true;
        for (int s : {400, 401, 403, 404, 422})
            QTest::addRow("%d", s) << s << false;
    }
    void retriesWhatTheOfficialClientsRetry()
    {
        QFETCH(int, status);
        QFETCH(bool, retried);
        QCOMPARE(RetryPolicy().shouldRetry(http(status), 0, false), retried);
    }

    void neverRetriesAnExhaustedQuota()
    {
        const RetryPolicy p;
        QVERIFY(p.shouldRetry(http(429, QStringLiteral("rate_limit_exceeded")), 0, false));
        QVERIFY(!p.shouldRetry(http(429, QStringLiteral("insufficient_quota")), 0, false));
        ApiFailure typed = http(429);
        typed.type = QStringLiteral("insufficient_quota");
        QVERIFY(!p.shouldRetry(typed, 0, false));
    }

    void connectionFailuresAreRetriedButNotCancelsOrRefusals()
    {
        const RetryPolicy p;
        QVERIFY(p.shouldRetry(ofKind(ApiFailure::Kind::Network), 0, false));
        QVERIFY(p.shouldRetry(ofKind(ApiFailure::Kind::ConnectTimeout), 0, false));
        QVERIFY(p.shouldRetry(ofKind(ApiFailure::Kind::InactivityTimeout), 0, false));
        for (auto k : {ApiFailure::Kind::Cancelled, ApiFailure::Kind::Deadline, ApiFailure::Kind::Refusal,
                       ApiFailure::Kind::Truncated, ApiFailure::Kind::ContentFilter, ApiFailure::Kind::BadResponse,
                       ApiFailure::Kind::Stream, ApiFailure::Kind::CircuitOpen})
            QVERIFY2(!p.shouldRetry(ofKind(k), 0, false), qPrintable(ApiFailure::kindName(k)));
    }

    void stopsAfterMaxRetriesAndOnceTheStreamStarted()
    {
        const RetryPolicy p; // two retries, as the official clients
        QVERIFY(p.shouldRetry(http(500), 1, false));
        QVERIFY(!p.shouldRetry(http(500), 2, false));
        QVERIFY(!p.shouldRetry(ofKind(ApiFailure::Kind::Network), 0, true));
    }

    void backoffDoublesUpToTheCapWithAtMostAQuarterOfJitter()
    {
        const RetryPolicy p;
        QCOMPARE(p.backoff(0, 0.0), 500ms);
        QCOMPARE(p.backoff(1, 0.0), 1000ms);
        QCOMPARE(p.backoff(2, 0.0), 2000ms);
        QCOMPARE(p.backoff(10, 0.0), 8000ms);
        QCOMPARE(p.backoff(0, 1.0), 375ms);
        QCOMPARE(p.backoff(10, 1.0), 6000ms);
        for (double r : {0.1, 0.5, 0.9}) {
            QVERIFY(p.backoff(1, r) <= 1000ms);
            QVERIFY(p.backoff(1, r) >= 750ms);
        }
    }

    void readsRetryAfterHeaders()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::retryAfterMs({{"Retry-After-Ms", "250"}}, now), 250);
        QCOMPARE(RetryPolicy::retryAfterMs({{"retry-after", "3"}}, now), 3000);
        QCOMPARE(RetryPolicy::retryAfterMs({{"retry-after", "1.5"}}, now), 1500);
        // retry-after-ms wins over retry-after.
        QCOMPARE(RetryPolicy::retryAfterMs({{"retry-after", "9"}, {"retry-after-ms", "20"}}, now), 20);
        QCOMPARE(RetryPolicy::retryAfterMs({{"Retry-After", "Wed, 25 Nov 2026 12:00:07 GMT"}}, now), 7000);
        QCOMPARE(RetryPolicy::retryAfterMs({{"retry-after", "soon"}}, now), std::nullopt);
        QCOMPARE(RetryPolicy::retryAfterMs({{"x-other", "1"}}, now), std::nullopt);
    }

    void honoursTheServersDelayUpToTheLimit()
    {
        const RetryPolicy p;
        ApiFailure f = http(429);
        f.retryAfterMs = 1200;
        QCOMPARE(p.delay(f, 0, 0.0), 1200ms);
        f.retryAfterMs = 600'000; // ten minutes: unreasonable, fall back to backoff
        QCOMPARE(p.delay(f, 0, 0.0), 500ms);
        f.retryAfterMs.reset();
        QCOMPARE(p.delay(f, 1, 0.0), 1000ms);
    }

    void failuresRoundTripThroughErrors()
    {
        ApiFailure f = http(401, QStringLiteral("invalid_api_key"));
        f.type = QStringLiteral("invalid_request_error");
        f.message = QStringLiteral("Incorrect API key provided");
        f.requestId = QStringLiteral("req_123");
        f.retries = 1;
        const Error e = f.toError();
        QCOMPARE(e.code, ErrorCode::Api);
        const auto back = ApiFailure::fromError(e);
        QVERIFY(back);
        QCOMPARE(back->kind, ApiFailure::Kind::Http);
        QCOMPARE(back->status, 401);
        QCOMPARE(back->code, f.code);
        QCOMPARE(back->requestId, f.requestId);
        QCOMPARE(back->retries, 1);
        QVERIFY(e.toEnglish().contains(u"HTTP 401"));
        QVERIFY(e.toEnglish().contains(u"req_123"));
    }

    void readsErrorBodiesOfEveryShape()
    {
        ApiFailure f;
        QVERIFY(f.readErrorBody(R"({"error":{"message":"m","type":"t","param":"p","code":"c"}})"));
        QCOMPARE(f.message, QStringLiteral("m"));
        QCOMPARE(f.type, QStringLiteral("t"));
        QCOMPARE(f.code, QStringLiteral("c"));
        QCOMPARE(f.param, QStringLiteral("p"));
        ApiFailure numeric;
        QVERIFY(numeric.readErrorBody(R"({"error":{"message":"x","code":429}})"));
        QCOMPARE(numeric.code, QStringLiteral("429"));
        ApiFailure bare;
        QVERIFY(bare.readErrorBody(R"({"error":"model not found"})"));
        QCOMPARE(bare.message, QStringLiteral("model not found"));
        ApiFailure none;
        QVERIFY(!none.readErrorBody("<html>Bad gateway</html>"));
    }

    void endpointsFollowTheEnvironmentAndKnowLoopback()
    {
        qputenv("OPENAI_BASE_URL", "http://localhost:11434/v1");
        qputenv("OPENAI_API_KEY", "sk-test");
        const ApiEndpoint e = ApiEndpoint::fromEnvironment();
        qunsetenv("OPENAI_BASE_URL");
        qunsetenv("OPENAI_API_KEY");
        QCOMPARE(e.url(QStringLiteral("embeddings")).toString(),
                 QStringLiteral("http://localhost:11434/v1/embeddings"));
        QCOMPARE(e.apiKey, QStringLiteral("sk-test"));
        QVERIFY(e.isLocal());
        QVERIFY(!ApiEndpoint{}.isLocal());
        QCOMPARE(ApiEndpoint::fromEnvironment().baseUrl.toString(), QStringLiteral("https://api.openai.com/v1"));
        ApiEndpoint slash;
        slash.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1/"));
        QVERIFY(slash.isLocal());
        QCOMPARE(slash.url(QStringLiteral("models")).toString(), QStringLiteral("http://127.0.0.1:8080/v1/models"));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
