#pragma once

#include "validate/Finding.h"

#include <QCoreApplication>
#include <QString>

namespace reel::ui {

/// Translated text for the Validator's findings: every message code and quick-fix code of
/// core/validate (Finding::toEnglish() is the English reference). Arguments are shown the way
/// the user reads them: numbers in the user's locale, catalog ids by their labels.
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::FindingText)

public:
    /// One sentence saying what is wrong. Unknown codes fall back to core's English text.
    static QString message(const reel::Finding& finding);
    /// What the fix does, starting in lower case so it reads after "Fix: ", e.g. remove “fat”.
    static QString fix(const reel::QuickFix& fix);
    /// "Fix: remove “fat”"
    static QString fixLabel(const reel::QuickFix& fix);
    /// The message, and the fix on a second line when there is one.
    static QString toolTip(const reel::Finding& finding);

    static QString severityName(reel::Severity severity);
    static QString sectionName(reel::ScriptField field);

    /// True when `code` has its own translated message / fix text (tests check every code).
    static bool hasMessage(const QString& code);
    static bool hasFix(const QString& code);
};

} // namespace reel::ui
