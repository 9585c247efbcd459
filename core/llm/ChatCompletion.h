#pragma once

#include "llm/ApiCall.h"
#include "llm/ChatTypes.h"
#include "llm/SseParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace reel {

/// One chat completion from an OpenAI-compatible server, plain or streamed (SSE), with
/// Structured Outputs: when the server rejects `json_schema` the request is sent again with
/// `json_object`, then with no response_format (modeFallback tells which). A refusal,
/// `finish_reason: length` and `content_filter` are failures of their own kind, never patched;
/// an error object inside a 200 stream is a Stream failure; a stream that stops before its end
/// is a Network failure. Unknown fields are ignored.
class ChatCompletion : public QObject
{
    Q_OBJECT

public:
    ChatCompletion(QNetworkAccessManager& network, ApiEndpoint endpoint, ChatRequest request, RetryPolicy policy = {},
                   ApiTimeouts timeouts = {}, QObject* parent = nullptr);
    ~ChatCompletion() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

    /// The JSON body for `request` in `mode` (public for tests and the prompt preview).
    static QByteArray body(const ChatRequest& request, OutputMode mode, bool localServer);
    /// Whether an HTTP failure says the server does not take this response_format.
    static bool rejectsResponseFormat(const ApiFailure& failure);

signals:
    /// Streaming: new content text (`delta`) and everything so far.
    void contentDelta(const QString& delta, const QString& content);
    void modeFallback(reel::OutputMode from, reel::OutputMode to, const QString& reason);
    void retrying(int retry, int delayMs, const reel::ApiFailure& cause);
    void succeeded(const reel::ChatResult& result);
    void failed(const reel::ApiFailure& failure);

private:
    void send();
    void onStreamBytes(const QByteArray& bytes);
    bool handleChunk(const QByteArray& data);
    void onCallSucceeded(const QByteArray& body, const ApiResponseInfo& info);
    void readWholeAnswer(const QByteArray& body, const ApiResponseInfo& info);
    void onCallFailed(const ApiFailure& failure);
    void complete(const ApiResponseInfo& info);
    void fail(ApiFailure failure);

    QNetworkAccessManager& m_network;
    ApiEndpoint m_endpoint;
    ChatRequest m_request;
    RetryPolicy m_policy;
    ApiTimeouts m_timeouts;
    OutputMode m_mode;
    QPointer<ApiCall> m_call;
    SseParser m_sse;
    QElapsedTimer m_clock;
    ChatResult m_result;
    QString m_refusal;
    bool m_done = false;
    bool m_sawEvent = false;
    QByteArray m_raw; ///< streamed bytes while no event came (a server may ignore "stream")
    bool m_finished = false;
    int m_retries = 0;
    std::optional<ApiFailure> m_streamError;
};

} // namespace reel
