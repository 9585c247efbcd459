// Rule packs laid over the built-in one. Property: every threshold a pack lets through is within
// its documented range, and every known threshold is set.
#include "FuzzSupport.h"
#include "validate/RulePack.h"

#include <QDate>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    reel::fuzz::ensureApplication();
    auto pack = reel::RulePack::fromJson(reel::fuzz::bytes(data, size));
    if (pack) {
        for (const QDate& day : {QDate(2020, 1, 1), QDate(2026, 1, 1), QDate(2100, 1, 1)}) {
            const auto settings = pack->settingsOn(day);
            reel::fuzz::require(settings.size() == reel::RulePack::knownSettings().size(), "every threshold is set");
            for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
                const auto range = reel::RulePack::rangeOf(it.key());
                reel::fuzz::require(range && it.value() >= range->min && it.value() <= range->max,
                                    "a threshold stays within its range");
            }
        }
    }
    return 0;
}
