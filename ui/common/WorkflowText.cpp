#include "common/WorkflowText.h"

namespace reel::ui {

QString WorkflowText::statusName(const QString& status)
{
    if (status == u"draft")
        return tr("Draft");
    if (status == u"in_review")
        return tr("In review");
    if (status == u"approved")
        return tr("Approved");
    if (status == u"published")
        return tr("Published");
    if (status == u"rejected")
        return tr("Rejected");
    return status;
}

QString WorkflowText::tagName(const QString& tag)
{
    if (tag == u"strong_hook")
        return tr("Strong hook");
    if (tag == u"on_brand")
        return tr("On brand");
    if (tag == u"clear_cta")
        return tr("Clear call to action");
    if (tag == u"right_length")
        return tr("Right length");
    if (tag == u"fresh_idea")
        return tr("Fresh idea");
    if (tag == u"weak_hook")
        return tr("Weak hook");
    if (tag == u"off_brand")
        return tr("Off brand");
    if (tag == u"too_long")
        return tr("Too long");
    if (tag == u"too_short")
        return tr("Too short");
    if (tag == u"unclear_cta")
        return tr("Unclear call to action");
    if (tag == u"factual_error")
        return tr("Factual error");
    if (tag == u"wrong_tone")
        return tr("Wrong tone");
    return tag;
}

} // namespace reel::ui
