#pragma once

#include "common/Error.h"
#include "model/FieldError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace reel::ui {

/// Translated, user-facing text for core's error values. Core returns codes and arguments;
/// this is the only place that turns them into sentences for the GUI.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::ErrorText)

public:
    /// The whole error as one or more sentences. InvalidInput lists every field, one per line.
    static QString message(const reel::Error& error);
    /// A model-server failure (ErrorCode::Api) in words a user can act on.
    static QString apiMessage(const reel::Error& error);
    /// Why a field is wrong, without its path, e.g. "This field is required."
    static QString reason(const reel::FieldError& error);
    /// "path: reason" (a syntax error has no path and is shown alone).
    static QString withPath(const reel::FieldError& error);
    /// Every field error as "path: reason", at most `limit` lines plus a "… and N more" line.
    static QStringList lines(const reel::FieldErrors& errors, int limit = 20);
    /// The translated name of a JSON type word ("string", "list_of_strings", …).
    static QString typeWord(const QString& word);
};

} // namespace reel::ui
