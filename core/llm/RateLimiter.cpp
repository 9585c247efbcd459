#include "llm/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace reel {

std::optional<qint64> RateLimiter::parseDuration(const QByteArray& raw)
{
    const QByteArray text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double plain = text.toDouble(&ok);
    if (ok)
        return plain >= 0 ? std::optional<qint64>(std::llround(plain * 1000)) : std::nullopt;
    double total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text.at(j))) || text.at(j) == '.'))
            ++j;
        if (j == i)
            return std::nullopt;
        const double value = text.mid(i, j - i).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        qsizetype k = j;
        while (k < text.size() && std::isalpha(static_cast<unsigned char>(text.at(k))))
            ++k;
        const QByteArray unit = text.mid(j, k - j);
        if (unit == "ms")
            total += value;
        else if (unit == "s")
            total += value * 1000;
        else if (unit == "m")
            total += value * 60'000;
        else if (unit == "h")
            total += value * 3'600'000;
        else
            return std::nullopt;
        i = k;
    }
    return std::llround(total);
}

void RateLimiter::observe(const ApiHeaders& headers, qint64 nowMs)
{
    QByteArray remainingRequests, remainingTokens, resetRequests, resetTokens;
    for (const auto& [name, value] : headers) {
        const QByteArray n = name.toLower();
        if (n == "x-ratelimit-remaining-requests")
            remainingRequests = value;
        else if (n == "x-ratelimit-remaining-tokens")
            remainingTokens = value;
        else if (n == "x-ratelimit-reset-requests")
            resetRequests = value;
        else if (n == "x-ratelimit-reset-tokens")
            resetTokens = value;
    }
    const auto exhausted = [](const QByteArray& remaining) {
        bool ok = false;
        const qint64 v = remaining.trimmed().toLongLong(&ok);
        return ok && v <= 0;
    };
    qint64 until = 0;
    if (exhausted(remainingRequests))
        until = std::max(until, nowMs + parseDuration(resetRequests).value_or(1000));
    if (exhausted(remainingTokens))
        until = std::max(until, nowMs + parseDuration(resetTokens).value_or(1000));
    m_blockedUntil = std::max(m_blockedUntil, std::min(until, nowMs + 120'000));
}

qint64 RateLimiter::waitMs(qint64 nowMs) const
{
    return std::max<qint64>(0, m_blockedUntil - nowMs);
}

} // namespace reel
