#include "llm/ChatCompletion.h"
#include "support/FakeOpenAiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace reel;
using reel::test::FakeOpenAiServer;
using reel::test::FakeResponse;

namespace {

const QByteArray kPath = "/v1/chat/completions";

QByteArray chunk(const QJsonObject& delta, const QJsonValue& finish = QJsonValue::Null)
{
    const QJsonObject c{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                        {QStringLiteral("system_fingerprint"), QStringLiteral("fp_unknown_field")},
                        {QStringLiteral("choices"),
                         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                {QStringLiteral("delta"), delta},
                                                {QStringLiteral("finish_reason"), finish}}}}};
    return "data: " + QJsonDocument(c).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray content(const QString& text)
{
    return chunk(QJsonObject{{QStringLiteral("content"), text}});
}

QByteArray usageChunk(int prompt, int completion)
{
    const QJsonObject c{{QStringLiteral("choices"), QJsonArray{}},
                        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), prompt},
                                                              {QStringLiteral("completion_tokens"), completion},
                                                              {QStringLiteral("total_tokens"), prompt + completion}}}};
    return "data: " + QJsonDocument(c).toJson(QJsonDocument::Compact) + "\n\n";
}

/// A normal stream of `text` in pieces, ending with stop, the usage chunk and [DONE].
QByteArray stream(const QStringList& pieces)
{
    QByteArray s = chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}});
    for (const QString& p : pieces)
        s += content(p);
    s += chunk(QJsonObject{}, QStringLiteral("stop"));
    s += usageChunk(120, 30);
    s += "data: [DONE]\n\n";
    return s;
}

QByteArray whole(const QString& text, const QString& finish = QStringLiteral("stop"), const QJsonValue& refusal = {})
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), text}};
    if (!refusal.isUndefined())
        message.insert(QStringLiteral("refusal"), refusal);
    const QJsonObject answer{{QStringLiteral("id"), QStringLiteral("chatcmpl-2")},
                             {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                             {QStringLiteral("choices"),
                              QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                     {QStringLiteral("message"), message},
                                                     {QStringLiteral("finish_reason"), finish}}}},
                             {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 10},
                                                                   {QStringLiteral("completion_tokens"), 5},
                                                                   {QStringLiteral("total_tokens"), 15}}}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

const QString kScript = QStringLiteral("{\"hook\":\"Stop scrolling\",\"body\":\"Here is why.\"}");

} // namespace

