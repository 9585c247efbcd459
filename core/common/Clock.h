#pragma once

#include <QDateTime>

#include <functional>

namespace reel {

/// The time the app sees. Tests install a fixed clock; production code only reads it.
class Clock
{
public:
    static QDateTime nowUtc();
    /// Replaces the clock (nullptr restores the system clock). For tests.
    static void setSource(std::function<QDateTime()> source);
};

} // namespace reel
