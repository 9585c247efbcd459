#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <mutex>

class QThread;

namespace reel::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// One scripted answer of the fake server: the status line and headers, then the body in
/// parts (each written separately, optionally as one HTTP chunk, with pauses between them),
/// optionally cut off by closing the connection abruptly.
struct FakeResponse
{
    int status = 200;
    Headers headers;
    QList<QByteArray> parts;
    bool chunked = false;
    int delayBeforeMs = 0;  ///< before the status line (a slow server)
    int delayBetweenMs = 0; ///< between body parts (a slow stream)
    /// Close the connection abruptly: -1 never, -2 before any byte, N after N body parts.
    int resetAfterParts = -1;
    bool hang = false; ///< accept the request and never answer

    static FakeResponse json(const QByteArray& body, int status = 200);
    /// `{"error": {"message", "type", "param": null, "code"}}` with `status`.
    static FakeResponse error(int status, const QString& type, const QString& code, const QString& message);
    /// An SSE body sent chunked, split every `splitEvery` bytes (0: one part).
    static FakeResponse sse(const QByteArray& stream, int splitEvery = 0);
    FakeResponse& header(const QByteArray& name, const QByteArray& value);
};

/// What the fake server received.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    Headers headers;
    QByteArray body;
    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
};

class FakeServerWorker;

/// An OpenAI-compatible server on a loopback address speaking real HTTP/1.1 from its own thread, for
/// end-to-end tests of the API client, the embedder and the pages that use them. Answers come
/// from per-path queues (enqueue) and, when a queue is empty, from the handler; the default
/// handler answers `/v1/embeddings` with deterministic vectors (embeddingFor) and `/v1/models`
/// with a short list, and everything else with 404.
class FakeOpenAiServer
{
public:
    /// Listens on `host` (another loopback address such as 127.0.0.2 plays "another server").
    explicit FakeOpenAiServer(const QString& host = QStringLiteral("127.0.0.1"));
    ~FakeOpenAiServer();
    FakeOpenAiServer(const FakeOpenAiServer&) = delete;
    FakeOpenAiServer& operator=(const FakeOpenAiServer&) = delete;

    /// http://<host>:<port>/v1
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }

    /// Answers the next request to `path` (e.g. "/v1/embeddings") with `response`.
    void enqueue(const QByteArray& path, const FakeResponse& response);
    void setHandler(std::function<FakeResponse(const RecordedRequest&)> handler);

    QList<RecordedRequest> requests() const;
    QList<RecordedRequest> requests(const QByteArray& path) const;
    void clearRequests();

    /// A deterministic unit vector for `text` (what the default handler returns).
    static QList<float> embeddingFor(const QString& text, int dimension);
    static FakeResponse defaultAnswer(const RecordedRequest& request);

private:
    friend class FakeServerWorker;
    FakeResponse next(const RecordedRequest& request);

    QThread* m_thread = nullptr;
    FakeServerWorker* m_worker = nullptr;
    quint16 m_port = 0;
    QString m_host;
    mutable std::mutex m_mutex; // std::mutex: a lock ThreadSanitizer sees
    QHash<QByteArray, QList<FakeResponse>> m_queues;
    std::function<FakeResponse(const RecordedRequest&)> m_handler;
    QList<RecordedRequest> m_requests;
};

} // namespace reel::test
