#pragma once

#include "common/Result.h"
#include "model/BrandProfile.h"
#include "model/Example.h"
#include "model/ReelScript.h"
#include "model/ScriptRequest.h"
#include "text/SpeakingRate.h"

#include <QDate>
#include <QList>

#include <optional>

namespace reel {

class Catalog;
class RulePack;

/// What the offline composer checks its drafts against (the same pieces as a ValidationContext).
struct ComposerOptions
{
    const RulePack* pack = nullptr;                   ///< null = the built-in pack of the profile's platform
    const Catalog* catalog = nullptr;                 ///< null = the built-in catalog (resolves the request's language)
    QDate date;                                       ///< the day whose rules apply; invalid = today
    std::optional<text::SpeakingRate> calibratedRate; ///< the user's own rate for the script's language
};

/// Writes a complete script with no model and no network: the default provider when no model is
/// configured and the fallback when the model server cannot be reached ("Offline composer").
///
/// Each section comes from the phrase templates of the script's language
/// (resources/composer/composer_<lang>.json), filled with the brand's pain points, offer and the
/// request's topic, and is checked with the real Validator as it is chosen: the hook against its
/// hook type and the three-second window, the body against the duration the request asks for, the
/// call to action against the brand's CTA style, the hashtags against the pack's cap. Nothing the
/// brand bans (do_not_use, competitors) is ever written. The same inputs give the same script;
/// `variant` picks other templates.
///
/// Thread-safe: compose() may run on several threads at once (each call builds its own Validator).
class OfflineComposer
{
public:
    /// Stored with each result; bumped whenever the templates or the composition rules change.
    static constexpr int kVersion = 1;

    OfflineComposer();
    explicit OfflineComposer(ComposerOptions options);

    /// Composes a script that passes the Validator with no errors. `examples` are the retrieved
    /// library examples (may be empty): their hashtags can fill the list, their text is never copied.
    ///
    /// Errors (InvalidInput, with the field at fault): a profile or request the model checks refuse;
    /// an unsupported language; a `script_length` too short to hold a hook, a body and a call to
    /// action (the error names the shortest length that works); a requested `cta` that uses a word
    /// the brand bans or is too long for the rule pack; rule overrides no script can satisfy.
    Result<ReelScript> compose(const BrandProfile& profile, const ScriptRequest& request,
                               const QList<Example>& examples, int variant = 0) const;

private:
    ComposerOptions m_options;
};

} // namespace reel
