#include "common/ErrorText.h"

#include "common/WorkflowText.h"

#include <QLocale>

namespace reel::ui {

namespace {

QString arg(const QStringList& args, qsizetype i)
{
    return i < args.size() ? args.at(i) : QString();
}

// Numbers in error arguments are plain digits; show them the way the user's locale writes them.
QString number(const QStringList& args, qsizetype i)
{
    const QString raw = arg(args, i);
    bool ok = false;
    const qlonglong value = raw.toLongLong(&ok);
    return ok ? QLocale().toString(value) : raw;
}

} // namespace

QString ErrorText::typeWord(const QString& word)
{
    if (word == u"string")
        return tr("text");
    if (word == u"integer")
        return tr("a whole number");
    if (word == u"number")
        return tr("a number");
    if (word == u"boolean")
        return tr("true or false");
    if (word == u"list")
        return tr("a list");
    if (word == u"list_of_strings")
        return tr("a list of texts");
    if (word == u"object")
        return tr("an object");
    if (word == u"null")
        return tr("nothing (null)");
    if (word == u"date")
        return tr("a date (YYYY-MM-DD)");
    return word;
}

QString ErrorText::reason(const reel::FieldError& error)
{
    const QStringList& a = error.args;
    switch (error.kind) {
    case FieldErrorKind::Syntax:
        //: %1 line, %2 column, %3 the JSON parser's own message (English)
        return tr("The file is not valid JSON (line %1, column %2): %3").arg(number(a, 0), number(a, 1), arg(a, 2));
    case FieldErrorKind::Missing:
        return tr("This field is missing.");
    case FieldErrorKind::WrongType:
        //: %1 expected kind of value, %2 the kind found, e.g. "Expected a list, found text."
        return tr("Expected %1, found %2.").arg(typeWord(arg(a, 0)), typeWord(arg(a, 1)));
    case FieldErrorKind::Empty:
        // A list entry ("do_not_use[2]") is not a field the user fills in on its own.
        if (error.path.endsWith(u']'))
            return tr("This entry is empty.");
        return tr("This field is required.");
    case FieldErrorKind::TooLong:
        return tr("Use at most %1 characters (now %2).").arg(number(a, 0), number(a, 1));
    case FieldErrorKind::TooMany:
        return tr("Use at most %1 entries (now %2).").arg(number(a, 0), number(a, 1));
    case FieldErrorKind::OutOfRange:
        if (arg(a, 3) == u"seconds")
            return tr("Must be between %1 and %2 seconds (now %3).").arg(number(a, 0), number(a, 1), number(a, 2));
        return tr("Must be between %1 and %2 (now %3).").arg(number(a, 0), number(a, 1), number(a, 2));
    case FieldErrorKind::NotOneOf:
        //: %1 the value found, %2 the allowed values separated by commas
        return tr("“%1” is not allowed here; use one of: %2.").arg(arg(a, 0), arg(a, 1));
    case FieldErrorKind::NotAfter:
        //: %1 the other field, %2 its value, %3 this field's value
        return tr("Must come after %1 (%2), but is %3.").arg(arg(a, 0), number(a, 1), number(a, 2));
    case FieldErrorKind::TooDeep:
        //: %1 line, %2 column, %3 the most levels of nested lists and objects Reel Studio reads
        return tr("The file nests lists and objects more than %3 levels deep (line %1, column %2). Reel Studio "
                  "reads files nested at most %3 levels deep.")
                .arg(number(a, 0), number(a, 1), number(a, 2));
    case FieldErrorKind::TooLarge:
        //: %1 the size limit (e.g. "16 MiB"), %2 the size found
        return tr("This is larger than %1, the limit (found %2).").arg(arg(a, 0), arg(a, 1));
    case FieldErrorKind::UnknownName:
        //: %1 the names this version knows, separated by commas
        return tr("This name is not one Reel Studio knows. Known names: %1.").arg(arg(a, 0));
    case FieldErrorKind::NotAHashtag:
        //: %1 the value typed
        return tr("“%1” is not one hashtag: use letters, digits and _ after #, with no spaces.").arg(arg(a, 0));
    case FieldErrorKind::NotAnAgeRange:
        //: %1 the value typed, %2 the lowest age, %3 the highest age
        return tr("“%1” is not an age range: write it like 25-40 or 55+, with ages from %2 to %3 and the first not "
                  "above the second.")
                .arg(arg(a, 0), number(a, 1), number(a, 2));
    }
    return {};
}

QString ErrorText::withPath(const reel::FieldError& error)
{
    if (error.kind == FieldErrorKind::Syntax || error.kind == FieldErrorKind::TooDeep
        || (error.kind == FieldErrorKind::TooLarge && error.path.isEmpty()))
        return reason(error);
    //: %1 the location in the file (e.g. brand_profile.sector), %2 what is wrong there
    return tr("%1: %2").arg(error.path.isEmpty() ? tr("(whole file)") : error.path, reason(error));
}

QStringList ErrorText::lines(const reel::FieldErrors& errors, int limit)
{
    QStringList out;
    for (const FieldError& e : errors) {
        if (out.size() == limit) {
            out.append(tr("… and %n more problem(s).", nullptr, int(errors.size() - limit)));
            break;
        }
        out.append(withPath(e));
    }
    return out;
}

QString ErrorText::apiMessage(const reel::Error& error)
{
    // args: kind, HTTP status, error type, error code, server message, x-request-id, retries
    const QStringList& a = error.args;
    const QString kind = arg(a, 0);
    const int status = arg(a, 1).toInt();
    QString text;
    if (kind == u"cancelled")
        text = tr("The request was cancelled.");
    else if (kind == u"connect_timeout")
        text = tr("The model server did not accept the connection in time. Check the base URL and that the server "
                  "is running.");
    else if (kind == u"inactivity_timeout")
        text = tr("The model server stopped sending data. It may be overloaded; try again.");
    else if (kind == u"deadline")
        text = tr("The model server took longer than the time allowed for a whole answer.");
    else if (kind == u"network")
        text = tr("The model server cannot be reached. Check the base URL and your connection.");
    else if (kind == u"circuit_open")
        text = tr("The model server failed several times in a row; requests are paused for a moment.");
    else if (kind == u"refusal")
        text = tr("The model refused the request.");
    else if (kind == u"truncated")
        text = tr("The answer was cut off at the model's length limit.");
    else if (kind == u"content_filter")
        text = tr("The answer was stopped by the provider's content filter.");
    else if (kind == u"bad_response")
        text = tr("The model server sent an answer that cannot be read.");
    else if (kind == u"too_large")
        text = tr("The model server's answer was larger than Reel Studio accepts (32 MiB) and was dropped.");
    else if (kind == u"redirected")
        text = tr("The model server redirected the request to another address. Reel Studio does not follow such "
                  "redirects, so that your API key only goes to the server you chose. Set the new address as the "
                  "base URL in Settings if you trust it.");
    else if (status == 401)
        text = tr("The model server rejected the API key. Check your key in Settings.");
    else if (status == 403)
        text = tr("The API key is not allowed to use this model or endpoint.");
    else if (status == 404)
        text = tr("The model or endpoint does not exist on this server. Check the model name and base URL.");
    else if (status == 429 && arg(a, 3) == u"insufficient_quota")
        text = tr("The account has no quota left. Check your plan and billing.");
    else if (status == 429)
        text = tr("The model server's rate limit was reached. Wait a moment and try again.");
    else if (status >= 500)
        text = tr("The model server had an internal error (HTTP %1).").arg(status);
    else
        text = tr("The model server answered with an error (HTTP %1).").arg(status);
    if (!arg(a, 4).isEmpty())
        //: %1 the sentence above, %2 the server's own message (usually English)
        text = tr("%1 The server said: %2").arg(text, arg(a, 4));
    if (!arg(a, 5).isEmpty())
        text += u' ' + tr("(Request id: %1)").arg(arg(a, 5));
    return text;
}

QString ErrorText::message(const reel::Error& error)
{
    const QStringList& a = error.args;
    switch (error.code) {
    case ErrorCode::FileUnreadable:
        //: %1 file path, %2 the reason given by the system
        return tr("Cannot read “%1”: %2").arg(arg(a, 0), arg(a, 1));
    case ErrorCode::FileUnwritable:
        return tr("Cannot write “%1”: %2").arg(arg(a, 0), arg(a, 1));
    case ErrorCode::InvalidInput:
        return lines(error.fields).join(u'\n');
    case ErrorCode::FormatTooNew:
        //: %1 what was read (e.g. a file name), %2 its format version, %3 the newest version this build reads
        return tr("%1 uses format version %2, but this version of Reel Studio reads up to version %3. "
                  "Update Reel Studio to open it.")
                .arg(arg(a, 0), number(a, 1), number(a, 2));
    case ErrorCode::WorkspaceUnusable:
        return tr("The workspace folder “%1” cannot be used: %2").arg(arg(a, 0), arg(a, 1));
    case ErrorCode::DatabaseTooNew:
        return tr("The workspace “%1” was written by a newer Reel Studio (schema version %2; this version knows up "
                  "to %3). It was left untouched. Update Reel Studio to open it.")
                .arg(arg(a, 0), number(a, 1), number(a, 2));
    case ErrorCode::DatabaseDamaged:
        return tr("The workspace database “%1” is damaged (%2). It was left untouched. Restore it from a backup or "
                  "choose another workspace.")
                .arg(arg(a, 0), arg(a, 1));
    case ErrorCode::DatabaseForeign:
        return tr("“%1” is an SQLite database, but not a Reel Studio workspace. It was left untouched.").arg(arg(a, 0));
    case ErrorCode::MigrationFailed:
        return tr("The workspace “%1” could not be upgraded to schema version %2 (%3). Nothing was changed.")
                .arg(arg(a, 0), number(a, 1), arg(a, 2));
    case ErrorCode::Sql:
        //: %1 what the app was doing (English, from the database layer), %2 the database's message
        return tr("A database error occurred while %1: %2").arg(arg(a, 0), arg(a, 1));
    case ErrorCode::NotFound:
        //: %1 the kind of thing (English), %2 its name or number
        return tr("Could not find %1 “%2”. It may have been deleted.").arg(arg(a, 0), arg(a, 1));
    case ErrorCode::DuplicateName:
        return tr("A brand profile named “%1” already exists.").arg(arg(a, 0));
    case ErrorCode::DuplicateExample:
        //: %1 the number of the example that already holds the same text
        return tr("The example library already holds this script (example %1).").arg(arg(a, 0));
    case ErrorCode::Cancelled:
        //: %1 what was cancelled (English, e.g. "index rebuild")
        return tr("Cancelled: %1.").arg(arg(a, 0));
    case ErrorCode::Api:
        return apiMessage(error);
    case ErrorCode::StatusNotAllowed:
        //: %1 the script's status, %2 the status asked for (both translated)
        return tr("A script that is “%1” cannot be moved to “%2”.")
                .arg(WorkflowText::statusName(arg(a, 0)), WorkflowText::statusName(arg(a, 1)));
    case ErrorCode::FileTooLarge:
        //: %1 file name, %2 the size limit (e.g. "128 MiB"), %3 the size found (English, e.g. "200 MiB")
        return tr("“%1” is larger than %2, the most Reel Studio reads for this kind of file (found %3). Nothing "
                  "was changed.")
                .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case ErrorCode::FileNotText:
        if (arg(a, 1) == u"empty")
            return tr("“%1” is empty. Nothing was changed.").arg(arg(a, 0));
        if (arg(a, 1) == u"binary")
            //: %1 file name, %2 byte offset
            return tr("“%1” is not a text file (binary data at byte %2). Nothing was changed.")
                    .arg(arg(a, 0), number(a, 2));
        //: %1 file name, %2 byte offset
        return tr("“%1” is not UTF-8 text (an invalid byte sequence at byte %2). Save it as UTF-8 and try again. "
                  "Nothing was changed.")
                .arg(arg(a, 0), number(a, 2));
    case ErrorCode::WorkspaceLocked:
        //: %1 workspace folder, %2 process id, %3 computer name
        return tr("The workspace “%1” is already open in another Reel Studio window (process %2 on %3).")
                .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case ErrorCode::FileExists:
        //: %1 a folder, %2 file names separated by commas
        return tr("Nothing was written: these files already exist in “%1”: %2.").arg(arg(a, 0), arg(a, 1));
    }
    return {};
}

} // namespace reel::ui
