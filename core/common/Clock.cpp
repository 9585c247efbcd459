#include "common/Clock.h"

namespace reel {

namespace {
std::function<QDateTime()>& source()
{
    static std::function<QDateTime()> fn;
    return fn;
}
} // namespace

QDateTime Clock::nowUtc()
{
    return source() ? source()().toUTC() : QDateTime::currentDateTimeUtc();
}

void Clock::setSource(std::function<QDateTime()> fn)
{
    source() = std::move(fn);
}

} // namespace reel
