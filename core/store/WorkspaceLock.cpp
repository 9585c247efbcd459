#include "store/WorkspaceLock.h"

#include <QDir>
#include <QLockFile>

namespace reel {

WorkspaceLock::WorkspaceLock(std::unique_ptr<QLockFile> file)
    : m_file(std::move(file))
{}

WorkspaceLock::~WorkspaceLock() = default;

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return Error::make(ErrorCode::WorkspaceUnusable, {folder, QStringLiteral("the folder cannot be created")});
    auto file = std::make_unique<QLockFile>(QDir(folder).filePath(QLatin1String(kFileName)));
    // Never stale by age (a window may stay open for weeks); a dead holder is still detected.
    file->setStaleLockTime(0);
    if (file->tryLock(0))
        return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(std::move(file)));
    if (file->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        file->getLockInfo(&pid, &host, &application);
        return Error::make(ErrorCode::WorkspaceLocked, {folder, QString::number(pid), host, application});
    }
    return Error::make(ErrorCode::WorkspaceUnusable,
                       {folder, file->error() == QLockFile::PermissionError
                                        ? QStringLiteral("the folder is not writable")
                                        : QStringLiteral("its lock file cannot be created")});
}

} // namespace reel
