#include "llm/ApiCall.h"

#include "common/InputLimits.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <mutex>

namespace reel {

Q_LOGGING_CATEGORY(lcApi, "reel.llm.api")

namespace {

/// The system's proxy settings (and $http_proxy/$https_proxy/$no_proxy on Linux), as a browser
/// uses them — except for servers on this machine (Ollama, LM Studio…), reached directly.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        const QString host = query.peerHostName();
        const QHostAddress address(host);
        if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

QTimer* singleShotTimer(QObject* parent)
{
    auto* t = new QTimer(parent);
    t->setSingleShot(true);
    return t;
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager& network, ApiEndpoint endpoint, Request request, RetryPolicy policy,
                 ApiTimeouts timeouts, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
    , m_policy(policy)
    , m_timeouts(timeouts)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_connectTimer(singleShotTimer(this))
    , m_inactivityTimer(singleShotTimer(this))
    , m_deadlineTimer(singleShotTimer(this))
    , m_retryTimer(singleShotTimer(this))
{
    static std::once_flag proxy;
    std::call_once(proxy, [] { QNetworkProxyFactory::setApplicationProxyFactory(new SystemProxyFactory); });
    connect(m_connectTimer, &QTimer::timeout, this, [this] { abortWith(ApiFailure::Kind::ConnectTimeout); });
    connect(m_inactivityTimer, &QTimer::timeout, this, [this] { abortWith(ApiFailure::Kind::InactivityTimeout); });
    connect(m_deadlineTimer, &QTimer::timeout, this, [this] { abortWith(ApiFailure::Kind::Deadline); });
    connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::attempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    m_clock.start();
    if (m_timeouts.deadlineMs > 0)
        m_deadlineTimer->start(m_timeouts.deadlineMs);
    attempt();
}

void ApiCall::attempt()
{
    if (m_finished)
        return;
    m_body.clear();
    m_received = 0;
    m_abortReason.reset();
    QNetworkRequest request(m_endpoint.url(m_request.path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("ReelStudio/" + QCoreApplication::applicationVersion().toUtf8()));
    if (!m_endpoint.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    if (!m_endpoint.organization.isEmpty())
        request.setRawHeader("OpenAI-Organization", m_endpoint.organization.toUtf8());
    if (m_request.stream)
        request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("X-Stainless-Retry-Count", QByteArray::number(m_retries));
    // A redirect is followed only within the same scheme, host and port: the key and the prompt
    // never travel to a server the user did not choose (Qt re-sends both on any redirect).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(0); // our own timers distinguish connect, inactivity and deadline

    QNetworkReply* reply = m_request.verb == "GET"
                                   ? m_network.get(request)
                                   : m_network.sendCustomRequest(request, m_request.verb, m_request.body);
    m_reply = reply;
    if (m_timeouts.connectMs > 0)
        m_connectTimer->start(m_timeouts.connectMs);
    const auto sent = [this] {
        m_connectTimer->stop();
        if (m_timeouts.inactivityMs > 0)
            m_inactivityTimer->start(m_timeouts.inactivityMs);
    };
    connect(reply, &QNetworkReply::requestSent, this, sent);
    connect(reply, &QNetworkReply::metaDataChanged, this, sent);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64, qint64) {
        if (!m_connectTimer->isActive() && m_timeouts.inactivityMs > 0)
            m_inactivityTimer->start(m_timeouts.inactivityMs);
    });
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
}

ApiResponseInfo ApiCall::infoOf(QNetworkReply* reply) const
{
    ApiResponseInfo info;
    info.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    info.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    info.headers = reply->rawHeaderPairs();
    info.retries = m_retries;
    info.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    return info;
}

void ApiCall::onReadyRead()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    m_connectTimer->stop();
    if (m_timeouts.inactivityMs > 0)
        m_inactivityTimer->start(m_timeouts.inactivityMs);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    m_received += bytes.size();
    if (m_received > limits::kAnswerBytes) {
        // A server that never stops talking is not given the app's memory.
        abortWith(ApiFailure::Kind::TooLarge);
        return;
    }
    if (!m_request.stream || status < 200 || status >= 300) {
        m_body += bytes;
        return;
    }
    if (bytes.isEmpty())
        return;
    if (!m_streamStarted) {
        m_streamStarted = true;
        emit responseStarted(infoOf(reply));
    }
    emit dataArrived(bytes);
}

void ApiCall::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_connectTimer->stop();
    m_inactivityTimer->stop();
    if (!m_abortReason && (!m_request.stream || !m_streamStarted)) {
        const QByteArray rest = reply->readAll();
        m_received += rest.size();
        if (m_received > limits::kAnswerBytes)
            m_abortReason = ApiFailure::Kind::TooLarge;
        else
            m_body += rest;
    }
    ApiResponseInfo info = infoOf(reply);

