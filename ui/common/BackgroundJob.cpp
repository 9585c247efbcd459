#include "common/BackgroundJob.h"

namespace reel::ui {

void waitForBackgroundJobs(QObject* owner)
{
    const QList<QFutureWatcherBase*> watchers = owner->findChildren<QFutureWatcherBase*>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcherBase* watcher : watchers) {
        watcher->disconnect(owner);
        watcher->waitForFinished();
        threads::takeOver(watcher);
    }
}

} // namespace reel::ui
