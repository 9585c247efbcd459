#include "validate/RulePack.h"

#include "common/InputLimits.h"
#include "model/JsonLocator.h"
#include "model/JsonReader.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace reel {

using detail::Json;
using detail::JsonReader;

namespace {

constexpr std::string_view kPackFormat = "reelstudio.rulepack";
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                QStringLiteral("de"), QStringLiteral("hi"), QStringLiteral("ja")};

QByteArray resource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing resource %s", qPrintable(path));
    return f.readAll();
}

std::optional<Severity> parseSeverity(const QString& s)
{
    if (s == u"error")
        return Severity::Error;
    if (s == u"warning")
        return Severity::Warning;
    if (s == u"info")
        return Severity::Info;
    return std::nullopt;
}

QHash<QString, double> readSettings(const Json& object, const QString& path, JsonReader& r)
{
    QHash<QString, double> out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = detail::toQString(it.key());
        const QString keyPath = path + u'.' + key;
        const auto range = RulePack::rangeOf(key);
        if (!range) {
            r.add(keyPath, FieldErrorKind::UnknownName, {RulePack::knownSettings().join(QStringLiteral(", "))});
            continue;
        }
        if (!it.value().is_number()) {
            r.add(keyPath, FieldErrorKind::WrongType, {QStringLiteral("number"), detail::typeWord(it.value())});
            continue;
        }
        const double v = it.value().get<double>();
        if (!std::isfinite(v) || v < range->min || v > range->max) {
            r.add(keyPath, FieldErrorKind::OutOfRange,
                  {QString::number(range->min), QString::number(range->max), QString::number(v), QString()});
            continue;
        }
        if (range->whole && v != std::floor(v)) {
            r.add(keyPath, FieldErrorKind::WrongType, {QStringLiteral("integer"), QStringLiteral("number")});
            continue;
        }
        out.insert(key, v);
    }
    return out;
}

// Lower and upper bounds that belong together: a pack (with its base) must keep them in order.
constexpr std::pair<const char16_t*, const char16_t*> kOrderedPairs[] = {
        {u"hook.words.min", u"hook.words.max"}, {u"body.words.min", u"body.words.max"},
        {u"cta.words.min", u"cta.words.max"},   {u"caption.chars.recommended_min", u"caption.chars.recommended_max"},
        {u"hashtags.min", u"hashtags.max"},
};

void checkOrder(const QHash<QString, double>& settings, const QString& path, JsonReader& r)
{
    for (const auto& [lowName, highName] : kOrderedPairs) {
        const QString low = QString::fromUtf16(lowName), high = QString::fromUtf16(highName);
        if (settings.contains(low) && settings.contains(high) && settings.value(low) > settings.value(high))
            r.add(path + u'.' + low, FieldErrorKind::OutOfRange,
                  {QStringLiteral("0"), QString::number(settings.value(high)), QString::number(settings.value(low)),
                   QString()});
    }
}

Lexicon readLexicon(const QByteArray& bytes, const QString& language)
{
    JsonReader r;
    Lexicon lex;
    lex.language = language;
    const auto doc = detail::parseDocument(bytes, r);
    if (!doc || !doc->is_object())
        qFatal("lexicon %s is not valid JSON", qPrintable(language));
    const Json& o = *doc;
    lex.ctaVerbs = r.stringList(o, "cta_verbs", QString());
    lex.urgencyWords = r.stringList(o, "urgency", QString());
    lex.riskyClaims = r.stringList(o, "risky_claims", QString());
    if (const Json* claims = r.object(o, "sector_claims", QString(), false)) {
        for (auto it = claims->begin(); it != claims->end(); ++it)
            lex.sectorClaims.insert(detail::toQString(it.key()),
                                    r.stringList(*claims, it.key(), QStringLiteral("sector_claims")));
    }
    if (const Json* voices = r.object(o, "voice_keywords", QString(), false)) {
        for (auto it = voices->begin(); it != voices->end(); ++it)
            lex.voiceKeywords.insert(detail::toQString(it.key()),
                                     r.stringList(*voices, it.key(), QStringLiteral("voice_keywords")));
    }
    lex.questionStarters = r.stringList(o, "question_starters", QString());
    lex.storyCues = r.stringList(o, "story_cues", QString());
    lex.curiosityCues = r.stringList(o, "curiosity_cues", QString());
    lex.relatableCues = r.stringList(o, "relatable_cues", QString());
    lex.shockCues = r.stringList(o, "shock_cues", QString());
    lex.stopWords = r.stringList(o, "stop_words", QString());
    if (!r.errors.isEmpty())
        qFatal("lexicon %s: %s", qPrintable(language), qPrintable(r.errors.first().toEnglish()));
    return lex;
}

