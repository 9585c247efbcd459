// Reel Studio's example file ({"format": "reelstudio.examples", "examples": […]}).
// Property: a file that decodes writes back to a file that decodes to the same examples.
#include "FuzzSupport.h"
#include "model/JsonCodec.h"
#include "model/JsonLocator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in = reel::fuzz::bytes(data, size);
    auto decoded = reel::codec::decodeExampleFile(in);
    reel::locateErrors(in, decoded.errors);
    if (decoded.ok()) {
        const QByteArray written = reel::codec::encodeExampleFile(decoded.value);
        const auto again = reel::codec::decodeExampleFile(written);
        reel::fuzz::require(again.ok(), "an encoded example file decodes");
        reel::fuzz::require(reel::codec::encodeExampleFile(again.value) == written,
                            "examples survive encode and decode");
    }
    return 0;
}
