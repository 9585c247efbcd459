// Brand profiles: Reel Studio's profile file, the original's {"brand_profile": …} and bare ones.
// Property: a profile that decodes writes back to a profile file that decodes to the same profile.
#include "FuzzSupport.h"
#include "model/JsonCodec.h"
#include "model/JsonLocator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in = reel::fuzz::bytes(data, size);
    for (auto decoded : {reel::codec::decodeProfileFile(in), reel::codec::decodeProfile(in)}) {
        reel::locateErrors(in, decoded.errors);
        if (!decoded.ok())
            continue;
        const auto again = reel::codec::decodeProfileFile(reel::codec::encodeProfileFile(decoded.value));
        reel::fuzz::require(again.ok(), "an encoded profile decodes");
        reel::fuzz::require(again.value == decoded.value, "a profile survives encode and decode");
    }
    return 0;
}
