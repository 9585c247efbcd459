#include "generate/PromptBuilder.h"

#include "catalog/Catalog.h"
#include "common/InputLimits.h"
#include "validate/Validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace reel {

namespace {

QString joinLines(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    QStringList lines;
    for (const QJsonValue& l : v.toArray())
        lines.append(l.toString());
    return lines.join(u'\n');
}

QString label(CatalogKind kind, const QString& id)
{
    const auto e = Catalog::builtIn().entry(kind, id);
    return e ? e->label : id;
}

QString bullet(const QString& name, const QString& value)
{
    return value.trimmed().isEmpty() ? QString() : QStringLiteral("- %1: %2\n").arg(name, value.trimmed());
}

} // namespace

PromptLimits PromptLimits::from(const Validator& validator, const BrandProfile& profile, const ScriptRequest& request,
                                const std::optional<text::SpeakingRate>& calibrated)
{
    const auto& s = validator.settings();
    PromptLimits l;
    l.targetSeconds = request.scriptLength;
    l.tolerance = s.value(QStringLiteral("duration.tolerance"), 0.15);
    l.hookSeconds = s.value(QStringLiteral("hook.max_seconds"), 3);
    const text::SpeakingRate rate = calibrated.value_or(text::SpeakingRates::defaultFor(validator.language()));
    l.unitsAreCharacters = rate.unit == text::RateUnit::CharactersPerMinute;
    const double perSecond = rate.perMinute / 60.0;
    l.minUnits = static_cast<int>(std::ceil(perSecond * l.targetSeconds * (1.0 - l.tolerance)));
    l.maxUnits = static_cast<int>(std::floor(perSecond * l.targetSeconds * (1.0 + l.tolerance)));
    l.hookMaxUnits = static_cast<int>(std::floor(perSecond * l.hookSeconds));
    l.hashtagCap = static_cast<int>(s.value(QStringLiteral("hashtags.max"), 5));
    l.captionMax = static_cast<int>(s.value(QStringLiteral("caption.chars.max"), 2200));
    l.captionFold = static_cast<int>(s.value(QStringLiteral("caption.fold"), 125));
    l.bannedWords = profile.doNotUse + profile.competitors;
    return l;
}

PromptBuilder::PromptBuilder()
{
    QFile f(QStringLiteral(":/reelstudio/prompts/prompts.json"));
    const bool opened = f.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "PromptBuilder", "the prompt templates are compiled in");
    const QJsonObject doc = parseJsonOrEmpty(f.readAll()).object();
    m_version = doc.value(u"version").toString();
    m_system = joinLines(doc.value(u"system"));
    m_instruction = joinLines(doc.value(u"instruction"));
    m_plainHint = doc.value(u"schema_hint_plain").toString();
    m_repair = joinLines(doc.value(u"repair"));
    const QJsonObject languages = doc.value(u"languages").toObject();
    for (auto it = languages.constBegin(); it != languages.constEnd(); ++it) {
        const QJsonObject l = it.value().toObject();
        m_languages.insert(it.key(), {l.value(u"name").toString(), l.value(u"rules").toString()});
    }
}

QString PromptBuilder::fill(const QString& text, const QHash<QString, QString>& values)
{
    // One pass over the template: a value is copied as it is, so "{offer}" written inside a brand's
    // own text (or a model's earlier answer) is never expanded a second time.
    QString out;
    out.reserve(text.size() * 2);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0)
            break;
        const auto key = QStringView(text).sliced(open + 1, close - open - 1);
        const auto it = values.constFind(key.toString());
        out += QStringView(text).sliced(i, open - i);
        if (it != values.constEnd()) {
            out += it.value();
            i = close + 1;
        } else {
            out += u'{';
            i = open + 1; // not a placeholder: keep the brace, look again from the next character
        }
    }
    out += QStringView(text).sliced(i);
    return out;
}

