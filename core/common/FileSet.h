#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace reel {

/// One file of a set: its name inside the target folder and its bytes.
using NamedFile = QPair<QString, QByteArray>;

/// The names among `files` that already exist in `folder`.
QStringList existingFiles(const QString& folder, const QList<NamedFile>& files);

/// Writes several files as one: every file goes to a temporary folder inside `folder` first,
/// and only when all are written are they moved into place. A file that already exists is
/// refused (FileExists, naming them) unless `overwrite`; with `overwrite`, the old files are
/// set aside and put back if a later move fails. On any failure no new file remains and the
/// folder holds what it held before. Returns the paths written.
Result<QStringList> writeFileSet(const QString& folder, const QList<NamedFile>& files, bool overwrite);

} // namespace reel
