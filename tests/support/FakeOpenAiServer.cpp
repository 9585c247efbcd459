#include "support/FakeOpenAiServer.h"

#include "common/ThreadHandOff.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <future>

#ifdef Q_OS_UNIX
#    include <sys/socket.h>
#endif

namespace reel::test {

namespace {

/// Closes with a TCP reset rather than an orderly FIN, as a crashed server or proxy does.
void resetConnection(QTcpSocket* s)
{
#ifdef Q_OS_UNIX
    const linger hard{1, 0};
    ::setsockopt(static_cast<int>(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    s->abort();
}

} // namespace

/// Lives on the server thread: accepts connections, parses requests, plays answers.
class FakeServerWorker : public QObject
{
public:
    explicit FakeServerWorker(FakeOpenAiServer& owner)
        : m_owner(owner)
    {}

    quint16 listen(const QString& host)
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress(host), 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

    void stop()
    {
        delete m_server;
        m_server = nullptr;
    }

private:
    void onData(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(s);
        play(s, m_owner.next(request));
    }

    void play(QTcpSocket* socket, const FakeResponse& r)
    {
        if (r.hang)
            return;
        QPointer<QTcpSocket> s(socket);
        QList<std::function<void()>> steps;
        if (r.resetAfterParts == -2) {
            steps.append([s] {
                if (s)
                    resetConnection(s);
            });
        } else {
            steps.append([s, r] {
                if (!s)
                    return;
                QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " Fake\r\n";
                bool hasType = false;
                for (const auto& [name, value] : r.headers) {
                    head += name + ": " + value + "\r\n";
                    hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
                }
                if (!hasType)
                    head += "Content-Type: application/json\r\n";
                if (r.chunked) {
                    head += "Transfer-Encoding: chunked\r\n";
                } else {
                    qsizetype total = 0;
                    for (const QByteArray& p : r.parts)
                        total += p.size();
                    head += "Content-Length: " + QByteArray::number(total) + "\r\n";
                }
                head += "Connection: close\r\n\r\n";
                s->write(head);
                s->flush();
            });
            for (qsizetype i = 0; i < r.parts.size(); ++i) {
                if (r.resetAfterParts >= 0 && i >= r.resetAfterParts)
                    break;
                const QByteArray part = r.parts.at(i);
                const bool chunked = r.chunked;
                steps.append([s, part, chunked] {
                    if (!s)
                        return;
                    if (chunked)
                        s->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
                    else
                        s->write(part);
                    s->flush();
                });
            }
            if (r.resetAfterParts >= 0) {
                steps.append([s] {
                    if (s)
                        s->abort();
                });
            } else {
                const bool chunked = r.chunked;
                steps.append([s, chunked] {
                    if (!s)
                        return;
                    if (chunked)
                        s->write("0\r\n\r\n");
                    s->disconnectFromHost();
                });
            }
        }
        runSteps(steps, 0, r.delayBeforeMs, r.delayBetweenMs);
    }

    void runSteps(QList<std::function<void()>> steps, qsizetype index, int firstDelay, int between)
    {
        if (index >= steps.size())
            return;
        const int wait = index == 0 ? firstDelay : (index == 1 ? 0 : between);
        QTimer::singleShot(wait, this, [this, steps, index, firstDelay, between] {
            steps.at(index)();
            runSteps(steps, index + 1, firstDelay, between);
        });
    }

    FakeOpenAiServer& m_owner;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

FakeResponse FakeResponse::json(const QByteArray& body, int status)
{
    FakeResponse r;
    r.status = status;
    r.parts = {body};
    return r;
}

FakeResponse FakeResponse::error(int status, const QString& type, const QString& code, const QString& message)
{
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), QJsonValue::Null},
                            {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}};
    return json(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact), status)
            .header("x-request-id", "req_fake_" + QByteArray::number(status));
}

FakeResponse FakeResponse::sse(const QByteArray& stream, int splitEvery)
{
    FakeResponse r;
    r.chunked = true;
    r.header("Content-Type", "text/event-stream");
    if (splitEvery <= 0) {
        r.parts = {stream};
    } else {
        for (qsizetype i = 0; i < stream.size(); i += splitEvery)
            r.parts.append(stream.mid(i, splitEvery));
    }
    return r;
}

