#include "model/JsonReader.h"

#include "common/InputLimits.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace reel::detail {

QString toQString(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string toStd(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return {utf8.constData(), static_cast<size_t>(utf8.size())};
}

QString typeWord(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return QStringLiteral("string");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return QStringLiteral("integer");
    case Json::value_t::number_float:
        return QStringLiteral("number");
    case Json::value_t::boolean:
        return QStringLiteral("boolean");
    case Json::value_t::array:
        return QStringLiteral("list");
    case Json::value_t::object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

QString joinPath(const QString& prefix, std::string_view key)
{
    const QString k = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    if (prefix.isEmpty())
        return k;
    if (prefix.endsWith(u'.'))
        return prefix + k;
    return prefix + u'.' + k;
}

void JsonReader::add(QString path, FieldErrorKind kind, QStringList args)
{
    errors.append(FieldError{std::move(path), kind, std::move(args)});
}

const Json* JsonReader::member(const Json& object, std::string_view key)
{
    const auto it = object.find(std::string(key));
    if (it == object.end() || it->is_null())
        return nullptr;
    return &*it;
}

bool JsonReader::isObject(const Json& value, const QString& path)
{
    if (value.is_object())
        return true;
    add(path, FieldErrorKind::WrongType, {QStringLiteral("object"), typeWord(value)});
    return false;
}

const Json* JsonReader::object(const Json& parent, std::string_view key, const QString& prefix, bool required)
{
    const QString path = joinPath(prefix, key);
    const Json* value = member(parent, key);
    if (!value) {
        if (required)
            add(path, FieldErrorKind::Missing);
        return nullptr;
    }
    return isObject(*value, path) ? value : nullptr;
}

std::optional<QString> JsonReader::string(const Json& object, std::string_view key, const QString& prefix,
                                          bool required)
{
    const QString path = joinPath(prefix, key);
    const Json* value = member(object, key);
    if (!value) {
        if (required)
            add(path, FieldErrorKind::Missing);
        return std::nullopt;
    }
    if (!value->is_string()) {
        add(path, FieldErrorKind::WrongType, {QStringLiteral("string"), typeWord(*value)});
        return std::nullopt;
    }
    return toQString(value->get_ref<const std::string&>());
}

QStringList JsonReader::stringList(const Json& object, std::string_view key, const QString& prefix, bool required)
{
    const QString path = joinPath(prefix, key);
    const Json* value = member(object, key);
    QStringList out;
    if (!value) {
        if (required)
            add(path, FieldErrorKind::Missing);
        return out;
    }
    if (!value->is_array()) {
        add(path, FieldErrorKind::WrongType, {QStringLiteral("list_of_strings"), typeWord(*value)});
        return out;
    }
    qsizetype index = 0;
    for (const Json& item : *value) {
        if (item.is_string())
            out.append(toQString(item.get_ref<const std::string&>()));
        else
            add(path + u'[' + QString::number(index) + u']', FieldErrorKind::WrongType,
                {QStringLiteral("string"), typeWord(item)});
        ++index;
    }
    return out;
}

std::optional<double> JsonReader::number(const Json& object, std::string_view key, const QString& prefix, bool required)
{
    const QString path = joinPath(prefix, key);
    const Json* value = member(object, key);
    if (!value) {
        if (required)
            add(path, FieldErrorKind::Missing);
        return std::nullopt;
    }
    if (!value->is_number()) {
        add(path, FieldErrorKind::WrongType, {QStringLiteral("number"), typeWord(*value)});
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<int> JsonReader::integer(const Json& object, std::string_view key, const QString& prefix, bool required)
{
    const QString path = joinPath(prefix, key);
    const Json* value = member(object, key);
    if (!value) {
        if (required)
            add(path, FieldErrorKind::Missing);
        return std::nullopt;
    }
    // 30 and 30.0 are the same length; 30.5 is not a whole number of seconds.
    if (value->is_number()) {
        const double d = value->get<double>();
        if (std::isfinite(d) && std::floor(d) == d && std::abs(d) <= std::numeric_limits<int>::max())
            return static_cast<int>(d);
        if (std::isfinite(d) && std::abs(d) > std::numeric_limits<int>::max())
            return d > 0 ? std::numeric_limits<int>::max() : std::numeric_limits<int>::min();
    }
    add(path, FieldErrorKind::WrongType, {QStringLiteral("integer"), typeWord(*value)});
    return std::nullopt;
}

std::optional<bool> JsonReader::boolean(const Json& object, std::string_view key, const QString& prefix, bool required)
{
    const QString path = joinPath(prefix, key);
    const Json* value = member(object, key);
    if (!value) {
        if (required)
            add(path, FieldErrorKind::Missing);
        return std::nullopt;
    }
    if (!value->is_boolean()) {
        add(path, FieldErrorKind::WrongType, {QStringLiteral("boolean"), typeWord(*value)});
        return std::nullopt;
    }
    return value->get<bool>();
}

QByteArray JsonReader::keepUnknown(const Json& object, std::initializer_list<std::string_view> known,
                                   const QString& prefix)
{
    Json extra = Json::object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string& key = it.key();
        if (std::find(known.begin(), known.end(), std::string_view(key)) != known.end())
            continue;
        unknownFields.append(joinPath(prefix, key));
        extra[key] = it.value();
    }
    return extra.empty() ? QByteArray() : dump(extra, false);
}

void JsonReader::merge(const FieldErrors& more)
{
    for (const FieldError& e : more) {
        const bool taken = std::any_of(errors.cbegin(), errors.cend(),
                                       [&](const FieldError& existing) { return existing.path == e.path; });
        if (!taken)
            errors.append(e);
    }
}

std::optional<Json> parseDocument(const QByteArray& text, JsonReader& reader, qint64 maxBytes)
{
    // Limits first, before the parser (nlohmann's is iterative, but copying, comparing and
    // writing a value back recurse over its depth).
    if (text.size() > maxBytes) {
        reader.add(QString(), FieldErrorKind::TooLarge,
                   {limits::describeBytes(maxBytes), limits::describeBytes(text.size())});
        return std::nullopt;
    }
    if (const auto deep = findExcessNesting(text)) {
        const TextPosition at = positionOf(text, *deep);
        reader.add(QString(), FieldErrorKind::TooDeep,
                   {QString::number(at.line), QString::number(at.column), QString::number(limits::kMaxJsonDepth)});
        return std::nullopt;
    }
    const auto syntaxError = [&](qsizetype upto, QString why) {
        // Lines counted from a byte offset, columns in characters.
        const TextPosition at = positionOf(text, upto);
        reader.add(QString(), FieldErrorKind::Syntax, {QString::number(at.line), QString::number(at.column), why});
        return std::nullopt;
    };
    try {
        return Json::parse(text.cbegin(), text.cend());
    } catch (const Json::parse_error& e) {
        QString why = QString::fromUtf8(e.what());
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while ..." → the tail.
        const qsizetype colon = why.indexOf(QStringLiteral(": "), why.indexOf(QStringLiteral("column")));
        if (colon >= 0)
            why = why.mid(colon + 2);
        if (text.trimmed().isEmpty())
            why = QStringLiteral("the file is empty");
        return syntaxError(static_cast<qsizetype>(e.byte) - 1, why);
    } catch (const Json::exception& e) {
        // A number too large for a double ("number overflow parsing '1e400'"): locate the literal.
        QString why = QString::fromUtf8(e.what());
        why = why.mid(why.indexOf(u']') + 1).trimmed();
        const qsizetype open = why.indexOf(u'\''), close = why.lastIndexOf(u'\'');
        qsizetype at = 0;
        if (open >= 0 && close > open)
            at = text.indexOf(why.mid(open + 1, close - open - 1).toUtf8());
        return syntaxError(std::max<qsizetype>(at, 0), why);
    }
}

void restoreUnknown(Json& object, const QByteArray& unknown)
{
    if (unknown.isEmpty())
        return;
    const Json extra = Json::parse(unknown.cbegin(), unknown.cend(), nullptr, false);
    if (!extra.is_object())
        return;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!object.contains(it.key()))
            object[it.key()] = it.value();
    }
}

QByteArray dump(const Json& value, bool indented)
{
    // Replace invalid UTF-8 rather than throw: the text came from our own QStrings.
    const std::string s = value.dump(indented ? 2 : -1, ' ', false, Json::error_handler_t::replace);
    QByteArray out(s.data(), static_cast<qsizetype>(s.size()));
    if (indented)
        out.append('\n');
    return out;
}

} // namespace reel::detail