    ApiFailure failure;
    failure.requestId = info.requestId;
    failure.status = info.status;
    if (m_abortReason) {
        failure.kind = *m_abortReason;
        failure.status = 0;
        if (failure.kind == ApiFailure::Kind::TooLarge)
            failure.message =
                    QStringLiteral("the answer is larger than %1").arg(limits::describeBytes(limits::kAnswerBytes));
    } else if (reply->error() == QNetworkReply::InsecureRedirectError
               || (info.status >= 300 && info.status < 400 && !reply->rawHeader("location").isEmpty())) {
        // Named by origin only: a redirect target may carry a token in its query.
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("location")));
        failure.kind = ApiFailure::Kind::Redirected;
        failure.message = QStringLiteral("redirected to %1")
                                  .arg(target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                                       | QUrl::RemoveUserInfo)
                                               .toString());
    } else if (reply->error() != QNetworkReply::NoError && info.status == 0) {
        failure.kind = ApiFailure::Kind::Network;
        failure.message = reply->errorString();
    } else if (info.status >= 200 && info.status < 300 && reply->error() == QNetworkReply::NoError) {
        if (m_request.stream && !m_streamStarted) {
            m_streamStarted = true;
            emit responseStarted(info);
            if (!m_body.isEmpty())
                emit dataArrived(m_body);
        }
        m_deadlineTimer->stop();
        m_finished = true;
        emit succeeded(m_request.stream ? QByteArray() : m_body, info);
        return;
    } else if (info.status >= 200 && info.status < 300) {
        // The connection broke in the middle of a successful answer.
        failure.kind = ApiFailure::Kind::Network;
        failure.message = reply->errorString();
    } else {
        failure.kind = ApiFailure::Kind::Http;
        if (!failure.readErrorBody(m_body))
            failure.message = QString::fromUtf8(m_body.left(300)).trimmed();
        failure.retryAfterMs = RetryPolicy::retryAfterMs(info.headers, QDateTime::currentDateTimeUtc());
    }
    if (failure.kind == ApiFailure::Kind::Cancelled || failure.kind == ApiFailure::Kind::Deadline) {
        fail(failure);
        return;
    }
    if (m_policy.shouldRetry(failure, m_retries, m_streamStarted)) {
        const auto wait = m_policy.delay(failure, m_retries, m_random());
        const qint64 left = m_timeouts.deadlineMs > 0 ? m_timeouts.deadlineMs - m_clock.elapsed()
                                                      : std::numeric_limits<qint64>::max();
        if (wait.count() < left) {
            qCInfo(lcApi).noquote() << "retrying" << m_request.path << "in" << wait.count() << "ms after"
                                    << ApiFailure::kindName(failure.kind) << failure.status << failure.code
                                    << "request id" << failure.requestId;
            ++m_retries;
            emit retrying(m_retries, static_cast<int>(wait.count()), failure);
            m_retryTimer->start(static_cast<int>(wait.count()));
            return;
        }
    }
    fail(failure);
}

void ApiCall::abortWith(ApiFailure::Kind kind)
{
    if (m_finished)
        return;
    if (m_reply) {
        m_abortReason = kind;
        m_reply->abort(); // finished() follows synchronously and reports the reason
        return;
    }
    // Between attempts (waiting to retry) or not started.
    m_retryTimer->stop();
    ApiFailure f;
    f.kind = kind;
    fail(f);
}

void ApiCall::cancel()
{
    abortWith(ApiFailure::Kind::Cancelled);
}

void ApiCall::fail(ApiFailure failure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer->stop();
    m_inactivityTimer->stop();
    m_deadlineTimer->stop();
    m_retryTimer->stop();
    failure.retries = m_retries;
    // Every failure is recorded with what a bug report needs — never the key or the prompt.
    qCWarning(lcApi).noquote() << m_request.path << "failed:" << ApiFailure::kindName(failure.kind) << "status"
                               << failure.status << "type" << failure.type << "code" << failure.code << "request id"
                               << failure.requestId << "retries" << failure.retries;
    emit failed(failure);
}

} // namespace reel
