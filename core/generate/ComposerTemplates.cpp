#include "generate/ComposerTemplates.h"

#include "model/JsonReader.h"

#include <QFile>
#include <QRegularExpression>

namespace reel::detail {

namespace {

const QStringList kSlots = {QStringLiteral("pain"),  QStringLiteral("offer"),   QStringLiteral("topic"),
                            QStringLiteral("brand"), QStringLiteral("subject"), QStringLiteral("label"),
                            QStringLiteral("focus"), QStringLiteral("seconds"), QStringLiteral("question"),
                            QStringLiteral("extra")};

const QRegularExpression& slotPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    return re;
}

class Reader
{
public:
    JsonReader r;

    /// A list that must hold at least one pattern, each using only known slots.
    QStringList patterns(const Json& object, std::string_view key, const QString& prefix, bool required = true)
    {
        const QStringList out = r.stringList(object, key, prefix, required);
        const QString path = joinPath(prefix, key);
        if (required && out.isEmpty() && JsonReader::member(object, key))
            r.add(path, FieldErrorKind::Empty);
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QString itemPath = path + u'[' + QString::number(i) + u']';
            if (out.at(i).trimmed().isEmpty())
                r.add(itemPath, FieldErrorKind::Empty);
            for (const QString& slot : slotsOf(out.at(i))) {
                if (!kSlots.contains(slot))
                    r.add(itemPath, FieldErrorKind::NotOneOf, {slot, kSlots.join(QStringLiteral(", "))});
            }
        }
        return out;
    }

    QString text(const Json& object, std::string_view key, const QString& prefix)
    {
        const auto value = r.string(object, key, prefix, true);
        if (value && value->trimmed().isEmpty())
            r.add(joinPath(prefix, key), FieldErrorKind::Empty);
        return value.value_or(QString());
    }

    /// An object whose members are pattern lists: {"question": [...], ...}.
    QHash<QString, QStringList> patternMap(const Json& parent, std::string_view key, const QString& prefix)
    {
        QHash<QString, QStringList> out;
        const Json* object = r.object(parent, key, prefix, true);
        if (!object)
            return out;
        const QString path = joinPath(prefix, key);
        for (auto it = object->begin(); it != object->end(); ++it)
            out.insert(toQString(it.key()), patterns(*object, it.key(), path));
        return out;
    }
};

} // namespace

QStringList slotsOf(const QString& pattern)
{
    QStringList out;
    for (auto it = slotPattern().globalMatch(pattern); it.hasNext();)
        out.append(it.next().captured(1).toLower());
    return out;
}

QString capitalised(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetter()) {
            if (!c.isLower())
                return text;
            QString out = text;
            out.replace(i, 1, c.toUpper());
            return out;
        }
        if (c.isDigit())
            return text;
    }
    return text;
}

QString fillPattern(const QString& pattern, const QHash<QString, QString>& values)
{
    QString out;
    qsizetype last = 0;
    for (auto it = slotPattern().globalMatch(pattern); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        const QString value = values.value(name.toLower());
        if (value.isEmpty())
            return {};
        out += QStringView(pattern).mid(last, m.capturedStart() - last);
        out += name.at(0).isUpper() ? capitalised(value) : value;
        last = m.capturedEnd();
    }
    out += QStringView(pattern).mid(last);
    return out;
}

