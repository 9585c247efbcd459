#include "generate/ScriptSchema.h"

#include "common/InputLimits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace reel {

namespace {

QJsonObject stringType()
{
    return {{QStringLiteral("type"), QStringLiteral("string")}};
}

QJsonObject stringList()
{
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), stringType()}};
}

QJsonObject closedObject(const QJsonObject& properties)
{
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("required"), QJsonArray::fromStringList(properties.keys())},
            {QStringLiteral("additionalProperties"), false}};
}

QString typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return v.toDouble() == std::floor(v.toDouble()) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

bool typeMatches(const QString& actual, const QString& wanted)
{
    return actual == wanted || (wanted == u"number" && actual == u"integer");
}

QString at(const QString& path)
{
    return path.isEmpty() ? QStringLiteral("(answer)") : path;
}

} // namespace

QJsonObject scriptJsonSchema()
{
    const QJsonObject shot = closedObject(
            {{QStringLiteral("start_s"), QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}}},
             {QStringLiteral("end_s"), QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}}},
             {QStringLiteral("visual"), stringType()},
             {QStringLiteral("voiceover"), stringType()}});
    return closedObject({{QStringLiteral("hook"), stringType()},
                         {QStringLiteral("body"), stringType()},
                         {QStringLiteral("cta"), stringType()},
                         {QStringLiteral("caption"), stringType()},
                         {QStringLiteral("hashtags"), stringList()},
                         {QStringLiteral("on_screen_text"), stringList()},
                         {QStringLiteral("shots"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                               {QStringLiteral("items"), shot}}},
                         {QStringLiteral("thumbnail_text"), stringType()}});
}

QStringList checkAgainstSchema(const QJsonValue& value, const QJsonObject& schema, const QString& path)
{
    QStringList problems;
    const QString actual = typeOf(value);
    const QJsonValue type = schema.value(u"type");
    if (type.isString() || type.isArray()) {
        const QStringList wanted = type.isString() ? QStringList{type.toString()} : [&] {
            QStringList l;
            for (const QJsonValue& t : type.toArray())
                l.append(t.toString());
            return l;
        }();
        if (std::none_of(wanted.cbegin(), wanted.cend(), [&](const QString& w) { return typeMatches(actual, w); })) {
            problems.append(QStringLiteral("%1: must be %2, got %3")
                                    .arg(at(path), wanted.join(QStringLiteral(" or ")), actual));
            return problems;
        }
    }
    if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(value))
        problems.append(QStringLiteral("%1: is not one of the allowed values").arg(at(path)));
    if (value.isDouble()) {
        if (schema.contains(u"minimum") && value.toDouble() < schema.value(u"minimum").toDouble())
            problems.append(
                    QStringLiteral("%1: must be at least %2").arg(at(path)).arg(schema.value(u"minimum").toDouble()));
        if (schema.contains(u"maximum") && value.toDouble() > schema.value(u"maximum").toDouble())
            problems.append(
                    QStringLiteral("%1: must be at most %2").arg(at(path)).arg(schema.value(u"maximum").toDouble()));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (const QJsonValue& r : schema.value(u"required").toArray()) {
            if (!object.contains(r.toString()))
                problems.append(QStringLiteral("%1.%2: is required").arg(at(path), r.toString()));
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (properties.contains(it.key()))
                problems += checkAgainstSchema(it.value(), properties.value(it.key()).toObject(), child);
            else if (schema.value(u"additionalProperties") == QJsonValue(false))
                problems.append(QStringLiteral("%1: is not a field of the schema").arg(child));
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(u"minItems") && array.size() < schema.value(u"minItems").toInteger())
            problems.append(QStringLiteral("%1: needs at least %2 items")
                                    .arg(at(path))
                                    .arg(schema.value(u"minItems").toInteger()));
        if (schema.contains(u"maxItems") && array.size() > schema.value(u"maxItems").toInteger())
            problems.append(QStringLiteral("%1: takes at most %2 items")
                                    .arg(at(path))
                                    .arg(schema.value(u"maxItems").toInteger()));
        const QJsonObject items = schema.value(u"items").toObject();
        if (!items.isEmpty()) {
            for (qsizetype i = 0; i < array.size(); ++i)
                problems += checkAgainstSchema(array.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i));
        }
    }
    return problems;
}

