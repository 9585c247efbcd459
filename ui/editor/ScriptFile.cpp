#include "editor/ScriptFile.h"

#include "common/InputLimits.h"
#include "model/JsonCodec.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace reel::ui {

namespace {

constexpr auto kLanguageKey = "language";
constexpr auto kEmotionKey = "emotion";
constexpr auto kTopicKey = "topic";

bool missingScript(const FieldErrors& errors)
{
    return std::any_of(errors.cbegin(), errors.cend(), [](const FieldError& e) {
        return e.path == u"script" && (e.kind == FieldErrorKind::Missing || e.kind == FieldErrorKind::WrongType);
    });
}

QJsonObject unknownObject(const QByteArray& unknown)
{
    return unknown.isEmpty() ? QJsonObject() : parseJsonOrEmpty(unknown).object();
}

} // namespace

Result<ScriptFile::Opened> ScriptFile::read(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error::make(ErrorCode::FileUnreadable, {path, tr("it is a folder")});
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::FileUnreadable, {path, file.errorString()});
    if (file.size() > kMaxBytes)
        return Error::make(ErrorCode::FileUnreadable, {path, tr("the file is larger than 16 MiB")});
    const QByteArray bytes = file.readAll();

    // The envelope when the document has a "script" object, else a bare script.
    auto answer = codec::decodeAnswer(bytes);
    if (answer.ok())
        return Opened{std::move(answer.value), true};
    if (!missingScript(answer.errors))
        return Error::invalid(answer.errors);
    auto script = codec::decodeScript(bytes);
    if (!script.ok())
        return Error::invalid(script.errors);
    Opened opened;
    opened.answer.script = std::move(script.value);
    return opened;
}

Result<void> ScriptFile::write(const QString& path, const AnswerEnvelope& answer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::FileUnwritable, {path, file.errorString()});
    const QByteArray bytes = codec::encodeAnswer(answer);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorCode::FileUnwritable, {path, file.errorString()});
    return {};
}

ScriptRequest ScriptFile::requestOf(const AnswerMetadata& metadata)
{
    ScriptRequest request;
    request.goal = metadata.goal;
    request.hookType = metadata.hookType;
    if (metadata.scriptLength > 0)
        request.scriptLength = metadata.scriptLength;
    const QJsonObject own = unknownObject(metadata.unknownFields);
    if (own.contains(QLatin1String(kLanguageKey)))
        request.language = own.value(QLatin1String(kLanguageKey)).toString();
    request.emotion = own.value(QLatin1String(kEmotionKey)).toString();
    request.topic = own.value(QLatin1String(kTopicKey)).toString();
    return request;
}

void ScriptFile::setRequest(AnswerMetadata& metadata, const ScriptRequest& request)
{
    metadata.goal = request.goal;
    metadata.hookType = request.hookType;
    metadata.scriptLength = request.scriptLength;
    QJsonObject own = unknownObject(metadata.unknownFields);
    own.insert(QLatin1String(kLanguageKey), request.language);
    own.insert(QLatin1String(kEmotionKey), request.emotion);
    if (request.topic.isEmpty())
        own.remove(QLatin1String(kTopicKey));
    else
        own.insert(QLatin1String(kTopicKey), request.topic);
    metadata.unknownFields = QJsonDocument(own).toJson(QJsonDocument::Compact);
}

} // namespace reel::ui
