#pragma once

#include <QString>

namespace reel {

/// Stops sending to a server that keeps failing: after `threshold` failures in a row the
/// circuit opens and requests fail at once (ApiFailure::CircuitOpen) for `cooldownMs`; then one
/// probe is let through (half-open) — its success closes the circuit, its failure reopens it.
/// Times are milliseconds on any monotonic clock the caller passes in.
class CircuitBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };

    explicit CircuitBreaker(int threshold = 5, qint64 cooldownMs = 30'000);

    /// Whether a request may go now; in the half-open state only one (the probe) may.
    bool allow(qint64 nowMs);
    void recordSuccess();
    /// Only failures that say something about the server count (network, timeouts, 5xx, 429);
    /// the caller decides which.
    void recordFailure(qint64 nowMs);
    State state(qint64 nowMs) const;
    /// Milliseconds until a probe may go (0 when not open).
    qint64 retryInMs(qint64 nowMs) const;

private:
    int m_threshold;
    qint64 m_cooldownMs;
    int m_failures = 0;
    qint64 m_openedAt = -1;
    bool m_probeInFlight = false;
};

} // namespace reel
