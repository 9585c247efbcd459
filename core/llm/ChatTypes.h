#pragma once

#include "llm/ApiTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace reel {

struct ChatMessage
{
    QString role; ///< "system", "user" or "assistant"
    QString content;
    friend bool operator==(const ChatMessage&, const ChatMessage&) = default;
};

struct TokenUsage
{
    qint64 prompt = 0;
    qint64 completion = 0;
    qint64 total = 0;
    friend bool operator==(const TokenUsage&, const TokenUsage&) = default;
};

/// How the answer's JSON is asked for, strictest first. A server that refuses one is asked
/// again with the next, and the client remembers what each provider accepts.
enum class OutputMode
{
    JsonSchema, ///< response_format json_schema, strict
    JsonObject, ///< response_format json_object
    PlainJson,  ///< no response_format: the prompt asks for JSON
};
QString outputModeName(OutputMode mode);

struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    double temperature = 0.8;
    int maxTokens = 0; ///< 0: the server's default
    QString schemaName = QStringLiteral("reel_script");
    QJsonObject schema; ///< empty: plain text, no response_format
    OutputMode mode = OutputMode::JsonSchema;
    bool stream = true;
};

struct ChatResult
{
    QString content;
    QString finishReason;
    TokenUsage usage;
    QString model;
    QString requestId;
    int retries = 0;
    OutputMode mode = OutputMode::JsonSchema;
    qint64 latencyMs = 0;
    qint64 firstTokenMs = -1; ///< streaming: until the first content delta
    ApiHeaders headers;       ///< of the answer (rate-limit headers)
};

/// Whether a model takes `temperature` (reasoning models — o1, o3, o4, gpt-5 — do not).
bool modelTakesTemperature(const QString& model);

} // namespace reel
