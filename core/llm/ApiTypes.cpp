#include "llm/ApiTypes.h"

#include "common/InputLimits.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace reel {

namespace {

struct KindName
{
    ApiFailure::Kind kind;
    const char16_t* name;
};

constexpr KindName kKindNames[] = {
        {ApiFailure::Kind::Cancelled, u"cancelled"},
        {ApiFailure::Kind::ConnectTimeout, u"connect_timeout"},
        {ApiFailure::Kind::InactivityTimeout, u"inactivity_timeout"},
        {ApiFailure::Kind::Deadline, u"deadline"},
        {ApiFailure::Kind::Network, u"network"},
        {ApiFailure::Kind::Http, u"http"},
        {ApiFailure::Kind::Stream, u"stream"},
        {ApiFailure::Kind::BadResponse, u"bad_response"},
        {ApiFailure::Kind::Refusal, u"refusal"},
        {ApiFailure::Kind::Truncated, u"truncated"},
        {ApiFailure::Kind::ContentFilter, u"content_filter"},
        {ApiFailure::Kind::CircuitOpen, u"circuit_open"},
        {ApiFailure::Kind::TooLarge, u"too_large"},
        {ApiFailure::Kind::Redirected, u"redirected"},
};

QString stringOrNumber(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

} // namespace

ApiEndpoint ApiEndpoint::fromEnvironment()
{
    ApiEndpoint e;
    const QString base = qEnvironmentVariable("OPENAI_BASE_URL").trimmed();
    if (!base.isEmpty())
        e.baseUrl = QUrl(base);
    e.apiKey = qEnvironmentVariable("OPENAI_API_KEY").trimmed();
    e.organization = qEnvironmentVariable("OPENAI_ORG_ID").trimmed();
    return e;
}

bool ApiEndpoint::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto port = [](const QUrl& u) {
        return u.port(u.scheme() == u"https" ? 443 : u.scheme() == u"http" ? 80 : -1);
    };
    return a.isValid() && b.isValid() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

QString ApiEndpoint::environmentKeyFor(const QUrl& url)
{
    const QString key = qEnvironmentVariable("OPENAI_API_KEY").trimmed();
    if (key.isEmpty())
        return {};
    if (sameOrigin(url, QUrl(QStringLiteral("https://api.openai.com"))))
        return key;
    const QString base = qEnvironmentVariable("OPENAI_BASE_URL").trimmed();
    if (!base.isEmpty() && sameOrigin(url, QUrl(base)))
        return key;
    return {};
}

QUrl ApiEndpoint::url(const QString& path) const
{
    QUrl u = baseUrl;
    QString p = u.path();
    if (!p.endsWith(u'/'))
        p += u'/';
    u.setPath(p + path);
    return u;
}

bool ApiEndpoint::isLocal() const
{
    const QString host = baseUrl.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ApiFailure::kindName(Kind kind)
{
    for (const KindName& k : kKindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {};
}

std::optional<ApiFailure::Kind> ApiFailure::kindFromName(const QString& name)
{
    for (const KindName& k : kKindNames) {
        if (name == QStringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

Error ApiFailure::toError() const
{
    return Error::make(ErrorCode::Api, {kindName(kind), QString::number(status), type, code, message, requestId,
                                        QString::number(retries)});
}

std::optional<ApiFailure> ApiFailure::fromError(const Error& error)
{
    if (error.code != ErrorCode::Api || error.args.size() < 7)
        return std::nullopt;
    const auto kind = kindFromName(error.args.at(0));
    if (!kind)
        return std::nullopt;
    ApiFailure f;
    f.kind = *kind;
    f.status = error.args.at(1).toInt();
    f.type = error.args.at(2);
    f.code = error.args.at(3);
    f.message = error.args.at(4);
    f.requestId = error.args.at(5);
    f.retries = error.args.at(6).toInt();
    return f;
}

bool ApiFailure::readErrorBody(const QByteArray& body)
{
    const auto parsed = parseJsonBounded(body, limits::kAnswerBytes);
    if (!parsed || !parsed->isObject())
        return false;
    const QJsonDocument& doc = *parsed;
    const QJsonValue error = doc.object().value(u"error");
    if (error.isString()) { // llama.cpp and some proxies
        message = error.toString();
        return true;
    }
    if (!error.isObject())
        return false;
    const QJsonObject e = error.toObject();
    message = e.value(u"message").toString();
    type = e.value(u"type").toString();
    code = stringOrNumber(e.value(u"code"));
    param = e.value(u"param").toString();
    return true;
}

QByteArray ApiResponseInfo::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

} // namespace reel