QHash<QString, Lexicon> builtInLexicons()
{
    QHash<QString, Lexicon> out;
    for (const QString& language : kLanguages)
        out.insert(language,
                   readLexicon(resource(QStringLiteral(":/reelstudio/rules/lexicon_%1.json").arg(language)), language));
    return out;
}

} // namespace

const RulePack& RulePack::builtIn(const QString& platform)
{
    Q_UNUSED(platform) // Instagram is the only platform with a pack so far.
    static const RulePack pack = [] {
        auto parsed = parse(resource(QStringLiteral(":/reelstudio/rules/instagram.json")), nullptr);
        if (!parsed)
            qFatal("the built-in rule pack is invalid: %s", qPrintable(parsed.error().toEnglish()));
        return std::move(parsed).value();
    }();
    return pack;
}

const QList<RulePack::SettingRange>& RulePack::settingRanges()
{
    // Every threshold a pack or a brand may set, with what makes sense for it. A value outside is
    // refused with its name and these bounds; none can reach the checks as a nonsense number.
    static const QList<SettingRange> ranges = {
            {QStringLiteral("hook.words.min"), 0, 200, true},
            {QStringLiteral("hook.words.max"), 1, 200, true},
            {QStringLiteral("hook.max_seconds"), 0.5, 60, false},
            {QStringLiteral("body.words.min"), 0, 2000, true},
            {QStringLiteral("body.words.max"), 1, 2000, true},
            {QStringLiteral("cta.words.min"), 0, 200, true},
            {QStringLiteral("cta.words.max"), 1, 200, true},
            {QStringLiteral("caption.chars.max"), 1, 100000, true},
            {QStringLiteral("caption.chars.recommended_min"), 0, 100000, true},
            {QStringLiteral("caption.chars.recommended_max"), 1, 100000, true},
            {QStringLiteral("caption.fold"), 1, 100000, true},
            {QStringLiteral("hashtags.max"), 0, 100, true},
            {QStringLiteral("hashtags.min"), 0, 100, true},
            {QStringLiteral("hashtags.tag_max_chars"), 1, 1000, true},
            {QStringLiteral("duration.tolerance"), 0, 1, false},
            {QStringLiteral("duration.max_seconds"), 1, 3600, false},
            {QStringLiteral("duration.recommended_max_seconds"), 1, 3600, false},
            {QStringLiteral("sentence.max_words"), 1, 500, true},
            {QStringLiteral("readability.min_score"), 0, 121, false},
            {QStringLiteral("shouting.min_words"), 1, 100, true},
            {QStringLiteral("exclamation.max_run"), 1, 100, true},
            {QStringLiteral("emoji.max_run"), 1, 100, true},
            {QStringLiteral("emoji.max_per_field"), 0, 1000, true},
            {QStringLiteral("repetition.max_uses"), 1, 100, true},
            {QStringLiteral("repetition.min_letters"), 1, 50, true},
            {QStringLiteral("sentiment.threshold"), 0, 1, false},
            {QStringLiteral("relevance.min_score"), 0, 1, false},
    };
    return ranges;
}

std::optional<RulePack::SettingRange> RulePack::rangeOf(const QString& key)
{
    for (const SettingRange& r : settingRanges()) {
        if (r.key == key)
            return r;
    }
    return std::nullopt;
}

QStringList RulePack::knownSettings()
{
    QStringList keys;
    for (const SettingRange& r : settingRanges())
        keys.append(r.key);
    return keys;
}

Result<RulePack> RulePack::fromJson(const QByteArray& json)
{
    return parse(json, &builtIn());
}

