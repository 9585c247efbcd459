#include "llm/CircuitBreaker.h"

#include <algorithm>

namespace reel {

CircuitBreaker::CircuitBreaker(int threshold, qint64 cooldownMs)
    : m_threshold(std::max(1, threshold))
    , m_cooldownMs(cooldownMs)
{}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (m_openedAt < 0)
        return State::Closed;
    return nowMs - m_openedAt >= m_cooldownMs ? State::HalfOpen : State::Open;
}

bool CircuitBreaker::allow(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return true;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_openedAt = -1;
    m_probeInFlight = false;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    if (m_probeInFlight || m_openedAt >= 0) {
        // The probe failed: rest again.
        m_probeInFlight = false;
        m_openedAt = nowMs;
        return;
    }
    if (++m_failures >= m_threshold)
        m_openedAt = nowMs;
}

qint64 CircuitBreaker::retryInMs(qint64 nowMs) const
{
    if (state(nowMs) != State::Open)
        return 0;
    return m_cooldownMs - (nowMs - m_openedAt);
}

} // namespace reel
