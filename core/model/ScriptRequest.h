#pragma once

#include "model/BrandProfile.h"
#include "model/FieldError.h"

#include <QByteArray>
#include <QString>

namespace reel {

/// What the user asks for. Keys follow the original service (`script_request`).
struct ScriptRequest
{
    QString goal;
    QString hookType;
    QString emotion;
    int scriptLength = 30; ///< seconds
    QString language = QStringLiteral("english");
    QString cta;   ///< optional call to action the script should use
    QString topic; ///< optional description of the Reel (Reel Studio addition)

    QByteArray unknownFields;

    friend bool operator==(const ScriptRequest&, const ScriptRequest&) = default;
};

namespace RequestLimits {
inline constexpr int kMinSeconds = 5;
inline constexpr int kMaxSeconds = 180; ///< Instagram's Reel limit since January 2025
inline constexpr int kRecommendedMaxSeconds = 90;
inline constexpr int kTopicMax = 2000;
} // namespace RequestLimits

/// The original service's request body: `{"brand_profile": {...}, "script_request": {...}}`.
struct RequestFile
{
    BrandProfile brandProfile;
    ScriptRequest scriptRequest;
    QByteArray unknownFields;

    friend bool operator==(const RequestFile&, const RequestFile&) = default;
};

FieldErrors checkRequest(const ScriptRequest& request, const QString& prefix = {});

} // namespace reel
