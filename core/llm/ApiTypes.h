#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace reel {

/// Where an OpenAI-compatible server lives and how to authenticate. The key is held in memory
/// only (it comes from the keychain or $OPENAI_API_KEY) and is never logged.
struct ApiEndpoint
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
    QString apiKey;
    QString organization;

    /// $OPENAI_BASE_URL and $OPENAI_API_KEY, as the official SDKs read them (the default base URL
    /// when the variable is unset).
    static ApiEndpoint fromEnvironment();
    /// $OPENAI_API_KEY when it may travel to `url`, else empty. The variable belongs to OpenAI's
    /// API (https://api.openai.com) and to the server $OPENAI_BASE_URL names — the two places the
    /// person who set it chose — never to a URL taken from a workspace or a command line.
    static QString environmentKeyFor(const QUrl& url);
    /// Whether `a` and `b` are the same origin (scheme, host and port).
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    /// `path` ("chat/completions", "embeddings", "models") appended to the base URL.
    QUrl url(const QString& path) const;
    /// A loopback server (Ollama, llama.cpp, LM Studio, vLLM) needs no key.
    bool isLocal() const;
};

/// Time limits of one request, each reported as its own failure kind.
struct ApiTimeouts
{
    int connectMs = 10'000;    ///< until the request has been sent
    int inactivityMs = 60'000; ///< longest silence once the request is sent
    int deadlineMs = 600'000;  ///< the whole exchange, retries included
};

/// Why a request to a model server failed, with everything the user or a bug report needs.
struct ApiFailure
{
    enum class Kind
    {
        Cancelled,         ///< the user stopped it
        ConnectTimeout,    ///< no connection within ApiTimeouts::connectMs
        InactivityTimeout, ///< the server went silent
        Deadline,          ///< the whole exchange took too long
        Network,           ///< refused, reset, DNS, TLS…
        Http,              ///< an HTTP error status (see status, type, code)
        Stream,            ///< an error object inside an HTTP 200 stream
        BadResponse,       ///< a 2xx answer that cannot be read
        Refusal,           ///< the model refused (message.refusal)
        Truncated,         ///< finish_reason "length"
        ContentFilter,     ///< finish_reason "content_filter"
        CircuitOpen,       ///< not sent: the server failed repeatedly and is resting
        TooLarge,          ///< the answer grew past limits::kAnswerBytes and was dropped
        Redirected,        ///< the server redirected to another origin; not followed (the key stays home)
    };
    Kind kind = Kind::Network;
    int status = 0;
    QString type;
    QString code;
    QString message;
    QString param;
    QString requestId; ///< x-request-id
    int retries = 0;
    /// Honoured before the next attempt (retry-after-ms / retry-after), when the server said.
    std::optional<int> retryAfterMs;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    /// ErrorCode::Api with args (kind, status, type, code, message, request id, retries).
    Error toError() const;
    static std::optional<ApiFailure> fromError(const Error& error);
    /// Reads `{"error": {"message", "type", "param", "code"}}` (or a bare string / object as some
    /// local servers send) into type, code, message and param. Returns false when there is none.
    bool readErrorBody(const QByteArray& body);
    bool isQuota() const { return code == u"insufficient_quota" || type == u"insufficient_quota"; }
};

using ApiHeaders = QList<QPair<QByteArray, QByteArray>>;

/// What a successful exchange returned besides its body.
struct ApiResponseInfo
{
    int status = 0;
    QString requestId;
    ApiHeaders headers;
    int retries = 0;
    qint64 elapsedMs = 0;
    QByteArray header(const QByteArray& name) const;
};

} // namespace reel
