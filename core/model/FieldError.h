#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace reel {

/// Why a field of an input document is wrong. The arguments are listed per kind.
enum class FieldErrorKind
{
    Syntax,        ///< the document is not JSON; args: line, column, parser message
    Missing,       ///< a required field is absent; no args
    WrongType,     ///< args: expected type word, actual type word (see FieldError::typeWord)
    Empty,         ///< a text that must hold something is blank; no args
    TooLong,       ///< args: maximum characters, actual characters
    TooMany,       ///< a list is too long; args: maximum items, actual items
    OutOfRange,    ///< args: minimum, maximum, actual, unit ("seconds" or "")
    NotOneOf,      ///< args: actual value, allowed values joined by ", "
    NotAfter,      ///< args: other field name, other value, actual value
    TooDeep,       ///< JSON nests deeper than the limit; args: line, column, the limit (levels)
    TooLarge,      ///< the input is over its size limit; args: the limit ("16 MiB"), the size found
    UnknownName,   ///< a setting or key this version does not know; args: the known names joined by ", "
    NotAHashtag,   ///< not one tag (spaces, punctuation); args: the value found
    NotAnAgeRange, ///< not "min-max" or "min+" within the bounds; args: value found, lowest age, highest age
    // (keep NotAnAgeRange last, or move the end of the range tests/ui/tst_uitext.cpp walks)
};

/// One problem in an input document, located by its JSON path
/// (e.g. `script_request.script_length`, `brand_profile.do_not_use[2]`).
struct FieldError
{
    QString path;
    FieldErrorKind kind = FieldErrorKind::Missing;
    QStringList args;
    int line = 0; ///< line of the value in the file, when known (0 = unknown)

    /// `path: reason` in English, e.g.
    /// `script_request.script_length: must be between 5 and 180 seconds, got 500`.
    QString toEnglish() const;
    /// The reason alone, in English.
    QString reasonEnglish() const;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace reel
