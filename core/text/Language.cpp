#include "text/Language.h"

namespace reel::text::detail {

Lang langOf(const LanguageCode& language)
{
    const QStringView primary = QStringView(language).left(2);
    if (primary.compare(u"es", Qt::CaseInsensitive) == 0)
        return Lang::Es;
    if (primary.compare(u"fr", Qt::CaseInsensitive) == 0)
        return Lang::Fr;
    if (primary.compare(u"de", Qt::CaseInsensitive) == 0)
        return Lang::De;
    if (primary.compare(u"hi", Qt::CaseInsensitive) == 0)
        return Lang::Hi;
    if (primary.compare(u"ja", Qt::CaseInsensitive) == 0)
        return Lang::Ja;
    return Lang::En;
}

} // namespace reel::text::detail