Result<ComposerTemplates> ComposerTemplates::fromJson(const QByteArray& json)
{
    Reader in;
    JsonReader& r = in.r;
    const auto doc = parseDocument(json, r);
    ComposerTemplates t;
    if (!doc || !r.isObject(*doc, QString()))
        return Error::invalid(r.errors);
    const auto version = r.integer(*doc, "format_version", QString(), true);
    if (version && *version > kFormatVersion)
        return Error::make(ErrorCode::FormatTooNew, {QStringLiteral("the composer templates"),
                                                     QString::number(*version), QString::number(kFormatVersion)});
    const auto format = r.string(*doc, "format", QString(), true);
    if (format && *format != u"reelstudio.composer")
        r.add(QStringLiteral("format"), FieldErrorKind::NotOneOf, {*format, QStringLiteral("reelstudio.composer")});
    t.language = in.text(*doc, "language", QString());

    t.hooks = in.patternMap(*doc, "hooks", QString());
    t.topicHooks = in.patternMap(*doc, "topic_hooks", QString());
    if (const Json* body = r.object(*doc, "body", QString(), true)) {
        const QString p = QStringLiteral("body");
        t.painSentences = in.patterns(*body, "pain", p);
        t.topicSentences = in.patterns(*body, "topic", p);
        t.offerSentences = in.patterns(*body, "offer", p);
        t.develop = in.patterns(*body, "develop", p);
        t.bridges = in.patterns(*body, "bridge", p);
        t.offerExtras = in.patterns(*body, "offer_extra", p);
    }
    t.emotions = in.patternMap(*doc, "emotions", QString());
    if (const Json* voices = r.object(*doc, "voices", QString(), true)) {
        for (auto it = voices->begin(); it != voices->end(); ++it) {
            const QString voice = toQString(it.key());
            const QString p = QStringLiteral("voices.") + voice;
            if (!r.isObject(it.value(), p))
                continue;
            t.voiceBody.insert(voice, in.patterns(it.value(), "body", p));
            t.voiceCaption.insert(voice, in.patterns(it.value(), "caption", p));
        }
    }
    if (const Json* ctas = r.object(*doc, "ctas", QString(), true)) {
        for (auto it = ctas->begin(); it != ctas->end(); ++it)
            t.ctas.insert(toQString(it.key()), in.patternMap(*ctas, it.key(), QStringLiteral("ctas")));
    }
    t.ctaExtensions = in.patterns(*doc, "cta_extension", QString());
    t.offerCtas = in.patternMap(*doc, "cta_offer", QString());
    t.captions = in.patterns(*doc, "captions", QString());
    t.thumbnails = in.patternMap(*doc, "thumbnails", QString());
    if (const Json* overlays = r.object(*doc, "overlays", QString(), true)) {
        for (auto it = overlays->begin(); it != overlays->end(); ++it)
            t.overlays.insert(toQString(it.key()), in.text(*overlays, it.key(), QStringLiteral("overlays")));
    }
    if (const Json* visuals = r.object(*doc, "visuals", QString(), true)) {
        const QString p = QStringLiteral("visuals");
        t.hookVisuals = in.patterns(*visuals, "hook", p);
        t.bodyVisuals = in.patterns(*visuals, "body", p);
        t.ctaVisuals = in.patterns(*visuals, "cta", p);
    }
    if (const Json* sectors = r.object(*doc, "sectors", QString(), true)) {
        for (auto it = sectors->begin(); it != sectors->end(); ++it) {
            const QString id = toQString(it.key());
            const QString p = QStringLiteral("sectors.") + id;
            if (!r.isObject(it.value(), p))
                continue;
            SectorPhrases s;
            s.label = in.text(it.value(), "label", p);
            s.subject = in.text(it.value(), "subject", p);
            s.pains = in.patterns(it.value(), "pains", p);
            s.offer = in.text(it.value(), "offer", p);
            s.benefits = in.patterns(it.value(), "benefits", p);
            s.hashtags = in.patterns(it.value(), "hashtags", p);
            s.visuals = in.patterns(it.value(), "visuals", p);
            t.sectors.insert(id, s);
        }
    }

    // What every fallback relies on.
    const auto require = [&](bool present, const QString& path) {
        if (!present)
            r.add(path, FieldErrorKind::Missing);
    };
    require(t.hooks.contains(QStringLiteral("generic")), QStringLiteral("hooks.generic"));
    require(t.thumbnails.contains(QStringLiteral("generic")), QStringLiteral("thumbnails.generic"));
    require(t.topicHooks.contains(QStringLiteral("generic")), QStringLiteral("topic_hooks.generic"));
    require(t.sectors.contains(QStringLiteral("generic")), QStringLiteral("sectors.generic"));
    for (const QString& group :
         {QStringLiteral("awareness"), QStringLiteral("engagement"), QStringLiteral("conversion")}) {
        require(t.ctas.value(QStringLiteral("direct")).contains(group), QStringLiteral("ctas.direct.") + group);
        require(t.overlays.contains(group), QStringLiteral("overlays.") + group);
    }
    if (!r.errors.isEmpty())
        return Error::invalid(r.errors);
    return t;
}

const ComposerTemplates* ComposerTemplates::builtIn(const QString& language)
{
    // Loaded once for every language; a damaged compiled-in file is a build defect.
    static const QHash<QString, ComposerTemplates> all = [] {
        QHash<QString, ComposerTemplates> out;
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                    QStringLiteral("de"), QStringLiteral("hi"), QStringLiteral("ja")}) {
            QFile file(QStringLiteral(":/reelstudio/composer/composer_%1.json").arg(lang));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            auto parsed = fromJson(file.readAll());
            if (!parsed)
                qFatal("The built-in composer templates for %s are invalid: %s", qPrintable(lang),
                       qPrintable(parsed.error().toEnglish()));
            out.insert(lang, std::move(parsed).value());
        }
        return out;
    }();
    const auto it = all.constFind(language);
    return it == all.cend() ? nullptr : &it.value();
}

const SectorPhrases& ComposerTemplates::sector(const QString& id) const
{
    const auto it = sectors.constFind(id.trimmed().toLower());
    return it != sectors.cend() ? it.value() : *sectors.constFind(QStringLiteral("generic"));
}

QStringList ComposerTemplates::hooksFor(const QString& hookType) const
{
    return hooks.value(hookType.trimmed().toLower(), hooks.value(QStringLiteral("generic")));
}

QStringList ComposerTemplates::topicHooksFor(const QString& hookType) const
{
    return topicHooks.value(hookType.trimmed().toLower()) + topicHooks.value(QStringLiteral("generic"));
}

QStringList ComposerTemplates::thumbnailsFor(const QString& hookType) const
{
    return thumbnails.value(hookType.trimmed().toLower(), thumbnails.value(QStringLiteral("generic")));
}

} // namespace reel::detail
