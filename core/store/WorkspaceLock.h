#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace reel {

/// The desktop app's claim on a workspace folder: one window per workspace, so that two windows
/// never autosave over each other's edits. A lock file in the folder names the process holding
/// it; a lock left by a process that has died is taken over. The command line does not take it:
/// it may write alongside a running app (the database takes care of that).
class WorkspaceLock
{
public:
    static constexpr auto kFileName = ".reelstudio.lock";

    /// Takes the lock of `folder`, or WorkspaceLocked naming the holder (process id, host, app).
    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString& folder);

    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock&) = delete;
    WorkspaceLock& operator=(const WorkspaceLock&) = delete;

private:
    explicit WorkspaceLock(std::unique_ptr<QLockFile> file);
    std::unique_ptr<QLockFile> m_file;
};

} // namespace reel
