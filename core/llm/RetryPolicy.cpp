#include "llm/RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace reel {

bool RetryPolicy::retryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

bool RetryPolicy::shouldRetry(const ApiFailure& failure, int retriesDone, bool streamStarted) const
{
    if (retriesDone >= maxRetries || streamStarted)
        return false;
    switch (failure.kind) {
    case ApiFailure::Kind::Network:
    case ApiFailure::Kind::ConnectTimeout:
    case ApiFailure::Kind::InactivityTimeout:
        return true;
    case ApiFailure::Kind::Http:
        if (failure.status == 429 && failure.isQuota())
            return false;
        return retryableStatus(failure.status);
    default:
        return false;
    }
}

std::chrono::milliseconds RetryPolicy::backoff(int retriesDone, double random01) const
{
    const double seconds = std::min(initialSeconds * std::pow(2.0, retriesDone), maxSeconds);
    const double jittered = seconds * (1.0 - jitter * std::clamp(random01, 0.0, 1.0));
    return std::chrono::milliseconds(static_cast<qint64>(std::llround(jittered * 1000.0)));
}

std::optional<std::chrono::milliseconds> RetryPolicy::serverDelay(const std::optional<int>& retryAfterMs) const
{
    if (!retryAfterMs || *retryAfterMs < 0 || *retryAfterMs > maxRetryAfterSeconds * 1000)
        return std::nullopt;
    return std::chrono::milliseconds(*retryAfterMs);
}

std::chrono::milliseconds RetryPolicy::delay(const ApiFailure& failure, int retriesDone, double random01) const
{
    if (auto server = serverDelay(failure.retryAfterMs))
        return *server;
    return backoff(retriesDone, random01);
}

std::optional<int> RetryPolicy::retryAfterMs(const ApiHeaders& headers, const QDateTime& now)
{
    QByteArray ms, after;
    for (const auto& [name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "retry-after-ms")
            ms = value.trimmed();
        else if (lower == "retry-after")
            after = value.trimmed();
    }
    bool ok = false;
    if (!ms.isEmpty()) {
        const double v = ms.toDouble(&ok);
        if (ok && v >= 0)
            return static_cast<int>(std::llround(v));
    }
    if (after.isEmpty())
        return std::nullopt;
    const double seconds = after.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(static_cast<int>(std::llround(seconds * 1000.0))) : std::nullopt;
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QString text = QString::fromLatin1(after);
    text.remove(QStringLiteral(" GMT"));
    const QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    const QDateTime utc(when.date(), when.time(), QTimeZone::utc());
    return static_cast<int>(std::max<qint64>(0, now.msecsTo(utc)));
}

} // namespace reel
