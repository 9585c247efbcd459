#pragma once

#include "model/BrandProfile.h"
#include "model/Example.h"
#include "model/FieldError.h"
#include "model/ReelScript.h"
#include "model/ScriptRequest.h"

#include <QByteArray>
#include <QStringList>

namespace reel {

/// The outcome of reading a document: the value (filled as far as it could be read), every
/// problem found at once, and the paths of members the product does not know. Unknown
/// members are not errors: they are kept and written back unchanged.
template <typename T>
struct Decoded
{
    T value{};
    FieldErrors errors;
    QStringList unknownFields;

    bool ok() const { return errors.isEmpty(); }
};

/// JSON codecs (nlohmann/json inside). Paths in errors are relative to the document root.
namespace codec {

/// The version of Reel Studio's own profile file (`reelstudio.profile`).
inline constexpr int kProfileFormatVersion = 1;

/// A profile file: Reel Studio's export (`{"format": "reelstudio.profile", ...}`), the
/// original request file (its `brand_profile` is taken), `{"brand_profile": {...}}`, or a
/// bare profile object.
Decoded<BrandProfile> decodeProfileFile(const QByteArray& json);
/// A bare profile object.
Decoded<BrandProfile> decodeProfile(const QByteArray& json);
/// Where the brand profile of a request comes from.
enum class ProfileSource
{
    InFile,    ///< the file's brand_profile (required)
    GivenApart ///< the caller has it (e.g. --profile): brand_profile may be missing
};
/// The original service's request body. With ProfileSource::GivenApart a request may also come
/// as `{"script_request": {...}}` or as a bare request object (paths then start at its members).
Decoded<RequestFile> decodeRequestFile(const QByteArray& json, ProfileSource profile = ProfileSource::InFile);
Decoded<ReelScript> decodeScript(const QByteArray& json);
Decoded<AnswerEnvelope> decodeAnswer(const QByteArray& json);

enum class Layout
{
    Compact,
    Indented
};

/// Reel Studio's example file (`{"format": "reelstudio.examples", "format_version": 1,
/// "examples": [...]}`); errors name each example by its index (`examples[3].hook`).
Decoded<QList<Example>> decodeExampleFile(const QByteArray& json);
QByteArray encodeExampleFile(const QList<Example>& examples);

QByteArray encodeProfile(const BrandProfile& profile, Layout layout = Layout::Indented);
/// Reel Studio's profile file, versioned; readable by decodeProfileFile.
QByteArray encodeProfileFile(const BrandProfile& profile);
QByteArray encodeRequestFile(const RequestFile& file, Layout layout = Layout::Indented);
QByteArray encodeScript(const ReelScript& script, Layout layout = Layout::Indented);
QByteArray encodeAnswer(const AnswerEnvelope& answer, Layout layout = Layout::Indented);

} // namespace codec
} // namespace reel
