#include "common/Error.h"

namespace reel {

namespace {

QString arg(const QStringList& args, qsizetype i)
{
    return i < args.size() ? args.at(i) : QString();
}

QString typePhrase(const QString& word)
{
    if (word == u"string")
        return QStringLiteral("a string");
    if (word == u"integer")
        return QStringLiteral("a whole number");
    if (word == u"number")
        return QStringLiteral("a number");
    if (word == u"boolean")
        return QStringLiteral("true or false");
    if (word == u"list")
        return QStringLiteral("a list");
    if (word == u"list_of_strings")
        return QStringLiteral("a list of strings");
    if (word == u"object")
        return QStringLiteral("an object");
    if (word == u"date")
        return QStringLiteral("a date (YYYY-MM-DD)");
    return QStringLiteral("null");
}

} // namespace

QString FieldError::reasonEnglish() const
{
    switch (kind) {
    case FieldErrorKind::Syntax:
        return QStringLiteral("not valid JSON at line %1, column %2: %3").arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case FieldErrorKind::Missing:
        return QStringLiteral("is required");
    case FieldErrorKind::WrongType:
        return QStringLiteral("must be %1, got %2").arg(typePhrase(arg(args, 0)), typePhrase(arg(args, 1)));
    case FieldErrorKind::Empty:
        return QStringLiteral("must not be empty");
    case FieldErrorKind::TooLong:
        return QStringLiteral("must be at most %1 characters, got %2").arg(arg(args, 0), arg(args, 1));
    case FieldErrorKind::TooMany:
        return QStringLiteral("must hold at most %1 items, got %2").arg(arg(args, 0), arg(args, 1));
    case FieldErrorKind::OutOfRange:
        if (arg(args, 3).isEmpty())
            return QStringLiteral("must be between %1 and %2, got %3").arg(arg(args, 0), arg(args, 1), arg(args, 2));
        return QStringLiteral("must be between %1 and %2 %4, got %3")
                .arg(arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3));
    case FieldErrorKind::NotOneOf:
        return QStringLiteral("must be one of %2, got \"%1\"").arg(arg(args, 0), arg(args, 1));
    case FieldErrorKind::NotAfter:
        return QStringLiteral("must be after %1 (%2), got %3").arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case FieldErrorKind::TooDeep:
        return QStringLiteral("nested deeper than %3 levels (the limit) at line %1, column %2")
                .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case FieldErrorKind::TooLarge:
        return QStringLiteral("larger than %1, the limit (found %2)").arg(arg(args, 0), arg(args, 1));
    case FieldErrorKind::UnknownName:
        return QStringLiteral("is not a name this version knows (known: %1)").arg(arg(args, 0));
    case FieldErrorKind::NotAHashtag:
        return QStringLiteral("must be one hashtag (letters, digits and _ after #, no spaces), got \"%1\"")
                .arg(arg(args, 0));
    case FieldErrorKind::NotAnAgeRange:
        return QStringLiteral("must be an age range such as 25-40 or 55+ (ages %2 to %3, the first not above the "
                              "second), got \"%1\"")
                .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    }
    return {};
}

QString FieldError::toEnglish() const
{
    if (kind == FieldErrorKind::Syntax || kind == FieldErrorKind::TooDeep
        || (kind == FieldErrorKind::TooLarge && path.isEmpty()))
        return reasonEnglish();
    const QString where = path.isEmpty() ? QStringLiteral("(document)") : path;
    if (line > 0)
        return QStringLiteral("line %1: %2: %3").arg(QString::number(line), where, reasonEnglish());
    return where + QStringLiteral(": ") + reasonEnglish();
}

