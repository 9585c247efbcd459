// Data files the app reads besides scripts: the offline composer's phrase templates and price
// tables (a workspace's own table comes from whoever made the workspace), and prompt filling.
#include "FuzzSupport.h"
#include "generate/ComposerTemplates.h"
#include "generate/PromptBuilder.h"
#include "llm/PriceTable.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    reel::fuzz::ensureApplication();
    const QByteArray in = reel::fuzz::bytes(data, size);
    static_cast<void>(reel::detail::ComposerTemplates::fromJson(in));
    if (auto prices = reel::PriceTable::fromJson(in)) {
        auto again = reel::PriceTable::fromJson(prices->toJson());
        reel::fuzz::require(again.ok(), "a price table reads back");
    }
    // The input as a template filled with itself: one pass, values copied as they are.
    const QString text = QString::fromUtf8(in);
    const QString filled = reel::PromptBuilder::fill(text, {{QStringLiteral("offer"), text}});
    reel::fuzz::require(filled.size() <= text.size() * (text.size() + 1), "filling is one pass");
    return 0;
}
