#pragma once

#include "model/ReelScript.h"
#include "validate/Finding.h"
#include "validate/Validator.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

namespace reel::ui {

/// Every section of a script, in the order the editor shows them.
inline constexpr std::array kEditorFields = {reel::ScriptField::Hook,     reel::ScriptField::Body,
                                             reel::ScriptField::Cta,      reel::ScriptField::Caption,
                                             reel::ScriptField::Hashtags, reel::ScriptField::OnScreenText,
                                             reel::ScriptField::Shots,    reel::ScriptField::ThumbnailText};
inline constexpr int kFieldCount = int(kEditorFields.size());

constexpr int fieldIndex(reel::ScriptField field)
{
    return int(field);
}

template <typename T>
using PerField = std::array<T, kFieldCount>;

/// A finding as the editor shows it: with an id the Problems list refers to, and whether it
/// came from the whole-script check (total duration, voice, …) rather than the field's own.
struct ShownFinding
{
    quint64 id = 0;
    reel::Finding finding;
    bool crossField = false;
};

/// What the worker knows once it has built a Validator for a context.
struct ContextInfo
{
    quint64 context = 0;
    QString language; ///< catalog id the checks use ("en", "ja", …)
    int targetSeconds = 0;
    double tolerance = 0;
    double hookLimitSeconds = 3;
    int captionLimit = 0;
    int captionFold = 0;
    int hashtagCap = 0;
};

/// A field's text to check on its own.
struct FieldCheck
{
    quint64 context = 0;
    reel::ScriptField field = reel::ScriptField::Body;
    quint64 revision = 0;
    QString text;
};

struct FieldOutcome
{
    quint64 context = 0;
    reel::ScriptField field = reel::ScriptField::Body;
    quint64 revision = 0;
    QList<reel::Finding> findings; ///< spans in the editor's text of the field
    double seconds = 0;            ///< hook, body, CTA: time to say the text
    int count = 0;                 ///< caption: characters as Instagram counts them; hashtags: tags
};

/// The whole script as the editor holds it: each field's text exactly as its editor shows it
/// (spans refer to these), the script built from them, and the revision of each field.
struct ScriptSnapshot
{
    quint64 context = 0;
    PerField<quint64> revisions{};
    PerField<QString> texts;
    reel::ReelScript script;
};

struct ScriptOutcome
{
    quint64 context = 0;
    PerField<quint64> revisions{};
    /// Per field: its own findings, those only the whole script gives (cross), and the field's
    /// own findings the whole-script check does not confirm (e.g. "no hashtags" when the caption
    /// holds some). Shown = own − suppressed + cross.
    PerField<QList<reel::Finding>> own;
    PerField<QList<reel::Finding>> cross;
    PerField<QList<reel::Finding>> suppressed;
    reel::DurationEstimate duration;
    qsizetype captionLength = 0;
    int hashtagCount = 0;
    int listHashtags = 0; ///< hashtags in the list (the rest are written in the caption)
    reel::ValidationSummary summary;
    double elapsedMs = 0; ///< how long the whole-script check took on the worker
};

} // namespace reel::ui

Q_DECLARE_METATYPE(reel::ui::ContextInfo)
Q_DECLARE_METATYPE(reel::ui::FieldCheck)
Q_DECLARE_METATYPE(reel::ui::FieldOutcome)
Q_DECLARE_METATYPE(reel::ui::ScriptSnapshot)
Q_DECLARE_METATYPE(reel::ui::ScriptOutcome)
