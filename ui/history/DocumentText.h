#pragma once

#include "history/HistoryExport.h"

#include <QCoreApplication>

namespace reel::ui {

/// The History document (Markdown, the PDF drawn from it, the clipboard) in the interface
/// language: headings, workflow states, catalog values and the validation line.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentText)

public:
    static history::DocumentWords words();
    /// The English headings the document uses, as they are marked for translation (tests check
    /// that every one the document writes is among them).
    static QStringList headings();
};

} // namespace reel::ui
