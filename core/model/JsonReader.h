#pragma once

// Private helper of the JSON codecs (core sources only; nlohmann never reaches a public header).

#include "model/FieldError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string_view>

namespace reel::detail {

using Json = nlohmann::ordered_json;

QString toQString(const std::string& s);
std::string toStd(const QString& s);
/// The type word FieldError uses for a JSON value: string, integer, number, boolean, list, object, null.
QString typeWord(const Json& value);
QString joinPath(const QString& prefix, std::string_view key);

/// Reads members of JSON objects, collecting every problem instead of stopping at the first.
class JsonReader
{
public:
    FieldErrors errors;
    QStringList unknownFields;

    void add(QString path, FieldErrorKind kind, QStringList args = {});

    /// Null means "absent" everywhere: Structured Outputs encode optional fields as null.
    static const Json* member(const Json& object, std::string_view key);

    /// The object at `path`, or null after recording a WrongType (or Missing if required).
    const Json* object(const Json& parent, std::string_view key, const QString& prefix, bool required);
    bool isObject(const Json& value, const QString& path);

    std::optional<QString> string(const Json& object, std::string_view key, const QString& prefix, bool required);
    QStringList stringList(const Json& object, std::string_view key, const QString& prefix, bool required = false);
    std::optional<int> integer(const Json& object, std::string_view key, const QString& prefix, bool required);
    std::optional<double> number(const Json& object, std::string_view key, const QString& prefix, bool required);
    std::optional<bool> boolean(const Json& object, std::string_view key, const QString& prefix, bool required);

    /// Members of `object` not in `known`, recorded as unknown paths and returned as JSON text.
    QByteArray keepUnknown(const Json& object, std::initializer_list<std::string_view> known, const QString& prefix);

    /// Appends `more`, skipping paths that already have an error (one reason per field).
    void merge(const FieldErrors& more);
};

/// Parses text into JSON or records why not: TooLarge over `maxBytes`, TooDeep when it nests
/// deeper than limits::kMaxJsonDepth (checked before parsing), else Syntax with line and column.
std::optional<Json> parseDocument(const QByteArray& text, JsonReader& reader, qint64 maxBytes = 16 * 1024 * 1024);

/// Writes the members kept by keepUnknown back into `object` (known members win).
void restoreUnknown(Json& object, const QByteArray& unknown);

QByteArray dump(const Json& value, bool indented);

} // namespace reel::detail