namespace {

/// The outermost {...} of `text` (a fence or prose around it is dropped).
QString outermostObject(const QString& text)
{
    const qsizetype open = text.indexOf(u'{');
    const qsizetype close = text.lastIndexOf(u'}');
    if (open < 0 || close < open)
        return text;
    return text.mid(open, close - open + 1);
}

/// Reads what it can of a script object, whatever its faults (checkAgainstSchema reports them).
ReelScript scriptFromObject(QJsonObject object)
{
    if (!object.contains(u"hook") && object.value(u"script").isObject())
        object = object.value(u"script").toObject(); // some models wrap the script
    ReelScript s;
    s.hook = object.value(u"hook").toString();
    s.body = object.value(u"body").toString();
    s.cta = object.value(u"cta").toString();
    s.caption = object.value(u"caption").toString();
    const QJsonValue hashtags = object.value(u"hashtags");
    if (hashtags.isString()) {
        s.hashtags = hashtags.toString().split(u' ', Qt::SkipEmptyParts);
    } else {
        for (const QJsonValue& h : hashtags.toArray()) {
            if (h.isString())
                s.hashtags.append(h.toString());
        }
    }
    for (const QJsonValue& t : object.value(u"on_screen_text").toArray()) {
        if (t.isString())
            s.onScreenText.append(t.toString());
    }
    s.thumbnailText = object.value(u"thumbnail_text").toString();
    for (const QJsonValue& v : object.value(u"shots").toArray()) {
        const QJsonObject o = v.toObject();
        s.shots.append({o.value(u"start_s").toDouble(), o.value(u"end_s").toDouble(), o.value(u"visual").toString(),
                        o.value(u"voiceover").toString()});
    }
    return s;
}

} // namespace

Result<ParsedAnswer> parseScriptAnswer(const QString& content)
{
    const QByteArray json = outermostObject(content).toUtf8();
    JsonProblem problem;
    const auto parsed = parseJsonBounded(json, limits::kAnswerBytes, &problem);
    if (!parsed || !parsed->isObject()) {
        FieldError f;
        f.kind = problem.tooDeep ? FieldErrorKind::TooDeep : FieldErrorKind::Syntax;
        const TextPosition at = positionOf(json, problem.offset);
        f.args = {QString::number(at.line), QString::number(at.column),
                  problem.tooDeep ? QString::number(limits::kMaxJsonDepth)
                  : parsed        ? QStringLiteral("the answer is not a JSON object")
                                  : problem.why};
        return Error::invalid({f});
    }
    const QJsonDocument& doc = *parsed;
    QJsonObject object = doc.object();
    if (!object.contains(u"hook") && object.value(u"script").isObject())
        object = object.value(u"script").toObject();
    ParsedAnswer out;
    out.schemaProblems = checkAgainstSchema(object, scriptJsonSchema());
    out.script = scriptFromObject(object);
    return out;
}

ReelScript partialScript(const QString& partialJson)
{
    // Close whatever is open — the string being written, then arrays and objects — and read that.
    QString text = partialJson.trimmed();
    const qsizetype start = text.indexOf(u'{');
    if (start < 0)
        return {};
    text = text.mid(start);
    QList<QChar> stack;
    bool inString = false, escaped = false;
    qsizetype lastSafe = -1; // end of the last complete value or member separator
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'{' || c == u'[')
            stack.append(c == u'{' ? u'}' : u']');
        else if ((c == u'}' || c == u']') && !stack.isEmpty())
            stack.removeLast();
        if (!inString && (c == u',' || c == u'}' || c == u']'))
            lastSafe = i;
    }
    QString closed = text;
    if (!closed.isEmpty() && closed.back().isHighSurrogate())
        closed.chop(1); // half of a character
    if (inString) {
        if (escaped)
            closed.chop(1); // a lone backslash cannot end a string
        // A \u escape cut short is dropped too.
        const qsizetype u = closed.lastIndexOf(QStringLiteral("\\u"));
        if (u >= 0 && closed.size() - u < 6)
            closed.truncate(u);
        closed += u'"';
    }
    const auto attempt = [&](QString candidate) {
        QString trimmed = candidate.trimmed();
        while (trimmed.endsWith(u',') || trimmed.endsWith(u':'))
            trimmed.chop(1);
        for (qsizetype i = stack.size() - 1; i >= 0; --i)
            trimmed += stack.at(i);
        return parseJsonOrEmpty(trimmed.toUtf8(), limits::kAnswerBytes);
    };
    QJsonDocument doc = attempt(closed);
    if (!doc.isObject() && lastSafe > 0) {
        // A key without its value yet ("hook": or "hoo): fall back to the last complete member.
        QList<QChar> saved = stack;
        stack.clear();
        QString prefix = text.left(lastSafe + 1);
        if (prefix.endsWith(u','))
            prefix.chop(1);
        bool s = false, e = false;
        for (QChar c : std::as_const(prefix)) {
            if (s) {
                if (e)
                    e = false;
                else if (c == u'\\')
                    e = true;
                else if (c == u'"')
                    s = false;
                continue;
            }
            if (c == u'"')
                s = true;
            else if (c == u'{' || c == u'[')
                stack.append(c == u'{' ? u'}' : u']');
            else if ((c == u'}' || c == u']') && !stack.isEmpty())
                stack.removeLast();
        }
        doc = attempt(prefix);
        stack = saved;
    }
    if (!doc.isObject())
        return {};
    return scriptFromObject(doc.object());
}

} // namespace reel
