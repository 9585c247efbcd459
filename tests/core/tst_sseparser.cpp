#include "llm/CircuitBreaker.h"
#include "llm/RateLimiter.h"
#include "llm/SseParser.h"

#include <QTest>

using namespace reel;

namespace {

QList<QByteArray> datas(const QList<SseParser::Event>& events)
{
    QList<QByteArray> out;
    for (const auto& e : events)
        out.append(e.data);
    return out;
}

QList<SseParser::Event> parseSplit(const QByteArray& stream, const QList<qsizetype>& cuts)
{
    SseParser p;
    QList<SseParser::Event> out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        out += p.feed(QByteArrayView(stream).sliced(from, cut - from));
        from = cut;
    }
    out += p.feed(QByteArrayView(stream).sliced(from));
    return out;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void eventsEndWithABlankLine()
    {
        SseParser p;
        QCOMPARE(datas(p.feed("data: one\n\ndata: two\n")), QList<QByteArray>{"one"});
        QVERIFY(p.hasPartialEvent());
        QCOMPARE(datas(p.feed("\n")), QList<QByteArray>{"two"});
        QVERIFY(!p.hasPartialEvent());
    }

    void everyLineEndingWorks_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("LF") << QByteArray("data: a\n\ndata: b\n\n");
        QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n");
        QTest::newRow("CR") << QByteArray("data: a\r\rdata: b\r\r");
        QTest::newRow("mixed") << QByteArray("data: a\r\n\ndata: b\r\r\n");
    }
    void everyLineEndingWorks()
    {
        QFETCH(QByteArray, stream);
        SseParser p;
        QCOMPARE(datas(p.feed(stream)), (QList<QByteArray>{"a", "b"}));
    }

    void commentsAndUnknownFieldsAreIgnored()
    {
        SseParser p;
        const auto events = p.feed(": keep-alive\n\n:another\nretry: 100\nfoo: bar\ndata: x\n\n");
        QCOMPARE(datas(events), QList<QByteArray>{"x"});
    }

    void dataLinesJoinWithNewlines()
    {
        SseParser p;
        const auto events = p.feed("data: {\"a\":\ndata:  1}\ndata\n\n");
        QCOMPARE(events.size(), 1);
        // One leading space is stripped, the second kept; a bare "data" adds an empty line.
        QCOMPARE(events.first().data, QByteArray("{\"a\":\n 1}\n"));
    }

    void eventAndIdFieldsAreKept()
    {
        SseParser p;
        const auto events = p.feed("event: error\nid: 7\ndata: boom\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, QByteArray("error"));
        QCOMPARE(events.first().id, QByteArray("7"));
    }

    void anEventWithoutDataIsDropped()
    {
        SseParser p;
        QVERIFY(p.feed("event: ping\n\n").isEmpty());
    }

    void aSplitAtEveryByteBoundaryGivesTheSameEvents()
    {
        const QByteArray stream = "data: {\"choices\":[{\"delta\":{\"content\":\"H\\u00e9\"}}]}\r\n\r\n"
                                  ": comment\r\n\r\n"
                                  "data: line one\r\ndata: line two\r\n\r\n"
                                  "data: [DONE]\r\n\r\n";
        const auto whole = parseSplit(stream, {});
        QCOMPARE(whole.size(), 3);
        for (qsizetype cut = 1; cut < stream.size(); ++cut)
            QCOMPARE(parseSplit(stream, {cut}), whole);
        // And one byte at a time.
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte.append(i);
        QCOMPARE(parseSplit(stream, everyByte), whole);
    }

    void aCrAtTheEndOfOneReadAndLfAtTheStartOfTheNextAreOneLineEnd()
    {
        SseParser p;
        QVERIFY(p.feed("data: a\r").isEmpty());
        QVERIFY(p.feed("\n").isEmpty()); // not a blank line
        QCOMPARE(datas(p.feed("\r\n")), QList<QByteArray>{"a"});
    }

    void utf8SplitInsideACharacterSurvives()
    {
        const QByteArray stream = QStringLiteral("data: こんにちは\n\n").toUtf8();
        for (qsizetype cut = 1; cut < stream.size(); ++cut)
            QCOMPARE(QString::fromUtf8(parseSplit(stream, {cut}).first().data), QStringLiteral("こんにちは"));
    }

    void circuitBreakerOpensRestsAndProbes()
    {
        CircuitBreaker b(3, 1000);
        QVERIFY(b.allow(0));
        b.recordFailure(0);
        b.recordFailure(10);
        QCOMPARE(b.state(10), CircuitBreaker::State::Closed);
        b.recordFailure(20);
        QCOMPARE(b.state(20), CircuitBreaker::State::Open);
        QVERIFY(!b.allow(500));
        QCOMPARE(b.retryInMs(500), 520);
        // Half-open: exactly one probe.
        QVERIFY(b.allow(1100));
        QVERIFY(!b.allow(1101));
        b.recordFailure(1200); // the probe failed: rest again
        QCOMPARE(b.state(1300), CircuitBreaker::State::Open);
        QVERIFY(b.allow(2300));
        b.recordSuccess();
        QCOMPARE(b.state(2300), CircuitBreaker::State::Closed);
        QVERIFY(b.allow(2301));
        QVERIFY(b.allow(2302));
        // A success in between resets the count.
        b.recordFailure(3000);
        b.recordFailure(3001);
        b.recordSuccess();
        b.recordFailure(3002);
        QCOMPARE(b.state(3002), CircuitBreaker::State::Closed);
    }

    void rateLimitDurationsParse()
    {
        QCOMPARE(RateLimiter::parseDuration("1s"), 1000);
        QCOMPARE(RateLimiter::parseDuration("6m0s"), 360000);
        QCOMPARE(RateLimiter::parseDuration("20ms"), 20);
        QCOMPARE(RateLimiter::parseDuration("1h2m3.5s"), 3723500);
        QCOMPARE(RateLimiter::parseDuration("2"), 2000);
        QCOMPARE(RateLimiter::parseDuration("soon"), std::nullopt);
        QCOMPARE(RateLimiter::parseDuration(""), std::nullopt);
    }

    void rateLimiterWaitsOnlyWhenTheServerSaysSo()
    {
        RateLimiter r;
        r.observe({}, 0); // a local server: no headers, never a wait
        QCOMPARE(r.waitMs(0), 0);
        r.observe({{"x-ratelimit-remaining-requests", "12"}, {"x-ratelimit-reset-requests", "5s"}}, 0);
        QCOMPARE(r.waitMs(0), 0);
        r.observe({{"x-ratelimit-remaining-requests", "0"}, {"x-ratelimit-reset-requests", "1.5s"}}, 1000);
        QCOMPARE(r.waitMs(1000), 1500);
        QCOMPARE(r.waitMs(2000), 500);
        QCOMPARE(r.waitMs(3000), 0);
        r.observe({{"X-RateLimit-Remaining-Tokens", "0"}, {"X-RateLimit-Reset-Tokens", "250ms"}}, 5000);
        QCOMPARE(r.waitMs(5000), 250);
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
