#include "llm/ChatCompletion.h"

#include "common/InputLimits.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace reel {

QString outputModeName(OutputMode mode)
{
    switch (mode) {
    case OutputMode::JsonSchema:
        return QStringLiteral("json_schema");
    case OutputMode::JsonObject:
        return QStringLiteral("json_object");
    case OutputMode::PlainJson:
        return QStringLiteral("plain");
    }
    return {};
}

bool modelTakesTemperature(const QString& model)
{
    const QString m = model.toLower();
    const qsizetype slash = m.lastIndexOf(u'/');
    const QString name = slash >= 0 ? m.mid(slash + 1) : m;
    if (name.startsWith(u"gpt-5"))
        return false;
    return !(name.size() >= 2 && name.at(0) == u'o' && name.at(1).isDigit());
}

ChatCompletion::ChatCompletion(QNetworkAccessManager& network, ApiEndpoint endpoint, ChatRequest request,
                               RetryPolicy policy, ApiTimeouts timeouts, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
    , m_policy(policy)
    , m_timeouts(timeouts)
    , m_mode(m_request.mode)
{}

ChatCompletion::~ChatCompletion() = default;

QByteArray ChatCompletion::body(const ChatRequest& request, OutputMode mode, bool localServer)
{
    QJsonArray messages;
    for (const ChatMessage& m : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    QJsonObject body{{QStringLiteral("model"), request.model}, {QStringLiteral("messages"), messages}};
    if (modelTakesTemperature(request.model))
        body.insert(QStringLiteral("temperature"), request.temperature);
    if (request.maxTokens > 0)
        body.insert(localServer ? QStringLiteral("max_tokens") : QStringLiteral("max_completion_tokens"),
                    request.maxTokens);
    if (request.stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    if (!request.schema.isEmpty()) {
        if (mode == OutputMode::JsonSchema) {
            body.insert(QStringLiteral("response_format"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                    {QStringLiteral("json_schema"),
                                     QJsonObject{{QStringLiteral("name"), request.schemaName},
                                                 {QStringLiteral("schema"), request.schema},
                                                 {QStringLiteral("strict"), true}}}});
        } else if (mode == OutputMode::JsonObject) {
            body.insert(QStringLiteral("response_format"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
        }
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool ChatCompletion::rejectsResponseFormat(const ApiFailure& failure)
{
    if (failure.kind != ApiFailure::Kind::Http || (failure.status != 400 && failure.status != 422))
        return false;
    const QString text = (failure.param + u' ' + failure.message + u' ' + failure.code).toLower();
    return text.contains(u"response_format") || text.contains(u"json_schema") || text.contains(u"json_object")
           || text.contains(u"structured output");
}

void ChatCompletion::start()
{
    m_clock.start();
    send();
}

void ChatCompletion::send()
{
    m_sse.reset();
    m_result = {};
    m_refusal.clear();
    m_done = false;
    m_sawEvent = false;
    m_raw.clear();
    m_streamError.reset();
    ApiCall::Request call;
    call.path = QStringLiteral("chat/completions");
    call.body = body(m_request, m_mode, m_endpoint.isLocal());
    call.stream = m_request.stream;
    ApiTimeouts timeouts = m_timeouts;
    if (timeouts.deadlineMs > 0) // one deadline for every attempt, format fallbacks included
        timeouts.deadlineMs = std::max<qint64>(1, timeouts.deadlineMs - m_clock.elapsed());
    auto* apiCall = new ApiCall(m_network, m_endpoint, call, m_policy, timeouts, this);
    m_call = apiCall;
    connect(apiCall, &ApiCall::dataArrived, this, &ChatCompletion::onStreamBytes);
    connect(apiCall, &ApiCall::retrying, this, [this](int retry, int delay, const ApiFailure& cause) {
        ++m_retries;
        emit retrying(retry, delay, cause);
    });
    connect(apiCall, &ApiCall::succeeded, this, &ChatCompletion::onCallSucceeded);
    connect(apiCall, &ApiCall::failed, this, &ChatCompletion::onCallFailed);
    apiCall->start();
}

void ChatCompletion::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel();
        return;
    }
    ApiFailure f;
    f.kind = ApiFailure::Kind::Cancelled;
    fail(f);
}

void ChatCompletion::onStreamBytes(const QByteArray& bytes)
{
    if (m_finished || m_streamError)
        return;
    if (!m_sawEvent && m_raw.size() < 4 * 1024 * 1024)
        m_raw += bytes;
    for (const SseParser::Event& e : m_sse.feed(bytes)) {
        m_sawEvent = true;
        if (!handleChunk(e.data))
            return;
    }
}

bool ChatCompletion::handleChunk(const QByteArray& data)
{
    if (data.trimmed() == "[DONE]") {
        m_done = true;
        return true;
    }
    JsonProblem problem;
    const QJsonDocument doc = parseJsonBounded(data, limits::kAnswerBytes, &problem).value_or(QJsonDocument());
    if (!doc.isObject()) {
        ApiFailure f;
        f.kind = ApiFailure::Kind::BadResponse;
        f.message = QStringLiteral("a stream event is not a JSON object: %1").arg(problem.why);
        m_streamError = f;
        return false;
    }
    const QJsonObject chunk = doc.object();
    if (chunk.contains(u"error")) {
        ApiFailure f;
        f.kind = ApiFailure::Kind::Stream;
        f.status = 200;
        f.readErrorBody(data);
        m_streamError = f;
        return false;
    }
    if (chunk.contains(u"model"))
        m_result.model = chunk.value(u"model").toString();
    const QJsonValue usage = chunk.value(u"usage");
    if (usage.isObject()) {
        const QJsonObject u = usage.toObject();
        m_result.usage = {u.value(u"prompt_tokens").toInteger(), u.value(u"completion_tokens").toInteger(),
                          u.value(u"total_tokens").toInteger()};
    }
    const QJsonArray choices = chunk.value(u"choices").toArray();
    if (choices.isEmpty())
        return true; // the usage chunk
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject delta = choice.value(u"delta").toObject();
    const QString content = delta.value(u"content").toString();
    if (!content.isEmpty()) {
        if (m_result.firstTokenMs < 0)
            m_result.firstTokenMs = m_clock.elapsed();
        m_result.content += content;
        emit contentDelta(content, m_result.content);
    }
    m_refusal += delta.value(u"refusal").toString();
    const QJsonValue finish = choice.value(u"finish_reason");
    if (finish.isString())
        m_result.finishReason = finish.toString();
    return true;
}

void ChatCompletion::onCallSucceeded(const QByteArray& body, const ApiResponseInfo& info)
{
    if (m_finished)
        return;
    m_call = nullptr;
    sender()->deleteLater();
    if (m_request.stream && !m_sawEvent && parseJsonOrEmpty(m_raw, limits::kAnswerBytes).isObject()) {
        readWholeAnswer(m_raw, info); // the server ignored "stream" and sent one document
        return;
    }
    if (m_request.stream) {
        if (m_streamError) {
            ApiFailure f = *m_streamError;
            f.requestId = info.requestId;
            fail(f);
            return;
        }
        if (!m_done && m_result.finishReason.isEmpty()) {
            ApiFailure f;
            f.kind = ApiFailure::Kind::Network;
            f.message = QStringLiteral("the stream ended before the answer was complete");
            f.requestId = info.requestId;
            fail(f);
            return;
        }
        complete(info);
        return;
    }
    readWholeAnswer(body, info);
}

void ChatCompletion::readWholeAnswer(const QByteArray& body, const ApiResponseInfo& info)
{
    const QJsonDocument doc = parseJsonOrEmpty(body, limits::kAnswerBytes);
    if (doc.object().contains(u"error")) {
        ApiFailure f;
        f.kind = ApiFailure::Kind::Stream;
        f.status = info.status;
        f.requestId = info.requestId;
        f.readErrorBody(body);
        fail(f);
        return;
    }
    const QJsonObject answer = doc.object();
    const QJsonArray choices = answer.value(u"choices").toArray();
    if (!doc.isObject() || choices.isEmpty()) {
        ApiFailure f;
        f.kind = ApiFailure::Kind::BadResponse;
        f.status = info.status;
        f.requestId = info.requestId;
        f.message = QStringLiteral("the answer has no choices");
        fail(f);
        return;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(u"message").toObject();
    m_result.content = message.value(u"content").toString();
    m_refusal = message.value(u"refusal").toString();
    m_result.finishReason = choice.value(u"finish_reason").toString();
    m_result.model = answer.value(u"model").toString();
    const QJsonObject u = answer.value(u"usage").toObject();
    m_result.usage = {u.value(u"prompt_tokens").toInteger(), u.value(u"completion_tokens").toInteger(),
                      u.value(u"total_tokens").toInteger()};
    complete(info);
}

void ChatCompletion::complete(const ApiResponseInfo& info)
{
    m_result.requestId = info.requestId;
    m_result.headers = info.headers;
    m_result.retries = m_retries;
    m_result.mode = m_mode;
    m_result.latencyMs = m_clock.elapsed();
    ApiFailure f;
    f.requestId = info.requestId;
    f.status = info.status;
    if (!m_refusal.isEmpty()) {
        f.kind = ApiFailure::Kind::Refusal;
        f.message = m_refusal;
        fail(f);
        return;
    }
    if (m_result.finishReason == u"length") {
        f.kind = ApiFailure::Kind::Truncated;
        f.message = QStringLiteral("the answer reached the token limit after %1 tokens").arg(m_result.usage.completion);
        fail(f);
        return;
    }
    if (m_result.finishReason == u"content_filter") {
        f.kind = ApiFailure::Kind::ContentFilter;
        fail(f);
        return;
    }
    m_finished = true;
    emit succeeded(m_result);
}

void ChatCompletion::onCallFailed(const ApiFailure& failure)
{
    if (m_finished)
        return;
    m_call = nullptr;
    sender()->deleteLater();
    if (m_streamError) { // the error object came in a stream that then broke off
        fail(*m_streamError);
        return;
    }
    if (rejectsResponseFormat(failure) && m_mode != OutputMode::PlainJson && !m_request.schema.isEmpty()) {
        const OutputMode from = m_mode;
        m_mode = m_mode == OutputMode::JsonSchema ? OutputMode::JsonObject : OutputMode::PlainJson;
        emit modeFallback(from, m_mode, failure.message);
        send();
        return;
    }
    fail(failure);
}

void ChatCompletion::fail(ApiFailure failure)
{
    if (m_finished)
        return;
    m_finished = true;
    failure.retries = std::max(failure.retries, m_retries);
    emit failed(failure);
}

} // namespace reel