Result<RulePack> RulePack::parse(const QByteArray& json, const RulePack* base)
{
    JsonReader r;
    // A pack states what it changes; everything else is the built-in pack's.
    RulePack pack = base ? *base : RulePack();
    const auto doc = detail::parseDocument(json, r, limits::kDocumentBytes);
    if (doc && r.isObject(*doc, QString())) {
        const Json& o = *doc;
        const auto format = r.string(o, "format", QString(), true);
        if (format && *format != detail::toQString(std::string(kPackFormat)))
            r.add(QStringLiteral("format"), FieldErrorKind::NotOneOf,
                  {*format, detail::toQString(std::string(kPackFormat))});
        const auto version = r.integer(o, "format_version", QString(), true);
        if (version && *version > kFormatVersion)
            return Error::make(ErrorCode::FormatTooNew, {QStringLiteral("the rule pack"), QString::number(*version),
                                                         QString::number(kFormatVersion)});
        if (const auto platform = r.string(o, "platform", QString(), !base))
            pack.m_platform = *platform;
        if (const auto packVersion = r.string(o, "pack_version", QString(), !base))
            pack.m_version = *packVersion;
        else if (base)
            pack.m_version = base->m_version + QStringLiteral("+custom");
        if (const Json* settings = r.object(o, "settings", QString(), !base)) {
            const QHash<QString, double> read = readSettings(*settings, QStringLiteral("settings"), r);
            for (auto it = read.cbegin(); it != read.cend(); ++it) {
                pack.m_settings.insert(it.key(), it.value());
                // What the pack states is in force: a dated change of the base pack to the same
                // threshold no longer applies.
                for (DatedChange& change : pack.m_changes)
                    change.settings.remove(it.key());
            }
        }
        if (!base) {
            // The built-in pack names every threshold.
            for (const QString& key : knownSettings()) {
                if (!pack.m_settings.contains(key))
                    r.add(QStringLiteral("settings.") + key, FieldErrorKind::Missing);
            }
        }
        checkOrder(pack.m_settings, QStringLiteral("settings"), r);

        if (const Json* changes = JsonReader::member(o, "changes")) {
            if (!changes->is_array()) {
                r.add(QStringLiteral("changes"), FieldErrorKind::WrongType,
                      {QStringLiteral("list"), detail::typeWord(*changes)});
            } else {
                int index = 0;
                for (const Json& change : *changes) {
                    const QString path = QStringLiteral("changes[%1]").arg(index++);
                    if (!r.isObject(change, path))
                        continue;
                    DatedChange dated;
                    const QString from = r.string(change, "from", path, true).value_or(QString());
                    dated.from = QDate::fromString(from, Qt::ISODate);
                    if (!from.isEmpty() && !dated.from.isValid())
                        r.add(path + QStringLiteral(".from"), FieldErrorKind::WrongType,
                              {QStringLiteral("date"), QStringLiteral("string")});
                    if (const Json* settings = r.object(change, "settings", path, true))
                        dated.settings = readSettings(*settings, path + QStringLiteral(".settings"), r);
                    pack.m_changes.append(dated);
                }
                // Base changes first: on the same day, the pack's own change wins.
                std::stable_sort(pack.m_changes.begin(), pack.m_changes.end(),
                                 [](const DatedChange& a, const DatedChange& b) { return a.from < b.from; });
            }
        }

        if (const Json* rules = r.object(o, "rules", QString(), false)) {
            for (auto it = rules->begin(); it != rules->end(); ++it) {
                const QString id = detail::toQString(it.key());
                const QString path = QStringLiteral("rules.") + id;
                if (!r.isObject(it.value(), path))
                    continue;
                if (const auto enabled = r.boolean(it.value(), "enabled", path, false))
                    pack.m_enabled.insert(id, *enabled);
                if (const auto severity = r.string(it.value(), "severity", path, false)) {
                    if (const auto s = parseSeverity(*severity))
                        pack.m_severity.insert(id, *s);
                    else
                        r.add(path + QStringLiteral(".severity"), FieldErrorKind::NotOneOf,
                              {*severity, QStringLiteral("error, warning, info")});
                }
            }
        }
        for (const QString& tag : r.stringList(o, "banned_hashtags", QString())) {
            if (!pack.m_bannedHashtags.contains(tag, Qt::CaseInsensitive))
                pack.m_bannedHashtags.append(tag);
        }
    }
    if (!r.errors.isEmpty()) {
        locateErrors(json, r.errors);
        return Error::invalid(r.errors);
    }
    if (!base) {
        static const QHash<QString, Lexicon> lexicons = builtInLexicons();
        pack.m_lexicons = lexicons;
    }
    return pack;
}

QHash<QString, double> RulePack::settingsOn(const QDate& date) const
{
    QHash<QString, double> out = m_settings;
    for (const DatedChange& change : m_changes) {
        if (change.from > date)
            break;
        for (auto it = change.settings.cbegin(); it != change.settings.cend(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

QStringList RulePack::settingKeys() const
{
    QStringList keys = m_settings.keys();
    keys.sort();
    return keys;
}

bool RulePack::isEnabled(const QString& ruleId) const
{
    return m_enabled.value(ruleId, true);
}

std::optional<Severity> RulePack::severityOf(const QString& ruleId) const
{
    const auto it = m_severity.constFind(ruleId);
    if (it == m_severity.cend())
        return std::nullopt;
    return *it;
}

const Lexicon& RulePack::lexicon(const QString& language) const
{
    const auto it = m_lexicons.constFind(language);
    if (it != m_lexicons.cend())
        return *it;
    return *m_lexicons.constFind(QStringLiteral("en"));
}

} // namespace reel
