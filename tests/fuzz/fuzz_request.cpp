// The original service's request file ({"brand_profile", "script_request"}) and its error locator.
// Property: a file that decodes writes back to a file that decodes to the same request. The same
// bytes are also read as a request whose profile is given apart (bare or {"script_request"}).
#include "FuzzSupport.h"
#include "model/JsonCodec.h"
#include "model/JsonLocator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in = reel::fuzz::bytes(data, size);
    auto decoded = reel::codec::decodeRequestFile(in);
    reel::locateErrors(in, decoded.errors);
    if (decoded.ok()) {
        const auto again = reel::codec::decodeRequestFile(reel::codec::encodeRequestFile(decoded.value));
        reel::fuzz::require(again.ok(), "an encoded request decodes");
        reel::fuzz::require(again.value == decoded.value, "a request survives encode and decode");
    }
    auto apart = reel::codec::decodeRequestFile(in, reel::codec::ProfileSource::GivenApart);
    reel::locateErrors(in, apart.errors);
    if (decoded.ok())
        reel::fuzz::require(apart.ok() && apart.value.scriptRequest == decoded.value.scriptRequest,
                            "a whole request file reads the same when the profile is given apart");
    return 0;
}
