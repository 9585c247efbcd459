#pragma once

#include "common/Result.h"
#include "model/ReelScript.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace reel {

/// The JSON schema of a script as the model must answer it (Structured Outputs' strict subset:
/// every object closed with additionalProperties false, every property required).
QJsonObject scriptJsonSchema();

/// Checks `value` against `schema` — the subset of JSON Schema that Structured Outputs uses
/// (type, or a list of types; properties, required, additionalProperties; items; enum;
/// minItems/maxItems; minimum/maximum). Returns one line per problem, "path: reason".
/// Hand-written: no Debian-packaged C++ JSON Schema validator exists for Qt's JSON types, and
/// the subset is small.
QStringList checkAgainstSchema(const QJsonValue& value, const QJsonObject& schema, const QString& path = {});

/// The script in a model's answer. The answer may wrap the JSON in prose or a ``` fence
/// (a server that ignored response_format); the outermost object is taken. On success
/// `schemaProblems` lists where the JSON strays from the schema (empty when it does not) — the
/// script is still returned when it can be read, so a repair can start from it.
struct ParsedAnswer
{
    ReelScript script;
    QStringList schemaProblems;
};
Result<ParsedAnswer> parseScriptAnswer(const QString& content);

/// The sections readable from the beginning of a JSON object that is still arriving: the string
/// fields complete so far, and the one being written (cut where the text stops). Used to show a
/// streamed script section by section.
ReelScript partialScript(const QString& partialJson);

} // namespace reel
