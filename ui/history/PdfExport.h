#pragma once

#include "common/Result.h"
#include "store/ScriptStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace reel::ui {

/// History as a PDF: the Markdown export laid out by QTextDocument on A4 with 15 mm margins.
/// Works on any thread (it draws into memory; no widgets).
class PdfExport
{
public:
    /// The PDF bytes of `markdown`; `title` goes into the document's metadata.
    static QByteArray render(const QString& markdown, const QString& title);
    /// Writes `entries` to `path` through QSaveFile (the file appears whole or not at all).
    static reel::Result<void> write(const QList<reel::HistoryEntry>& entries, const QString& path,
                                    const QString& title);
};

} // namespace reel::ui
