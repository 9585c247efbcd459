#pragma once

#include "text/TextTypes.h"

namespace reel::text::detail {

/// The six languages the text tools know; every other code falls back to English (TextTypes.h).
enum class Lang
{
    En,
    Es,
    Fr,
    De,
    Hi,
    Ja
};

/// "en", "EN", "en-GB", "en_US" → En; unknown or empty → En.
Lang langOf(const LanguageCode& language);

} // namespace reel::text::detail