QList<ChatMessage> PromptBuilder::messages(const BrandProfile& p, const ScriptRequest& r, const QString& language,
                                           const PromptLimits& limits, const QList<Example>& examples,
                                           OutputMode mode) const
{
    const auto lang = m_languages.value(language, m_languages.value(QStringLiteral("en")));

    QString brand;
    brand += bullet(QStringLiteral("Name"), p.brandName);
    brand += bullet(QStringLiteral("Sector"), label(CatalogKind::Sector, p.sector));
    brand += bullet(QStringLiteral("Audience"),
                    QStringList{p.targetAudience.ageRange, p.targetAudience.gender, p.targetAudience.location}.join(
                            QStringLiteral(", ")));
    brand += bullet(QStringLiteral("Their pain points"), p.targetAudience.painPoints.join(QStringLiteral("; ")));
    QStringList voices;
    for (const QString& v : p.brandVoice)
        voices.append(label(CatalogKind::Voice, v));
    brand += bullet(QStringLiteral("Voice"), voices.join(QStringLiteral(", ")));
    brand += bullet(QStringLiteral("Offer"), p.offer);
    brand += bullet(QStringLiteral("Call-to-action style"), label(CatalogKind::CtaStyle, p.ctaStyle));
    brand += bullet(QStringLiteral("Never use these words"), p.doNotUse.join(QStringLiteral(", ")));
    brand += bullet(QStringLiteral("Competitors (never name them)"), p.competitors.join(QStringLiteral(", ")));
    brand += bullet(QStringLiteral("Required hashtags"), p.requiredHashtags.join(u' '));
    brand += bullet(QStringLiteral("Notes"), p.notes);

    QString request;
    request += bullet(QStringLiteral("Goal"), label(CatalogKind::Goal, r.goal));
    request += bullet(QStringLiteral("Hook style"), label(CatalogKind::HookType, r.hookType));
    request += bullet(QStringLiteral("Emotion to evoke"), label(CatalogKind::Emotion, r.emotion));
    request += bullet(QStringLiteral("Length"), QStringLiteral("%1 seconds of voice-over").arg(r.scriptLength));
    request += bullet(QStringLiteral("Language"), lang.first);
    request += bullet(QStringLiteral("Call to action to use"), r.cta);
    request += bullet(QStringLiteral("What the Reel is about"), r.topic);

    const QString unit = limits.unitsAreCharacters ? QStringLiteral("characters") : QStringLiteral("words");
    QString limitText;
    limitText += QStringLiteral("- Spoken length (hook + body + cta): %1 to %2 %3 (%4 s ± %5 %).\n")
                         .arg(limits.minUnits)
                         .arg(limits.maxUnits)
                         .arg(unit)
                         .arg(limits.targetSeconds)
                         .arg(std::lround(limits.tolerance * 100));
    limitText += QStringLiteral("- Hook: at most %1 %2 (%3 seconds).\n")
                         .arg(limits.hookMaxUnits)
                         .arg(unit)
                         .arg(limits.hookSeconds);
    limitText += QStringLiteral("- Hashtags: at most %1.\n").arg(limits.hashtagCap);
    limitText += QStringLiteral("- Caption: at most %1 characters; the first %2 show before \"more\".\n")
                         .arg(limits.captionMax)
                         .arg(limits.captionFold);
    if (!limits.bannedWords.isEmpty())
        limitText += QStringLiteral("- Forbidden anywhere (script, caption, hashtags): %1.\n")
                             .arg(limits.bannedWords.join(QStringLiteral(", ")));

    QString exampleText;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        const Example& e = examples.at(i);
        exampleText += QStringLiteral("Example %1 (%2, %3 hook, %4, %5 s)\n")
                               .arg(i + 1)
                               .arg(label(CatalogKind::Sector, e.sector), label(CatalogKind::HookType, e.hookType),
                                    label(CatalogKind::Emotion, e.emotion))
                               .arg(e.scriptLength);
        exampleText += QStringLiteral("HOOK: %1\nBODY: %2\nCTA: %3\nCAPTION: %4\nHASHTAGS: %5\n\n")
                               .arg(e.script.hook, e.script.body, e.script.cta, e.script.caption,
                                    e.script.hashtags.join(u' '));
    }
    if (exampleText.isEmpty())
        exampleText = QStringLiteral("(none available)\n");

    const QHash<QString, QString> values{
            {QStringLiteral("language_rules"), lang.second},
            {QStringLiteral("brand"), brand.trimmed()},
            {QStringLiteral("request"), request.trimmed()},
            {QStringLiteral("limits"), limitText.trimmed()},
            {QStringLiteral("examples"), exampleText.trimmed()},
            {QStringLiteral("hook_seconds"), QString::number(limits.hookSeconds)},
            {QStringLiteral("caption_fold"), QString::number(limits.captionFold)},
            {QStringLiteral("hashtag_cap"), QString::number(limits.hashtagCap)},
            {QStringLiteral("schema_hint"), mode == OutputMode::JsonSchema ? QString() : m_plainHint},
    };
    return {{QStringLiteral("system"), fill(m_system, values)},
            {QStringLiteral("user"), fill(m_instruction, values).trimmed()}};
}

ChatMessage PromptBuilder::repair(const QStringList& problems) const
{
    QStringList lines;
    for (const QString& p : problems)
        lines.append(QStringLiteral("- ") + p);
    return {QStringLiteral("user"), fill(m_repair, {{QStringLiteral("problems"), lines.join(u'\n')}})};
}

QStringList PromptBuilder::describe(const QList<Finding>& findings, Severity atLeast)
{
    QStringList out;
    for (const Finding& f : findings) {
        if (static_cast<int>(f.severity) > static_cast<int>(atLeast))
            continue;
        out.append(QStringLiteral("[%1] %2: %3").arg(severityKey(f.severity), fieldKey(f.field), f.toEnglish()));
    }
    return out;
}

} // namespace reel
