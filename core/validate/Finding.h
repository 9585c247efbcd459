#pragma once

#include "text/TextTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace reel {

enum class Severity
{
    Error,
    Warning,
    Info
};

/// The parts of a script a finding can point into. Spans are UTF-16 offsets into the field's
/// text as the editor shows it (see fieldText()).
enum class ScriptField
{
    Hook,
    Body,
    Cta,
    Caption,
    Hashtags,
    OnScreenText,
    Shots,
    ThumbnailText
};

/// One concrete text change: replace `span` of `field` with `replacement`.
struct TextEdit
{
    ScriptField field = ScriptField::Body;
    text::Span span;
    QString replacement;

    friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

/// A fix the user can apply in one click. `code` + `args` describe it (ui/ translates), the
/// edits perform it. Edits of one fix never overlap.
struct QuickFix
{
    QString code; ///< e.g. "remove", "replace", "add_hashtag", "lowercase"
    QStringList args;
    QList<TextEdit> edits;

    friend bool operator==(const QuickFix&, const QuickFix&) = default;
};

/// A problem (or a note) found in a script.
struct Finding
{
    QString ruleId; ///< stable id, e.g. "safety.do_not_use"; the rule pack can change its severity
    Severity severity = Severity::Warning;
    ScriptField field = ScriptField::Body;
    QList<text::Span> spans; ///< empty: the finding is about the field as a whole
    QString code;            ///< message code, translated in ui/ (English in toEnglish())
    QStringList args;
    std::optional<QuickFix> fix;

    /// One English sentence for the CLI and logs.
    QString toEnglish() const;

    friend bool operator==(const Finding&, const Finding&) = default;
};

QString severityKey(Severity severity); ///< "error", "warning", "info"
QString fieldKey(ScriptField field);    ///< "hook", "body", … as in the script JSON

} // namespace reel
