#pragma once

#include "llm/ApiTypes.h"
#include "llm/RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace reel {

/// One logical request to an OpenAI-compatible server: the HTTP attempts, the retries between
/// them (RetryPolicy), three time limits (ApiTimeouts) and cancellation — all on the calling
/// thread's event loop, never blocking it. In stream mode the body is handed over as it arrives
/// (dataArrived) and nothing is retried once a byte has come. Exactly one of succeeded() or
/// failed() is emitted. The API key goes into the Authorization header and nowhere else.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray verb = "POST";
        QString path; ///< relative to the endpoint's base URL, e.g. "embeddings"
        QByteArray body;
        bool stream = false;
    };

    ApiCall(QNetworkAccessManager& network, ApiEndpoint endpoint, Request request, RetryPolicy policy = {},
            ApiTimeouts timeouts = {}, QObject* parent = nullptr);
    ~ApiCall() override;

    void start();
    /// Stops the call at any moment (before the first byte too); failed(Cancelled) follows.
    void cancel();
    bool isFinished() const { return m_finished; }
    int retries() const { return m_retries; }
    /// For tests: the jitter source (default: QRandomGenerator).
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

signals:
    void retrying(int retry, int delayMs, const reel::ApiFailure& cause);
    /// Stream mode: the server accepted the request (2xx) — headers are known.
    void responseStarted(const reel::ApiResponseInfo& info);
    /// Stream mode: body bytes of a 2xx answer, as they arrive (split anywhere).
    void dataArrived(const QByteArray& bytes);
    void succeeded(const QByteArray& body, const reel::ApiResponseInfo& info);
    void failed(const reel::ApiFailure& failure);

private:
    void attempt();
    void onReadyRead();
    void onFinished();
    void abortWith(ApiFailure::Kind kind);
    void fail(ApiFailure failure);
    ApiResponseInfo infoOf(QNetworkReply* reply) const;

    QNetworkAccessManager& m_network;
    ApiEndpoint m_endpoint;
    Request m_request;
    RetryPolicy m_policy;
    ApiTimeouts m_timeouts;
    std::function<double()> m_random;

    QPointer<QNetworkReply> m_reply;
    QTimer* m_connectTimer;
    QTimer* m_inactivityTimer;
    QTimer* m_deadlineTimer;
    QTimer* m_retryTimer;
    QElapsedTimer m_clock;
    QByteArray m_body;
    qint64 m_received = 0; ///< bytes of this attempt's answer, streamed or not
    std::optional<ApiFailure::Kind> m_abortReason;
    int m_retries = 0;
    bool m_streamStarted = false;
    bool m_finished = false;
};

} // namespace reel
