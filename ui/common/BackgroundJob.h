#pragma once

#include "common/ThreadHandOff.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

namespace reel::ui {

/// Runs `job` on a thread of the global pool and then `done` with its result on `owner`'s thread,
/// unless `owner` is gone by then. The job gets its own database connection if it needs one (and
/// releases it); it never touches widgets or item models. The watcher is a child of `owner`, so
/// that waitForBackgroundJobs() can wait for it.
template <typename T>
QFutureWatcher<void>* runInBackground(QObject* owner, std::function<T()> job, std::function<void(const T&)> done)
{
    // The result travels in memory of our own rather than through the future's result store,
    // so that the whole hand-off is declared (ThreadHandOff.h): job → result → done.
    auto result = std::make_shared<std::optional<T>>();
    auto* watcher = new QFutureWatcher<void>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, result, done = std::move(done)] {
        watcher->deleteLater();
        threads::takeOver(watcher);
        if (*result)
            done(**result);
    });
    threads::handOver(watcher);
    watcher->setFuture(QtConcurrent::run([watcher, result, job = std::move(job)] {
        threads::takeOver(watcher);
        result->emplace(job());
        threads::handOver(watcher);
    }));
    return watcher;
}

/// Waits for every job runInBackground() started for `owner` (its destructor calls this: a job may
/// still read or write the database). Their `done` no longer runs.
void waitForBackgroundJobs(QObject* owner);

} // namespace reel::ui
