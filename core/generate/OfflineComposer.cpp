#include "generate/OfflineComposer.h"

#include "catalog/Catalog.h"
#include "generate/ComposerTemplates.h"
#include "generate/Composition.h"
#include "validate/RulePack.h"
#include "validate/Validator.h"

namespace reel {

using detail::ComposerTemplates;

OfflineComposer::OfflineComposer() = default;

OfflineComposer::OfflineComposer(ComposerOptions options)
    : m_options(std::move(options))
{}

Result<ReelScript> OfflineComposer::compose(const BrandProfile& profile, const ScriptRequest& request,
                                            const QList<Example>& examples, int variant) const
{
    FieldErrors problems = checkProfile(profile, QStringLiteral("brand_profile."));
    problems += checkRequest(request, QStringLiteral("script_request."));
    if (!problems.isEmpty())
        return Error::invalid(problems);
    const Catalog& catalog = m_options.catalog ? *m_options.catalog : Catalog::builtIn();
    const auto language = catalog.resolveLanguage(request.language);
    const ComposerTemplates* templates = language ? ComposerTemplates::builtIn(*language) : nullptr;
    if (!templates) {
        FieldErrors fields = checkRequestAgainstCatalog(request.language, catalog,
                                                        QStringLiteral("script_request.language"));
        if (fields.isEmpty()) // a catalog language the composer has no templates for
            fields.append({QStringLiteral("script_request.language"),
                           FieldErrorKind::NotOneOf,
                           {request.language, QStringLiteral("en, es, fr, de, hi, ja")}});
        return Error::invalid(fields);
    }

    ValidationContext context;
    context.profile = profile;
    context.request = request;
    context.language = *language;
    context.date = m_options.date;
    context.calibratedRate = m_options.calibratedRate;
    context.pack = m_options.pack;
    const Validator validator(context);
    const RulePack& pack = m_options.pack ? *m_options.pack : RulePack::builtIn(profile.platform);
    return detail::Composition(validator, *templates, pack, profile, request, examples, variant).run();
}

} // namespace reel
