#pragma once

#include "llm/ApiTypes.h"

#include <optional>

namespace reel {

/// A client-side pause that respects the server's `x-ratelimit-*` headers when it sends them
/// (OpenAI does; local servers do not, and then nothing is ever delayed): when the remaining
/// requests or tokens reach zero, the next request waits until the matching reset.
class RateLimiter
{
public:
    /// Reads the headers of a response received at `nowMs`.
    void observe(const ApiHeaders& headers, qint64 nowMs);
    /// Milliseconds to wait before the next request (0: go).
    qint64 waitMs(qint64 nowMs) const;

    /// "1s", "6m0s", "20ms", "1h2m3.5s" (OpenAI's reset format) or plain seconds → milliseconds.
    static std::optional<qint64> parseDuration(const QByteArray& text);

private:
    qint64 m_blockedUntil = 0;
};

} // namespace reel
