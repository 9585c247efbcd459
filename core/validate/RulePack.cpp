#include "validate/RulePack.h"

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
        if (!it.value().is_number()) {
            r.add(keyPath, FieldErrorKind::WrongType, {QStringLiteral("number"), detail::typeWord(it.value())});
            continue;
        }
        const double v = it.value().get<double>();
        if (!std::isfinite(v) || v < 0) {
            r.add(keyPath, FieldErrorKind::OutOfRange,
                  {QStringLiteral("0"), QStringLiteral("1e9"), QString::number(v), QString()});
            continue;
        }
        out.insert(key, v);
    }
    return out;
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
        auto parsed = fromJson(resource(QStringLiteral(":/reelstudio/rules/instagram.json")));
        if (!parsed)
            qFatal("the built-in rule pack is invalid: %s", qPrintable(parsed.error().toEnglish()));
        return std::move(parsed).value();
    }();
    return pack;
}

Result<RulePack> RulePack::fromJson(const QByteArray& json)
{
    JsonReader r;
    RulePack pack;
    const auto doc = detail::parseDocument(json, r);
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
        pack.m_platform = r.string(o, "platform", QString(), true).value_or(QString());
        pack.m_version = r.string(o, "pack_version", QString(), true).value_or(QString());
        if (const Json* settings = r.object(o, "settings", QString(), true))
            pack.m_settings = readSettings(*settings, QStringLiteral("settings"), r);

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
                    for (auto it = dated.settings.cbegin(); it != dated.settings.cend(); ++it) {
                        if (!pack.m_settings.contains(it.key()))
                            r.add(path + QStringLiteral(".settings.") + it.key(), FieldErrorKind::NotOneOf,
                                  {it.key(), QStringLiteral("the names under \"settings\"")});
                    }
                    pack.m_changes.append(dated);
                }
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
        pack.m_bannedHashtags = r.stringList(o, "banned_hashtags", QString());
    }
    if (!r.errors.isEmpty()) {
        locateErrors(json, r.errors);
        return Error::invalid(r.errors);
    }
    static const QHash<QString, Lexicon> lexicons = builtInLexicons();
    pack.m_lexicons = lexicons;
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
