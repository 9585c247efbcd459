// Server-sent events as any server on the network may send them, split at arbitrary points.
// The first bytes choose where the stream is cut. Property: the events do not depend on where
// the network split the bytes.
#include "FuzzSupport.h"
#include "llm/SseParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::size_t cuts = data[0] % 16;
    const QByteArray stream = reel::fuzz::bytes(data + 1, size - 1);
    reel::SseParser whole;
    const QList<reel::SseParser::Event> expected = whole.feed(stream);

    reel::SseParser pieces;
    QList<reel::SseParser::Event> got;
    qsizetype at = 0;
    for (std::size_t i = 0; i < cuts && at < stream.size(); ++i) {
        const qsizetype length = 1 + (static_cast<qsizetype>(stream.at(at)) & 0xff) % 7;
        const qsizetype take = std::min(length, stream.size() - at);
        got += pieces.feed(QByteArrayView(stream).sliced(at, take));
        at += take;
    }
    got += pieces.feed(QByteArrayView(stream).sliced(at));
    reel::fuzz::require(got == expected, "events do not depend on how the stream was split");
    reel::fuzz::require(whole.hasPartialEvent() == pieces.hasPartialEvent(), "a cut stream is seen either way");
    return 0;
}
