#pragma once

#include "llm/ApiTypes.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace reel {

/// When and how long to wait before trying a request again — the official OpenAI clients'
/// policy: 408, 409, 429 and 5xx and connection failures are retried, at most
/// `maxRetries` times, after min(initial·2ⁿ, max) seconds less up to 25 % jitter, or after what
/// `retry-after-ms` / `retry-after` says when that is at most `maxRetryAfterSeconds`. Never for
/// 400/401/403/404/422, a 429 with code `insufficient_quota`, or a stream whose bytes arrived.
struct RetryPolicy
{
    int maxRetries = 2;
    double initialSeconds = 0.5;
    double maxSeconds = 8.0;
    double jitter = 0.25;
    int maxRetryAfterSeconds = 60;

    static bool retryableStatus(int status);
    /// Whether `failure` deserves another attempt after `retriesDone` retries.
    bool shouldRetry(const ApiFailure& failure, int retriesDone, bool streamStarted) const;
    /// The pause before retry number `retriesDone + 1`; `random01` in [0, 1).
    std::chrono::milliseconds backoff(int retriesDone, double random01) const;
    /// The server's own wait request, when present and acceptable.
    std::optional<std::chrono::milliseconds> serverDelay(const std::optional<int>& retryAfterMs) const;
    /// The pause to use: the server's when it gave one, else backoff().
    std::chrono::milliseconds delay(const ApiFailure& failure, int retriesDone, double random01) const;

    /// Parses `retry-after-ms` (milliseconds) or `retry-after` (seconds or an HTTP date, relative
    /// to `now`) from response headers; names are case-insensitive.
    static std::optional<int> retryAfterMs(const ApiHeaders& headers, const QDateTime& now);
};

} // namespace reel
