#include "model/JsonCodec.h"

#include "common/InputLimits.h"
#include "model/JsonReader.h"

namespace reel::codec {

using detail::joinPath;
using detail::Json;
using detail::JsonReader;
using detail::toStd;

namespace {

constexpr std::string_view kProfileFormat = "reelstudio.profile";

Json toJsonList(const QStringList& list)
{
    Json out = Json::array();
    for (const QString& s : list)
        out.push_back(toStd(s));
    return out;
}

// ---- reading ---------------------------------------------------------------------------

TargetAudience readAudience(const Json& o, const QString& prefix, JsonReader& r)
{
    TargetAudience a;
    a.ageRange = r.string(o, "age_range", prefix, false).value_or(QString());
    a.gender = r.string(o, "gender", prefix, false).value_or(QString());
    a.location = r.string(o, "location", prefix, false).value_or(QString());
    a.painPoints = r.stringList(o, "pain_points", prefix);
    a.unknownFields = r.keepUnknown(o, {"age_range", "gender", "location", "pain_points"}, prefix);
    return a;
}

BrandProfile readProfile(const Json& o, const QString& prefix, JsonReader& r)
{
    BrandProfile p;
    p.brandName = r.string(o, "brand_name", prefix, true).value_or(QString());
    p.sector = r.string(o, "sector", prefix, true).value_or(QString());
    if (const Json* audience = r.object(o, "target_audience", prefix, false))
        p.targetAudience = readAudience(*audience, joinPath(prefix, "target_audience"), r);
    p.brandVoice = r.stringList(o, "brand_voice", prefix);
    p.offer = r.string(o, "offer", prefix, false).value_or(QString());
    p.platform = r.string(o, "platform", prefix, false).value_or(p.platform);
    p.ctaStyle = r.string(o, "cta_style", prefix, false).value_or(p.ctaStyle);
    p.doNotUse = r.stringList(o, "do_not_use", prefix);
    p.competitors = r.stringList(o, "competitors", prefix);
    p.requiredHashtags = r.stringList(o, "required_hashtags", prefix);
    p.defaultLanguage = r.string(o, "default_language", prefix, false).value_or(QString());
    p.notes = r.string(o, "notes", prefix, false).value_or(QString());
    if (const Json* overrides = r.object(o, "rule_overrides", prefix, false)) {
        const QString overridesPath = joinPath(prefix, "rule_overrides");
        for (auto it = overrides->begin(); it != overrides->end(); ++it) {
            if (it.value().is_number())
                p.ruleOverrides.insert(detail::toQString(it.key()), it.value().get<double>());
            else
                r.add(joinPath(overridesPath, it.key()), FieldErrorKind::WrongType,
                      {QStringLiteral("number"), detail::typeWord(it.value())});
        }
    }
    p.unknownFields = r.keepUnknown(o,
                                    {"brand_name", "sector", "target_audience", "brand_voice", "offer", "platform",
                                     "cta_style", "do_not_use", "competitors", "required_hashtags", "default_language",
                                     "notes", "rule_overrides"},
                                    prefix);
    return p;
}

ScriptRequest readRequest(const Json& o, const QString& prefix, JsonReader& r)
{
    ScriptRequest q;
    q.goal = r.string(o, "goal", prefix, true).value_or(QString());
    q.hookType = r.string(o, "hook_type", prefix, true).value_or(QString());
    q.emotion = r.string(o, "emotion", prefix, true).value_or(QString());
    q.scriptLength = r.integer(o, "script_length", prefix, false).value_or(q.scriptLength);
    q.language = r.string(o, "language", prefix, false).value_or(q.language);
    q.cta = r.string(o, "cta", prefix, false).value_or(QString());
    q.topic = r.string(o, "topic", prefix, false).value_or(QString());
    q.unknownFields = r.keepUnknown(o, {"goal", "hook_type", "emotion", "script_length", "language", "cta", "topic"},
                                    prefix);
    return q;
}

ReelScript readScript(const Json& o, const QString& prefix, JsonReader& r)
{
    ReelScript s;
    s.hook = r.string(o, "hook", prefix, true).value_or(QString());
    s.body = r.string(o, "body", prefix, true).value_or(QString());
    s.cta = r.string(o, "cta", prefix, true).value_or(QString());
    s.caption = r.string(o, "caption", prefix, true).value_or(QString());
    s.hashtags = r.stringList(o, "hashtags", prefix, true);
    s.onScreenText = r.stringList(o, "on_screen_text", prefix);
    s.thumbnailText = r.string(o, "thumbnail_text", prefix, false).value_or(QString());
    if (const Json* shots = JsonReader::member(o, "shots")) {
        const QString shotsPath = joinPath(prefix, "shots");
        if (!shots->is_array()) {
            r.add(shotsPath, FieldErrorKind::WrongType, {QStringLiteral("list"), detail::typeWord(*shots)});
        } else {
            int index = 0;
            for (const Json& item : *shots) {
                const QString itemPath = shotsPath + u'[' + QString::number(index++) + u']';
                if (!r.isObject(item, itemPath))
                    continue;
                Shot shot;
                shot.startS = r.number(item, "start_s", itemPath, true).value_or(0.0);
                shot.endS = r.number(item, "end_s", itemPath, true).value_or(0.0);
                shot.visual = r.string(item, "visual", itemPath, false).value_or(QString());
                shot.voiceover = r.string(item, "voiceover", itemPath, false).value_or(QString());
                r.keepUnknown(item, {"start_s", "end_s", "visual", "voiceover"}, itemPath);
                s.shots.append(shot);
            }
        }
    }
    s.unknownFields = r.keepUnknown(
            o, {"hook", "body", "cta", "caption", "hashtags", "on_screen_text", "shots", "thumbnail_text"}, prefix);
    return s;
}

template <typename T, typename Fn>
Decoded<T> decodeWith(const QByteArray& text, Fn&& read, qint64 maxBytes = limits::kDocumentBytes)
{
    Decoded<T> out;
    JsonReader r;
    if (const auto doc = detail::parseDocument(text, r, maxBytes)) {
        if (r.isObject(*doc, QString()))
            out.value = read(*doc, r);
    }
    out.errors = std::move(r.errors);
    out.unknownFields = std::move(r.unknownFields);
    return out;
}

// ---- writing ---------------------------------------------------------------------------

Json writeProfile(const BrandProfile& p)
{
    Json audience = Json::object();
    audience["age_range"] = toStd(p.targetAudience.ageRange);
    audience["gender"] = toStd(p.targetAudience.gender);
    audience["location"] = toStd(p.targetAudience.location);
    audience["pain_points"] = toJsonList(p.targetAudience.painPoints);
    detail::restoreUnknown(audience, p.targetAudience.unknownFields);

    Json o = Json::object();
    o["brand_name"] = toStd(p.brandName);
    o["sector"] = toStd(p.sector);
    o["target_audience"] = std::move(audience);
    o["brand_voice"] = toJsonList(p.brandVoice);
    o["offer"] = toStd(p.offer);
    o["platform"] = toStd(p.platform);
    o["cta_style"] = toStd(p.ctaStyle);
    o["do_not_use"] = toJsonList(p.doNotUse);
    // Reel Studio's additions are written only when set, so a profile made in the original
    // format leaves in the original format.
    if (!p.competitors.isEmpty())
        o["competitors"] = toJsonList(p.competitors);
    if (!p.requiredHashtags.isEmpty())
        o["required_hashtags"] = toJsonList(p.requiredHashtags);
    if (!p.defaultLanguage.isEmpty())
        o["default_language"] = toStd(p.defaultLanguage);
    if (!p.notes.isEmpty())
        o["notes"] = toStd(p.notes);
    if (!p.ruleOverrides.isEmpty()) {
        Json overrides = Json::object();
        for (auto it = p.ruleOverrides.cbegin(); it != p.ruleOverrides.cend(); ++it)
            overrides[toStd(it.key())] = it.value();
        o["rule_overrides"] = std::move(overrides);
    }
    detail::restoreUnknown(o, p.unknownFields);
    return o;
}

Json writeRequest(const ScriptRequest& q)
{
    Json o = Json::object();
    o["goal"] = toStd(q.goal);
    o["hook_type"] = toStd(q.hookType);
    o["emotion"] = toStd(q.emotion);
    o["script_length"] = q.scriptLength;
    o["language"] = toStd(q.language);
    if (!q.cta.isEmpty())
        o["cta"] = toStd(q.cta);
    if (!q.topic.isEmpty())
        o["topic"] = toStd(q.topic);
    detail::restoreUnknown(o, q.unknownFields);
    return o;
}

Json writeScript(const ReelScript& s)
{
    Json o = Json::object();
    o["hook"] = toStd(s.hook);
    o["body"] = toStd(s.body);
    o["cta"] = toStd(s.cta);
    o["caption"] = toStd(s.caption);
    o["hashtags"] = toJsonList(s.hashtags);
    if (!s.onScreenText.isEmpty())
        o["on_screen_text"] = toJsonList(s.onScreenText);
    if (!s.shots.isEmpty()) {
        Json shots = Json::array();
        for (const Shot& shot : s.shots) {
            Json j = Json::object();
            j["start_s"] = shot.startS;
            j["end_s"] = shot.endS;
            j["visual"] = toStd(shot.visual);
            j["voiceover"] = toStd(shot.voiceover);
            shots.push_back(std::move(j));
        }
        o["shots"] = std::move(shots);
    }
    if (!s.thumbnailText.isEmpty())
        o["thumbnail_text"] = toStd(s.thumbnailText);
    detail::restoreUnknown(o, s.unknownFields);
    return o;
}

} // namespace

Decoded<BrandProfile> decodeProfile(const QByteArray& json)
{
    return decodeWith<BrandProfile>(json, [](const Json& doc, JsonReader& r) {
        BrandProfile p = readProfile(doc, QString(), r);
        r.merge(checkProfile(p));
        return p;
    });
}

Decoded<BrandProfile> decodeProfileFile(const QByteArray& json)
{
    return decodeWith<BrandProfile>(json, [](const Json& doc, JsonReader& r) {
        if (JsonReader::member(doc, "format")) {
            const auto format = r.string(doc, "format", QString(), true);
            if (format && *format != detail::toQString(std::string(kProfileFormat)))
                r.add(QStringLiteral("format"), FieldErrorKind::NotOneOf,
                      {*format, detail::toQString(std::string(kProfileFormat))});
            const auto version = r.integer(doc, "format_version", QString(), true);
            if (version && (*version < 1 || *version > kProfileFormatVersion))
                r.add(QStringLiteral("format_version"), FieldErrorKind::OutOfRange,
                      {QStringLiteral("1"), QString::number(kProfileFormatVersion), QString::number(*version),
                       QString()});
            if (!r.errors.isEmpty())
                return BrandProfile{};
        }
        if (JsonReader::member(doc, "brand_profile")) {
            const Json* inner = r.object(doc, "brand_profile", QString(), true);
            if (!inner)
                return BrandProfile{};
            const QString prefix = QStringLiteral("brand_profile");
            BrandProfile p = readProfile(*inner, prefix, r);
            r.merge(checkProfile(p, prefix + u'.'));
            return p;
        }
        BrandProfile p = readProfile(doc, QString(), r);
        r.merge(checkProfile(p));
        return p;
    });
}

Decoded<RequestFile> decodeRequestFile(const QByteArray& json, ProfileSource profile)
{
    return decodeWith<RequestFile>(json, [profile](const Json& doc, JsonReader& r) {
        RequestFile f;
        if (profile == ProfileSource::GivenApart && doc.is_object() && !JsonReader::member(doc, "brand_profile")) {
            if (!JsonReader::member(doc, "script_request")) {
                f.scriptRequest = readRequest(doc, QString(), r); // a bare request object
                r.merge(checkRequest(f.scriptRequest));
                return f;
            }
            if (const Json* q = r.object(doc, "script_request", QString(), true)) {
                f.scriptRequest = readRequest(*q, QStringLiteral("script_request"), r);
                r.merge(checkRequest(f.scriptRequest, QStringLiteral("script_request.")));
            }
            f.unknownFields = r.keepUnknown(doc, {"script_request"}, QString());
            return f;
        }
        const QString profilePrefix = QStringLiteral("brand_profile");
        const QString requestPrefix = QStringLiteral("script_request");
        if (const Json* p = r.object(doc, "brand_profile", QString(), true))
            f.brandProfile = readProfile(*p, profilePrefix, r);
        if (const Json* q = r.object(doc, "script_request", QString(), true))
            f.scriptRequest = readRequest(*q, requestPrefix, r);
        f.unknownFields = r.keepUnknown(doc, {"brand_profile", "script_request"}, QString());
        if (JsonReader::member(doc, "brand_profile") && doc.at("brand_profile").is_object())
            r.merge(checkProfile(f.brandProfile, profilePrefix + u'.'));
        if (JsonReader::member(doc, "script_request") && doc.at("script_request").is_object())
            r.merge(checkRequest(f.scriptRequest, requestPrefix + u'.'));
        return f;
    });
}

Decoded<ReelScript> decodeScript(const QByteArray& json)
{
    return decodeWith<ReelScript>(json, [](const Json& doc, JsonReader& r) {
        ReelScript s = readScript(doc, QString(), r);
        r.merge(checkScript(s));
        return s;
    });
}

Decoded<AnswerEnvelope> decodeAnswer(const QByteArray& json)
{
    return decodeWith<AnswerEnvelope>(json, [](const Json& doc, JsonReader& r) {
        AnswerEnvelope a;
        const QString scriptPrefix = QStringLiteral("script");
        if (const Json* s = r.object(doc, "script", QString(), true)) {
            a.script = readScript(*s, scriptPrefix, r);
            r.merge(checkScript(a.script, scriptPrefix + u'.'));
        }
        if (const Json* v = r.object(doc, "validation", QString(), false)) {
            const QString prefix = QStringLiteral("validation");
            a.validation.isValid = r.boolean(*v, "is_valid", prefix, true).value_or(false);
            a.validation.errors = r.stringList(*v, "errors", prefix);
            a.validation.warnings = r.stringList(*v, "warnings", prefix);
            r.keepUnknown(*v, {"is_valid", "errors", "warnings"}, prefix);
        }
        if (const Json* m = r.object(doc, "metadata", QString(), false)) {
            const QString prefix = QStringLiteral("metadata");
            a.metadata.brand = r.string(*m, "brand", prefix, false).value_or(QString());
            a.metadata.sector = r.string(*m, "sector", prefix, false).value_or(QString());
            a.metadata.goal = r.string(*m, "goal", prefix, false).value_or(QString());
            a.metadata.hookType = r.string(*m, "hook_type", prefix, false).value_or(QString());
            a.metadata.scriptLength = r.integer(*m, "script_length", prefix, false).value_or(0);
            a.metadata.unknownFields = r.keepUnknown(*m, {"brand", "sector", "goal", "hook_type", "script_length"},
                                                     prefix);
        }
        a.unknownFields = r.keepUnknown(doc, {"script", "validation", "metadata"}, QString());
        return a;
    });
}

QByteArray encodeProfile(const BrandProfile& profile, Layout layout)
{
    return detail::dump(writeProfile(profile), layout == Layout::Indented);
}

QByteArray encodeProfileFile(const BrandProfile& profile)
{
    Json o = Json::object();
    o["format"] = std::string(kProfileFormat);
    o["format_version"] = kProfileFormatVersion;
    o["brand_profile"] = writeProfile(profile);
    return detail::dump(o, true);
}

QByteArray encodeRequestFile(const RequestFile& file, Layout layout)
{
    Json o = Json::object();
    o["brand_profile"] = writeProfile(file.brandProfile);
    o["script_request"] = writeRequest(file.scriptRequest);
    detail::restoreUnknown(o, file.unknownFields);
    return detail::dump(o, layout == Layout::Indented);
}

QByteArray encodeScript(const ReelScript& script, Layout layout)
{
    return detail::dump(writeScript(script), layout == Layout::Indented);
}

QByteArray encodeAnswer(const AnswerEnvelope& answer, Layout layout)
{
    Json validation = Json::object();
    validation["is_valid"] = answer.validation.isValid;
    validation["errors"] = toJsonList(answer.validation.errors);
    validation["warnings"] = toJsonList(answer.validation.warnings);

    Json metadata = Json::object();
    metadata["brand"] = toStd(answer.metadata.brand);
    metadata["sector"] = toStd(answer.metadata.sector);
    metadata["goal"] = toStd(answer.metadata.goal);
    metadata["hook_type"] = toStd(answer.metadata.hookType);
    metadata["script_length"] = answer.metadata.scriptLength;
    detail::restoreUnknown(metadata, answer.metadata.unknownFields);

    Json o = Json::object();
    o["script"] = writeScript(answer.script);
    o["validation"] = std::move(validation);
    o["metadata"] = std::move(metadata);
    detail::restoreUnknown(o, answer.unknownFields);
    return detail::dump(o, layout == Layout::Indented);
}

namespace {

constexpr std::string_view kExamplesFormat = "reelstudio.examples";

Example readExample(const Json& o, const QString& prefix, JsonReader& r)
{
    Example e;
    const QString id = r.string(o, "id", prefix, false).value_or(QString());
    e.bundledId = id;
    e.language = r.string(o, "language", prefix, true).value_or(QString());
    e.sector = r.string(o, "sector", prefix, true).value_or(QString());
    e.hookType = r.string(o, "hook_type", prefix, true).value_or(QString());
    e.emotion = r.string(o, "emotion", prefix, true).value_or(QString());
    e.goal = r.string(o, "goal", prefix, true).value_or(QString());
    e.ctaStyle = r.string(o, "cta_style", prefix, false).value_or(QString());
    e.scriptLength = r.integer(o, "script_length", prefix, false).value_or(30);
    e.script.hook = r.string(o, "hook", prefix, true).value_or(QString());
    e.script.body = r.string(o, "body", prefix, true).value_or(QString());
    e.script.cta = r.string(o, "cta", prefix, true).value_or(QString());
    e.script.caption = r.string(o, "caption", prefix, false).value_or(QString());
    e.script.hashtags = r.stringList(o, "hashtags", prefix);
    if (const auto source = r.string(o, "source", prefix, false)) {
        if (const auto s = sourceFromKey(*source))
            e.source = *s;
        else
            r.add(joinPath(prefix, "source"), FieldErrorKind::NotOneOf,
                  {*source, QStringLiteral("bundled, user, import, promoted")});
    }
    if (const Json* engagement = r.object(o, "engagement", prefix, false)) {
        const QString path = joinPath(prefix, "engagement");
        const auto count = [&](const char* key) -> std::optional<qint64> {
            const auto v = r.number(*engagement, key, path, false);
            if (!v)
                return std::nullopt;
            return static_cast<qint64>(*v);
        };
        e.engagement = {count("views"), count("likes"), count("comments"), count("shares"), count("saves")};
        r.keepUnknown(*engagement, {"views", "likes", "comments", "shares", "saves"}, path);
    }
    r.keepUnknown(o,
                  {"id", "language", "sector", "hook_type", "emotion", "goal", "cta_style", "script_length", "hook",
                   "body", "cta", "caption", "hashtags", "source", "engagement"},
                  prefix);
    return e;
}

} // namespace

Decoded<QList<Example>> decodeExampleFile(const QByteArray& json)
{
    return decodeWith<QList<Example>>(
            json,
            [](const Json& doc, JsonReader& r) {
                QList<Example> out;
                const auto format = r.string(doc, "format", QString(), true);
                if (format && *format != detail::toQString(std::string(kExamplesFormat)))
                    r.add(QStringLiteral("format"), FieldErrorKind::NotOneOf,
                          {*format, detail::toQString(std::string(kExamplesFormat))});
                const auto version = r.integer(doc, "format_version", QString(), true);
                if (version && (*version < 1 || *version > 1))
                    r.add(QStringLiteral("format_version"), FieldErrorKind::OutOfRange,
                          {QStringLiteral("1"), QStringLiteral("1"), QString::number(*version), QString()});
                const Json* list = JsonReader::member(doc, "examples");
                if (!list) {
                    r.add(QStringLiteral("examples"), FieldErrorKind::Missing);
                    return out;
                }
                if (!list->is_array()) {
                    r.add(QStringLiteral("examples"), FieldErrorKind::WrongType,
                          {QStringLiteral("list"), detail::typeWord(*list)});
                    return out;
                }
                int index = 0;
                for (const Json& item : *list) {
                    const QString prefix = QStringLiteral("examples[%1]").arg(index++);
                    if (!r.isObject(item, prefix))
                        continue;
                    Example e = readExample(item, prefix, r);
                    r.merge(checkExample(e, prefix + u'.'));
                    out.append(std::move(e));
                }
                return out;
            },
            limits::kImportBytes);
}

QByteArray encodeExampleFile(const QList<Example>& examples)
{
    Json list = Json::array();
    for (const Example& e : examples) {
        Json o = Json::object();
        if (!e.bundledId.isEmpty())
            o["id"] = toStd(e.bundledId);
        o["language"] = toStd(e.language);
        o["sector"] = toStd(e.sector);
        o["hook_type"] = toStd(e.hookType);
        o["emotion"] = toStd(e.emotion);
        o["goal"] = toStd(e.goal);
        if (!e.ctaStyle.isEmpty())
            o["cta_style"] = toStd(e.ctaStyle);
        o["script_length"] = e.scriptLength;
        o["hook"] = toStd(e.script.hook);
        o["body"] = toStd(e.script.body);
        o["cta"] = toStd(e.script.cta);
        o["caption"] = toStd(e.script.caption);
        o["hashtags"] = toJsonList(e.script.hashtags);
        o["source"] = toStd(sourceKey(e.source));
        if (!e.engagement.isEmpty()) {
            Json g = Json::object();
            const auto put = [&](const char* key, const std::optional<qint64>& v) {
                if (v)
                    g[key] = *v;
            };
            put("views", e.engagement.views);
            put("likes", e.engagement.likes);
            put("comments", e.engagement.comments);
            put("shares", e.engagement.shares);
            put("saves", e.engagement.saves);
            o["engagement"] = std::move(g);
        }
        list.push_back(std::move(o));
    }
    Json doc = Json::object();
    doc["format"] = std::string(kExamplesFormat);
    doc["format_version"] = 1;
    doc["examples"] = std::move(list);
    return detail::dump(doc, true);
}

} // namespace reel::codec
