#include "common/FileSet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace reel {

QStringList existingFiles(const QString& folder, const QList<NamedFile>& files)
{
    const QDir dir(folder);
    QStringList out;
    for (const NamedFile& f : files) {
        if (QFileInfo::exists(dir.filePath(f.first)))
            out.append(f.first);
    }
    return out;
}

Result<QStringList> writeFileSet(const QString& folder, const QList<NamedFile>& files, bool overwrite)
{
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error::make(ErrorCode::FileUnwritable, {folder, QStringLiteral("the folder cannot be created")});
    if (!overwrite) {
        if (const QStringList taken = existingFiles(folder, files); !taken.isEmpty())
            return Error::make(ErrorCode::FileExists, {folder, taken.join(QStringLiteral(", "))});
    }
    // Inside the target folder, so that every move is a rename on one file system.
    QTemporaryDir staging(dir.filePath(QStringLiteral(".reelstudio-export-XXXXXX")));
    if (!staging.isValid())
        return Error::make(ErrorCode::FileUnwritable, {folder, staging.errorString()});
    const QDir stage(staging.path());
    if (!stage.mkdir(QStringLiteral("previous")))
        return Error::make(ErrorCode::FileUnwritable, {folder, QStringLiteral("no room for a temporary folder")});
    for (const NamedFile& f : files) {
        QSaveFile out(stage.filePath(f.first));
        if (!out.open(QIODevice::WriteOnly) || out.write(f.second) != f.second.size() || !out.commit())
            return Error::make(ErrorCode::FileUnwritable, {dir.filePath(f.first), out.errorString()});
    }

    // Move into place, remembering each step so that a failure can be undone.
    QStringList placed, setAside;
    const auto undo = [&] {
        for (const QString& name : std::as_const(placed))
            QFile::remove(dir.filePath(name));
        for (const QString& name : std::as_const(setAside))
            QFile::rename(stage.filePath(QStringLiteral("previous/") + name), dir.filePath(name));
    };
    for (const NamedFile& f : files) {
        const QString target = dir.filePath(f.first);
        if (QFileInfo::exists(target)) {
            if (!overwrite || !QFile::rename(target, stage.filePath(QStringLiteral("previous/") + f.first))) {
                undo();
                return Error::make(ErrorCode::FileUnwritable, {target, QStringLiteral("it cannot be replaced")});
            }
            setAside.append(f.first);
        }
        if (!QFile::rename(stage.filePath(f.first), target)) {
            undo();
            return Error::make(ErrorCode::FileUnwritable, {target, QStringLiteral("it cannot be moved into place")});
        }
        placed.append(f.first);
    }
    QStringList written;
    for (const QString& name : std::as_const(placed))
        written.append(dir.filePath(name));
    return written; // the staging folder, with the replaced files, goes with `staging`
}

} // namespace reel
