// A model's answer (any text around a JSON object) read and checked against the script's JSON
// schema; and the schema checker given an arbitrary schema (the input's second half).
#include "FuzzSupport.h"
#include "common/InputLimits.h"
#include "generate/ScriptSchema.h"

#include <QJsonArray>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in = reel::fuzz::bytes(data, size);
    static_cast<void>(reel::parseScriptAnswer(QString::fromUtf8(in)));
    const qsizetype half = in.indexOf('\x1e');
    if (half > 0) {
        const QJsonDocument value = reel::parseJsonOrEmpty(in.left(half));
        const QJsonDocument schema = reel::parseJsonOrEmpty(in.mid(half + 1));
        if (schema.isObject())
            static_cast<void>(reel::checkAgainstSchema(
                    value.isArray() ? QJsonValue(value.array()) : QJsonValue(value.object()), schema.object()));
    }
    return 0;
}
