#pragma once

#include <QCoreApplication>
#include <QString>

namespace reel::ui {

/// Translated names of the review workflow's statuses and the rating reason tags (the stores keep ids).
class WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowText)

public:
    /// "draft" → "Draft", "in_review" → "In review", …; an unknown id is shown as it is.
    static QString statusName(const QString& status);
    /// "strong_hook" → "Strong hook", …; a tag a user typed is shown as it is.
    static QString tagName(const QString& tag);
};

} // namespace reel::ui
