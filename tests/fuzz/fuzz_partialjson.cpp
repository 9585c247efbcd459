// The streaming reader that shows a script while a model is still writing it: any prefix of any
// text. Property: it never crashes, and a complete script reads the same streamed or whole.
#include "FuzzSupport.h"
#include "generate/ScriptSchema.h"
#include "model/JsonCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reel::fuzz::bytes(data, size));
    static_cast<void>(reel::partialScript(text));
    // Every prefix of a real script, as tokens arrive.
    const auto script = reel::codec::decodeScript(reel::fuzz::bytes(data, size));
    if (script.ok()) {
        const QString json = QString::fromUtf8(reel::codec::encodeScript(script.value));
        for (qsizetype cut = 0; cut <= json.size(); cut += std::max<qsizetype>(1, json.size() / 64))
            static_cast<void>(reel::partialScript(json.left(cut)));
        reel::fuzz::require(reel::partialScript(json).hook == script.value.hook, "a whole script reads whole");
    }
    return 0;
}
