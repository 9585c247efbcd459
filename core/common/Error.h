#pragma once

#include "model/FieldError.h"

#include <QString>
#include <QStringList>

namespace reel {

/// What went wrong, as a code plus arguments. ui/ maps the code to a translated sentence;
/// toEnglish() serves the CLI and logs.
enum class ErrorCode
{
    FileUnreadable,    ///< args: path, reason
    FileUnwritable,    ///< args: path, reason
    InvalidInput,      ///< fields holds every problem found
    FormatTooNew,      ///< args: what, found version, supported version
    WorkspaceUnusable, ///< args: path, reason (cannot create or open the folder)
    DatabaseTooNew,    ///< args: path, found schema version, supported schema version
    DatabaseDamaged,   ///< args: path, reason
    DatabaseForeign,   ///< args: path (an SQLite file that is not a Reel Studio workspace)
    MigrationFailed,   ///< args: path, target version, reason
    Sql,               ///< args: operation, reason
    NotFound,          ///< args: what, key
    DuplicateName,     ///< args: name
    DuplicateExample,  ///< args: id of the example already holding the same text
    Cancelled,         ///< args: what was cancelled
    Api,               ///< args: see ApiFailure::toError() (kind, status, type, code, message, request id, retries)
    StatusNotAllowed,  ///< args: current status, requested status (workflow ids)
    FileTooLarge,      ///< args: path, the limit ("16 MiB"), the size found ("200 MiB" or "more than that")
    FileNotText,       ///< args: path, why ("empty", "binary" or "utf8"), byte offset of the first bad byte
    WorkspaceLocked,   ///< args: workspace folder, holder's process id, holder's host, holder's application
    FileExists,        ///< args: folder, the names already there joined by ", " (nothing was written)
};

struct Error
{
    ErrorCode code;
    QStringList args;
    FieldErrors fields;

    static Error make(ErrorCode code, QStringList args = {}) { return Error{code, std::move(args), {}}; }
    static Error invalid(FieldErrors fields) { return Error{ErrorCode::InvalidInput, {}, std::move(fields)}; }

    /// Plain English, one line per problem, for the CLI and logs (never shown in the GUI).
    QString toEnglish() const;
};

} // namespace reel