QString Error::toEnglish() const
{
    switch (code) {
    case ErrorCode::FileUnreadable:
        return QStringLiteral("cannot read %1: %2").arg(arg(args, 0), arg(args, 1));
    case ErrorCode::FileUnwritable:
        return QStringLiteral("cannot write %1: %2").arg(arg(args, 0), arg(args, 1));
    case ErrorCode::InvalidInput: {
        QStringList lines;
        for (const FieldError& f : fields)
            lines.append(f.toEnglish());
        return lines.join(u'\n');
    }
    case ErrorCode::FormatTooNew:
        return QStringLiteral("%1 has format version %2, but this version of Reel Studio reads up to %3; "
                              "update Reel Studio to open it")
                .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case ErrorCode::WorkspaceUnusable:
        return QStringLiteral("cannot use the workspace folder %1: %2").arg(arg(args, 0), arg(args, 1));
    case ErrorCode::DatabaseTooNew:
        return QStringLiteral("the workspace %1 was written by a newer Reel Studio (schema version %2; this version "
                              "knows up to %3). It was left untouched; update Reel Studio to open it")
                .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case ErrorCode::DatabaseDamaged:
        return QStringLiteral("the workspace database %1 is damaged (%2). It was left untouched; restore it from a "
                              "backup or choose another workspace")
                .arg(arg(args, 0), arg(args, 1));
    case ErrorCode::DatabaseForeign:
        return QStringLiteral("%1 is an SQLite database, but not a Reel Studio workspace. It was left untouched")
                .arg(arg(args, 0));
    case ErrorCode::MigrationFailed:
        return QStringLiteral("could not upgrade the workspace %1 to schema version %2 (%3). Nothing was changed")
                .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case ErrorCode::Sql:
        return QStringLiteral("database error while %1: %2").arg(arg(args, 0), arg(args, 1));
    case ErrorCode::NotFound:
        return QStringLiteral("no %1 \"%2\"").arg(arg(args, 0), arg(args, 1));
    case ErrorCode::DuplicateName:
        return QStringLiteral("a brand profile named \"%1\" already exists").arg(arg(args, 0));
    case ErrorCode::DuplicateExample:
        return QStringLiteral("the library already holds this script (example %1)").arg(arg(args, 0));
    case ErrorCode::Cancelled:
        return QStringLiteral("%1 was cancelled").arg(arg(args, 0));
    case ErrorCode::StatusNotAllowed:
        return QStringLiteral("a script in status \"%1\" cannot move to \"%2\"").arg(arg(args, 0), arg(args, 1));
    case ErrorCode::FileTooLarge:
        return QStringLiteral("cannot read %1: it is larger than %2, the limit for this kind of file (found %3)")
                .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case ErrorCode::FileNotText:
        if (arg(args, 1) == u"empty")
            return QStringLiteral("cannot read %1: it is empty").arg(arg(args, 0));
        if (arg(args, 1) == u"binary")
            return QStringLiteral("cannot read %1: it is not a text file (binary data at byte %2)")
                    .arg(arg(args, 0), arg(args, 2));
        return QStringLiteral("cannot read %1: it is not UTF-8 text (invalid byte sequence at byte %2)")
                .arg(arg(args, 0), arg(args, 2));
    case ErrorCode::WorkspaceLocked:
        return QStringLiteral("the workspace %1 is open in another Reel Studio window (process %2 on %3)")
                .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case ErrorCode::FileExists:
        return QStringLiteral("nothing was written: %2 already exist in %1 (use --force to replace them)")
                .arg(arg(args, 0), arg(args, 1));
    case ErrorCode::Api: {
        // kind, HTTP status, error type, error code, message, x-request-id, retries
        QString s = QStringLiteral("model server: %1").arg(arg(args, 0));
        if (arg(args, 1) != u"0" && !arg(args, 1).isEmpty())
            s += QStringLiteral(" (HTTP %1)").arg(arg(args, 1));
        if (!arg(args, 4).isEmpty())
            s += QStringLiteral(": ") + arg(args, 4);
        if (!arg(args, 3).isEmpty())
            s += QStringLiteral(" [%1]").arg(arg(args, 3));
        if (!arg(args, 5).isEmpty())
            s += QStringLiteral(" request id %1").arg(arg(args, 5));
        if (arg(args, 6).toInt() > 0)
            s += QStringLiteral(" after %1 retries").arg(arg(args, 6));
        return s;
    }
    }
    return {};
}

} // namespace reel
