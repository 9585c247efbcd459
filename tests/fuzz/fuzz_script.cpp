// Scripts and the original answer envelope ({"script", "validation", "metadata"}).
// Property: whatever decodes writes back to something that decodes to the same value.
#include "FuzzSupport.h"
#include "model/JsonCodec.h"
#include "model/JsonLocator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in = reel::fuzz::bytes(data, size);
    auto script = reel::codec::decodeScript(in);
    reel::locateErrors(in, script.errors);
    if (script.ok()) {
        const auto again = reel::codec::decodeScript(reel::codec::encodeScript(script.value));
        reel::fuzz::require(again.ok() && again.value == script.value, "a script survives encode and decode");
    }
    auto answer = reel::codec::decodeAnswer(in);
    reel::locateErrors(in, answer.errors);
    if (answer.ok()) {
        const auto again = reel::codec::decodeAnswer(reel::codec::encodeAnswer(answer.value));
        reel::fuzz::require(again.ok() && again.value == answer.value, "an envelope survives encode and decode");
    }
    return 0;
}
