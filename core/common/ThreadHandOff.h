#pragma once

// Declares to ThreadSanitizer the hand-offs between threads that go through Qt (a queued call or
// signal, a thread-pool job, a future's result). Qt as the systems ship it is not built with
// ThreadSanitizer, and the locks inside it are invisible to the sanitizer; without these
// declarations it would see every value passed to another thread as raced over. In a build without
// ThreadSanitizer they compile to nothing.
//
// Use: the sending thread calls handOver(token) once the data it passes is complete and before
// posting; the receiving thread calls takeOver(token) before reading it. The token is any address
// both sides know (the receiving QObject, the job's watcher).

#include <QMetaObject>
#include <QObject>

#include <utility>

#if defined(__SANITIZE_THREAD__)
#    define REEL_THREAD_SANITIZER 1
#elif defined(__has_feature)
#    if __has_feature(thread_sanitizer)
#        define REEL_THREAD_SANITIZER 1
#    endif
#endif

#ifdef REEL_THREAD_SANITIZER
extern "C" void __tsan_acquire(void* addr);
extern "C" void __tsan_release(void* addr);
#endif

namespace reel::threads {

inline void handOver(const void* token)
{
#ifdef REEL_THREAD_SANITIZER
    __tsan_release(const_cast<void*>(token));
#else
    static_cast<void>(token);
#endif
}

inline void takeOver(const void* token)
{
#ifdef REEL_THREAD_SANITIZER
    __tsan_acquire(const_cast<void*>(token));
#else
    static_cast<void>(token);
#endif
}

/// Runs `call` on `receiver`'s thread, later (a queued call), with the hand-off declared. `call`
/// is complete when it is passed in, so everything it captured was written before handOver().
template <typename Call>
void post(QObject* receiver, Call call)
{
    handOver(receiver);
    QMetaObject::invokeMethod(
            receiver,
            [receiver, call = std::move(call)]() mutable {
                takeOver(receiver);
                call();
            },
            Qt::QueuedConnection);
}

} // namespace reel::threads