class TestChatCompletion : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeOpenAiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;

    struct Outcome
    {
        bool ok = false;
        ChatResult result;
        ApiFailure failure;
        QStringList deltas;
        QList<QPair<OutputMode, OutputMode>> fallbacks;
    };

    ChatRequest request(bool stream = true) const
    {
        ChatRequest r;
        r.model = QStringLiteral("gpt-4o-mini");
        r.messages = {{QStringLiteral("system"), QStringLiteral("You write Reels.")},
                      {QStringLiteral("user"), QStringLiteral("A Reel about mornings.")}};
        r.schema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        r.stream = stream;
        return r;
    }

    Outcome run(const ChatRequest& r, ApiTimeouts timeouts = {},
                const std::function<void(ChatCompletion&)>& during = {})
    {
        ApiEndpoint e;
        e.baseUrl = m_server->baseUrl();
        e.apiKey = QStringLiteral("sk-test");
        RetryPolicy policy;
        policy.initialSeconds = 0.01;
        ChatCompletion c(*m_network, e, r, policy, timeouts);
        Outcome out;
        bool done = false;
        connect(&c, &ChatCompletion::contentDelta, this,
                [&](const QString& d, const QString&) { out.deltas.append(d); });
        connect(&c, &ChatCompletion::modeFallback, this, [&](OutputMode from, OutputMode to, const QString&) {
            out.fallbacks.append({from, to});
        });
        connect(&c, &ChatCompletion::succeeded, this, [&](const ChatResult& res) {
            out.ok = true;
            out.result = res;
            done = true;
        });
        connect(&c, &ChatCompletion::failed, this, [&](const ApiFailure& f) {
            out.failure = f;
            done = true;
        });
        c.start();
        if (during)
            during(c);
        if (!done)
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return out;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeOpenAiServer>();
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void requestBodyFollowsTheProtocol()
    {
        ChatRequest r = request();
        r.maxTokens = 900;
        const QJsonObject cloud =
                QJsonDocument::fromJson(ChatCompletion::body(r, OutputMode::JsonSchema, false)).object();
        QCOMPARE(cloud[u"response_format"][u"type"].toString(), QStringLiteral("json_schema"));
        QCOMPARE(cloud[u"response_format"][u"json_schema"][u"strict"].toBool(), true);
        QCOMPARE(cloud[u"response_format"][u"json_schema"][u"name"].toString(), QStringLiteral("reel_script"));
        QCOMPARE(cloud[u"stream_options"][u"include_usage"].toBool(), true);
        QCOMPARE(cloud[u"max_completion_tokens"].toInt(), 900);
        QVERIFY(cloud.contains(u"temperature"));
        const QJsonObject local =
                QJsonDocument::fromJson(ChatCompletion::body(r, OutputMode::JsonObject, true)).object();
        QCOMPARE(local[u"response_format"][u"type"].toString(), QStringLiteral("json_object"));
        QCOMPARE(local[u"max_tokens"].toInt(), 900);
        QVERIFY(!QJsonDocument::fromJson(ChatCompletion::body(r, OutputMode::PlainJson, true))
                         .object()
                         .contains(u"response_format"));
        r.model = QStringLiteral("o4-mini");
        QVERIFY(!QJsonDocument::fromJson(ChatCompletion::body(r, OutputMode::JsonSchema, false))
                         .object()
                         .contains(u"temperature"));
    }

    void aPlainAnswer()
    {
        m_server->enqueue(kPath, FakeResponse::json(whole(kScript)).header("x-request-id", "req_plain"));
        const Outcome o = run(request(false));
        QVERIFY(o.ok);
        QCOMPARE(o.result.content, kScript);
        QCOMPARE(o.result.usage.total, 15);
        QCOMPARE(o.result.requestId, QStringLiteral("req_plain"));
        QCOMPARE(o.result.mode, OutputMode::JsonSchema);
        const QJsonObject sent = m_server->requests(kPath).first().json();
        QCOMPARE(sent[u"messages"].toArray().size(), 2);
        QVERIFY(!sent.contains(u"stream"));
    }

    void aStreamSplitAtEveryByteBoundary()
    {
        const QByteArray s = stream({QStringLiteral("{\"hook\":"), QStringLiteral("\"Stop scrolling\","),
                                     QStringLiteral("\"body\":\"Here is why.\"}")});
        m_server->enqueue(kPath, FakeResponse::sse(s, 1));
        const Outcome o = run(request());
        QVERIFY2(o.ok, qPrintable(o.failure.message));
        QCOMPARE(o.result.content, kScript);
        QCOMPARE(o.deltas.size(), 3);
        QCOMPARE(o.result.usage.prompt, 120);
        QCOMPARE(o.result.usage.completion, 30);
        QCOMPARE(o.result.finishReason, QStringLiteral("stop"));
        QVERIFY(o.result.firstTokenMs >= 0);
    }

    void aStreamWithCrlfCommentsAndMultiLineData()
    {
        QByteArray s = ": OPENROUTER PROCESSING\r\n\r\n";
        s += content(QStringLiteral("{\"hook\":\"A\"")).replace("\n", "\r\n");
        // An event whose JSON is spread over two data lines.
        s += "data: {\"choices\":[{\"index\":0,\r\ndata: "
             "\"delta\":{\"content\":\"}\"},\"finish_reason\":\"stop\"}]}\r\n\r\n";
        s += "data: [DONE]\r\n\r\n";
        m_server->enqueue(kPath, FakeResponse::sse(s, 7));
        const Outcome o = run(request());
        QVERIFY2(o.ok, qPrintable(o.failure.message));
        QCOMPARE(o.result.content, QStringLiteral("{\"hook\":\"A\"}"));
    }

    void anErrorInsideA200Stream()
    {
        QByteArray s = content(QStringLiteral("{\"hook\""));
        s += "data: {\"error\":{\"message\":\"The server had an error while processing your request.\","
             "\"type\":\"server_error\",\"code\":\"internal\"}}\n\n";
        m_server->enqueue(kPath, FakeResponse::sse(s));
        m_server->enqueue(kPath, FakeResponse::sse(stream({kScript})));
        const Outcome o = run(request());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Stream);
        QCOMPARE(o.failure.type, QStringLiteral("server_error"));
        QCOMPARE(m_server->requests(kPath).size(), 1); // bytes had arrived: not retried
    }

    void aRefusalIsReportedAsSuch()
    {
        QByteArray s = chunk(QJsonObject{{QStringLiteral("refusal"), QStringLiteral("I can't help with that.")}});
        s += chunk(QJsonObject{}, QStringLiteral("stop")) + "data: [DONE]\n\n";
        m_server->enqueue(kPath, FakeResponse::sse(s));
        const Outcome o = run(request());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Refusal);
        QCOMPARE(o.failure.message, QStringLiteral("I can't help with that."));

        m_server->enqueue(kPath, FakeResponse::json(whole({}, QStringLiteral("stop"), QStringLiteral("No."))));
        const Outcome plain = run(request(false));
        QCOMPARE(plain.failure.kind, ApiFailure::Kind::Refusal);
    }

    void lengthAndContentFilterAreFailures()
    {
        QByteArray s = content(QStringLiteral("{\"hook\":\"Stop scr"));
        s += chunk(QJsonObject{}, QStringLiteral("length")) + usageChunk(100, 50) + "data: [DONE]\n\n";
        m_server->enqueue(kPath, FakeResponse::sse(s));
        const Outcome o = run(request());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Truncated);

        m_server->enqueue(kPath, FakeResponse::json(whole(QString(), QStringLiteral("content_filter"))));
        QCOMPARE(run(request(false)).failure.kind, ApiFailure::Kind::ContentFilter);
    }

    void aRejectedSchemaFallsBackToJsonObjectThenPlain()
    {
        m_server->enqueue(kPath,
                          FakeResponse::error(400, QStringLiteral("invalid_request_error"), {},
                                              QStringLiteral("Invalid parameter: 'response_format' of type "
                                                             "'json_schema' is not supported with this model.")));
        m_server->enqueue(kPath, FakeResponse::error(400, QStringLiteral("invalid_request_error"), {},
                                                     QStringLiteral("response_format json_object not supported")));
        m_server->enqueue(kPath, FakeResponse::sse(stream({kScript})));
        const Outcome o = run(request());
        QVERIFY2(o.ok, qPrintable(o.failure.message));
        QCOMPARE(o.result.mode, OutputMode::PlainJson);
        QCOMPARE(o.fallbacks.size(), 2);
        const auto sent = m_server->requests(kPath);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).json()[u"response_format"][u"type"].toString(), QStringLiteral("json_schema"));
        QCOMPARE(sent.at(1).json()[u"response_format"][u"type"].toString(), QStringLiteral("json_object"));
        QVERIFY(!sent.at(2).json().contains(u"response_format"));
    }

    void otherBadRequestsDoNotFallBack()
    {
        m_server->enqueue(kPath, FakeResponse::error(400, QStringLiteral("invalid_request_error"),
                                                     QStringLiteral("context_length_exceeded"),
                                                     QStringLiteral("This model's maximum context length is 8192")));
        const Outcome o = run(request());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.status, 400);
        QCOMPARE(o.failure.code, QStringLiteral("context_length_exceeded"));
        QCOMPARE(m_server->requests(kPath).size(), 1);
    }

    void aServerThatIgnoresStreamingIsUnderstood()
    {
        m_server->enqueue(kPath, FakeResponse::json(whole(kScript)));
        const Outcome o = run(request(true));
        QVERIFY2(o.ok, qPrintable(o.failure.message));
        QCOMPARE(o.result.content, kScript);
    }

    void malformedStreamEventsAreBadResponses()
    {
        m_server->enqueue(kPath, FakeResponse::sse("data: {\"choices\": [\n\ndata: [DONE]\n\n"));
        const Outcome o = run(request());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::BadResponse);
    }

    void aStreamCutBeforeItsEndIsANetworkFailure()
    {
        // Chunked and closed cleanly, but without finish_reason or [DONE].
        m_server->enqueue(kPath, FakeResponse::sse(content(QStringLiteral("{\"hook\":\"Half"))));
        const Outcome o = run(request());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Network);
        QCOMPARE(o.deltas, QStringList{QStringLiteral("{\"hook\":\"Half")});
    }

    void aResetDuringTheStream()
    {
        FakeResponse r = FakeResponse::sse(stream({QStringLiteral("{\"hook\":"), QStringLiteral("\"x\"}")}));
        r.parts = {content(QStringLiteral("{\"hook\":")), content(QStringLiteral("\"x\"}"))};
        r.resetAfterParts = 1;
        m_server->enqueue(kPath, r);
        const Outcome o = run(request());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Network);
        QCOMPARE(m_server->requests(kPath).size(), 1);
    }

    void cancelMidStream()
    {
        FakeResponse r = FakeResponse::sse(content(QStringLiteral("{")));
        for (int i = 0; i < 40; ++i)
            r.parts.append(content(QStringLiteral("\"k%1\":1,").arg(i)));
        r.delayBetweenMs = 40;
        m_server->enqueue(kPath, r);
        const Outcome o = run(request(), {}, [](ChatCompletion& c) {
            QObject::connect(&c, &ChatCompletion::contentDelta, &c, [&c](const QString&, const QString& all) {
                if (all.size() > 20)
                    c.cancel();
            });
        });
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::Cancelled);
        QVERIFY(o.deltas.size() < 40);
    }

    void inactivityTimeout()
    {
        FakeResponse r = FakeResponse::sse(content(QStringLiteral("{")));
        r.parts.append(content(QStringLiteral("}")));
        r.delayBetweenMs = 3000;
        m_server->enqueue(kPath, r);
        ApiTimeouts t;
        t.inactivityMs = 250;
        const Outcome o = run(request(), t);
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.kind, ApiFailure::Kind::InactivityTimeout);
    }
};

QTEST_GUILESS_MAIN(TestChatCompletion)
#include "tst_chatcompletion.moc"