FakeResponse& FakeResponse::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeOpenAiServer::FakeOpenAiServer(const QString& host)
    : m_host(host)
    , m_handler(&FakeOpenAiServer::defaultAnswer)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("fake-openai-server"));
    m_worker = new FakeServerWorker(*this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    // A promise rather than a blocking queued call: a hand-off ThreadSanitizer sees.
    std::promise<quint16> port;
    std::future<quint16> listening = port.get_future();
    threads::post(m_worker, [this, &port] { port.set_value(m_worker->listen(m_host)); });
    m_port = listening.get();
}

FakeOpenAiServer::~FakeOpenAiServer()
{
    std::promise<void> stopped;
    std::future<void> done = stopped.get_future();
    threads::post(m_worker, [this, &stopped] {
        m_worker->stop();
        delete m_worker;
        m_worker = nullptr;
        stopped.set_value();
    });
    done.wait();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QUrl FakeOpenAiServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2/v1").arg(m_host).arg(m_port));
}

void FakeOpenAiServer::enqueue(const QByteArray& path, const FakeResponse& response)
{
    std::lock_guard lock(m_mutex);
    m_queues[path].append(response);
}

void FakeOpenAiServer::setHandler(std::function<FakeResponse(const RecordedRequest&)> handler)
{
    std::lock_guard lock(m_mutex);
    m_handler = std::move(handler);
}

QList<RecordedRequest> FakeOpenAiServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

QList<RecordedRequest> FakeOpenAiServer::requests(const QByteArray& path) const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest& r : requests()) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

void FakeOpenAiServer::clearRequests()
{
    std::lock_guard lock(m_mutex);
    m_requests.clear();
}

FakeResponse FakeOpenAiServer::next(const RecordedRequest& request)
{
    std::function<FakeResponse(const RecordedRequest&)> handler;
    {
        std::lock_guard lock(m_mutex);
        m_requests.append(request);
        auto it = m_queues.find(request.path);
        if (it != m_queues.end() && !it->isEmpty())
            return it->takeFirst();
        handler = m_handler;
    }
    return handler(request);
}

QList<float> FakeOpenAiServer::embeddingFor(const QString& text, int dimension)
{
    QList<float> v(dimension);
    QByteArray seed = text.toUtf8();
    double sum = 0;
    for (int i = 0; i < dimension; ++i) {
        if (i % 32 == 0)
            seed = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
        const auto byte = static_cast<unsigned char>(seed.at(i % 32));
        v[i] = static_cast<float>(byte) / 255.0f - 0.5f;
        sum += static_cast<double>(v[i]) * v[i];
    }
    const auto inv = static_cast<float>(1.0 / std::sqrt(sum > 0 ? sum : 1.0));
    for (float& x : v)
        x *= inv;
    return v;
}

FakeResponse FakeOpenAiServer::defaultAnswer(const RecordedRequest& request)
{
    if (request.path == "/v1/embeddings") {
        const QJsonObject body = request.json();
        const int dimension = body.value(u"dimensions").toInt(8);
        QJsonArray inputs = body.value(u"input").toArray();
        if (body.value(u"input").isString())
            inputs = QJsonArray{body.value(u"input")};
        QJsonArray data;
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            QJsonArray values;
            for (float x : embeddingFor(inputs.at(i).toString(), dimension))
                values.append(static_cast<double>(x));
            data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                    {QStringLiteral("index"), static_cast<int>(i)},
                                    {QStringLiteral("embedding"), values}});
        }
        const QJsonObject answer{{QStringLiteral("object"), QStringLiteral("list")},
                                 {QStringLiteral("data"), data},
                                 {QStringLiteral("model"), body.value(u"model")},
                                 {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 1},
                                                                       {QStringLiteral("total_tokens"), 1}}}};
        return FakeResponse::json(QJsonDocument(answer).toJson(QJsonDocument::Compact))
                .header("x-request-id", "req_fake_embeddings");
    }
    if (request.path == "/v1/models") {
        QJsonArray models;
        for (const char* id : {"gpt-4o-mini", "gpt-4o", "text-embedding-3-small"})
            models.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                                      {QStringLiteral("object"), QStringLiteral("model")},
                                      {QStringLiteral("owned_by"), QStringLiteral("fake")}});
        return FakeResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                            {QStringLiteral("data"), models}})
                                          .toJson(QJsonDocument::Compact));
    }
    return FakeResponse::error(404, QStringLiteral("invalid_request_error"), QStringLiteral("unknown_url"),
                               QStringLiteral("Unknown request URL: ") + QString::fromLatin1(request.path));
}

} // namespace reel::test
