// The offline composer: every sector × hook type × length gives a script the real Validator
// accepts, in every language; the brand's bans and required hashtags hold; the same inputs give
// the same script and variants differ; the request's CTA and topic are used; hostile input gives a
// valid script or a clear error.

#include "ComposerBrands.h"
#include "catalog/Catalog.h"
#include "generate/ComposerTemplates.h"
#include "generate/OfflineComposer.h"
#include "text/Segmenter.h"
#include "validate/RulePack.h"
#include "validate/Validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <vector>

using namespace reel;

using namespace composertest;

namespace {

ComposerOptions options()
{
    ComposerOptions o;
    o.date = kToday;
    return o;
}

ValidationReport check(const BrandProfile& profile, const ScriptRequest& request, const ReelScript& script)
{
    ValidationContext c;
    c.profile = profile;
    c.request = request;
    c.date = kToday;
    return Validator(c).validate(script);
}

QString describe(const ValidationReport& report, Severity atLeast)
{
    QStringList lines;
    for (const Finding& f : report.findings) {
        if (f.severity <= atLeast)
            lines.append(severityKey(f.severity) + u' ' + f.ruleId + QStringLiteral(": ") + f.toEnglish());
    }
    return lines.join(u'\n');
}

QString dump(const ReelScript& s)
{
    QStringList shots;
    for (const Shot& shot : s.shots)
        shots.append(
                QStringLiteral("[%1-%2] %3 | %4").arg(shot.startS).arg(shot.endS).arg(shot.visual, shot.voiceover));
    return QStringList{QStringLiteral("hook: ") + s.hook,
                       QStringLiteral("body: ") + s.body,
                       QStringLiteral("cta: ") + s.cta,
                       QStringLiteral("caption: ") + s.caption,
                       QStringLiteral("hashtags: ") + s.hashtags.join(u' '),
                       QStringLiteral("on screen: ") + s.onScreenText.join(QStringLiteral(" / ")),
                       QStringLiteral("thumbnail: ") + s.thumbnailText,
                       QStringLiteral("shots:\n  ") + shots.join(QStringLiteral("\n  "))}
            .join(u'\n');
}

/// Every text of the script a viewer or the team would read (hashtags apart).
QString allText(const ReelScript& s)
{
    QStringList parts = {s.hook, s.body, s.cta, s.caption, s.thumbnailText};
    parts += s.onScreenText;
    for (const Shot& shot : s.shots)
        parts += {shot.visual, shot.voiceover};
    return parts.join(u'\n');
}

bool containsWord(const QString& text, const QString& word, const QString& language)
{
    if (language == u"ja")
        return text.contains(word, Qt::CaseInsensitive);
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])") + QRegularExpression::escape(word)
                                        + QStringLiteral("(?![\\p{L}\\p{N}])"),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

/// The bundled library (compiled into reel_core), as retrieval would hand it over.
const QList<Example>& bundledExamples()
{
    static const QList<Example> all = [] {
        QList<Example> out;
        const QDir dir(QStringLiteral(":/reelstudio/examples"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")})) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonArray items = QJsonDocument::fromJson(f.readAll()).object().value(u"examples").toArray();
            for (const QJsonValue& v : items) {
                const QJsonObject o = v.toObject();
                Example e;
                e.language = o.value(u"language").toString();
                e.sector = o.value(u"sector").toString();
                e.hookType = o.value(u"hook_type").toString();
                e.script.hook = o.value(u"hook").toString();
                e.script.body = o.value(u"body").toString();
                e.script.cta = o.value(u"cta").toString();
                e.script.caption = o.value(u"caption").toString();
                for (const QJsonValue& tag : o.value(u"hashtags").toArray())
                    e.script.hashtags.append(tag.toString());
                out.append(e);
            }
        }
        return out;
    }();
    return all;
}

QList<Example> examplesFor(const QString& language, const QString& sector)
{
    QList<Example> out;
    for (const Example& e : bundledExamples()) {
        if (e.language == language && e.sector == sector)
            out.append(e);
    }
    return out;
}

/// The checks every composed script must pass; returns an empty string or what failed.
QString problemsOf(const BrandProfile& profile, const ScriptRequest& request, const QString& language,
                   const QList<Example>& examples, const ReelScript& script)
{
    QStringList problems;
    const ValidationReport report = check(profile, request, script);
    if (report.hasErrors())
        problems.append(QStringLiteral("validator errors:\n") + describe(report, Severity::Error));
    const QString text = allText(script);
    for (const QString& word : profile.doNotUse + profile.competitors) {
        if (containsWord(text, word, language))
            problems.append(QStringLiteral("uses the banned word or competitor \"%1\"").arg(word));
        QString bare = word.toCaseFolded();
        bare.remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]")));
        for (const QString& tag : script.hashtags) {
            if (tag.toCaseFolded().contains(bare) && !profile.requiredHashtags.contains(tag, Qt::CaseInsensitive))
                problems.append(QStringLiteral("hashtag %1 holds \"%2\"").arg(tag, word));
        }
    }
    for (const QString& tag : profile.requiredHashtags) {
        if (!script.hashtags.contains(tag, Qt::CaseInsensitive))
            problems.append(QStringLiteral("required hashtag %1 missing").arg(tag));
    }
    if (report.hashtagCount > report.hashtagCap || script.hashtags.size() > 5)
        problems.append(QStringLiteral("%1 hashtags, cap %2").arg(report.hashtagCount).arg(report.hashtagCap));
    for (const Example& e : examples) {
        for (const QString& field : {e.script.hook, e.script.body, e.script.cta, e.script.caption}) {
            for (const text::Span& s : text::Segmenter::sentences(field, language)) {
                const QString sentence = field.mid(s.start, s.length);
                if (text::Segmenter::words(sentence, language).size() >= 4 && text.contains(sentence))
                    problems.append(QStringLiteral("copies the example sentence \"%1\"").arg(sentence));
            }
        }
    }
    if (script.shots.isEmpty() || script.onScreenText.isEmpty() || script.thumbnailText.isEmpty())
        problems.append(QStringLiteral("shots, on-screen text or thumbnail missing"));
    double end = 0;
    for (const Shot& shot : script.shots) {
        if (shot.startS < end - 1e-9 || shot.endS <= shot.startS || shot.voiceover.isEmpty())
            problems.append(QStringLiteral("shot timing out of order at %1 s").arg(shot.startS));
        end = shot.endS;
    }
    if (!checkScript(script).isEmpty())
        problems.append(QStringLiteral("checkScript refuses the shots"));
    if (!problems.isEmpty())
        problems.append(QStringLiteral("script:\n") + dump(script));
    return problems.join(u'\n');
}

/// Composes with the fixed test date; fails the calling test when the composer refuses.
ReelScript composed(const BrandProfile& profile, const ScriptRequest& request, const QList<Example>& examples = {},
                    int variant = 0)
{
    const auto script = OfflineComposer(options()).compose(profile, request, examples, variant);
    if (!script.ok())
        qWarning().noquote() << script.error().toEnglish();
    return script.ok() ? script.value() : ReelScript();
}

/// The first two words of a phrase (the part of an offer any script naming it repeats).
QString firstWords(const QString& phrase)
{
    return phrase.section(u' ', 0, 1).remove(u',');
}

QStringList errorPaths(const Error& error)
{
    QStringList paths;
    for (const FieldError& f : error.fields)
        paths.append(f.path);
    return paths;
}

ScriptRequest fitnessRequest(int seconds = 30, const QString& hookType = QStringLiteral("question"))
{
    return requestFor(englishBrand(QStringLiteral("fitness")), hookType, seconds, QStringLiteral("english"),
                      QStringLiteral("inspiration"));
}

BrandProfile fitnessProfile()
{
    return profileOf(englishBrand(QStringLiteral("fitness")));
}
} // namespace

class TestOfflineComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void templatesCoverTheCatalog_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& id : Catalog::builtIn().ids(CatalogKind::Language))
            QTest::newRow(qPrintable(id)) << id;
    }

    void templatesCoverTheCatalog()
    {
        QFETCH(QString, language);
        const detail::ComposerTemplates* t = detail::ComposerTemplates::builtIn(language);
        QVERIFY2(t, "no composer templates for this language");
        QCOMPARE(t->language, language);
        const Catalog& catalog = Catalog::builtIn();
        for (const QString& id : catalog.ids(CatalogKind::HookType)) {
            QVERIFY2(t->hooks.value(id).size() >= 3, qPrintable(QStringLiteral("hooks.") + id));
            QVERIFY2(!t->thumbnails.value(id).isEmpty(), qPrintable(QStringLiteral("thumbnails.") + id));
        }
        for (const QString& id : catalog.ids(CatalogKind::Sector)) {
            QVERIFY2(t->sectors.contains(id), qPrintable(QStringLiteral("sectors.") + id));
            QVERIFY2(t->sectors.value(id).hashtags.size() >= 3, qPrintable(QStringLiteral("sectors.") + id));
        }
        for (const QString& id : catalog.ids(CatalogKind::Emotion))
            QVERIFY2(!t->emotions.value(id).isEmpty(), qPrintable(QStringLiteral("emotions.") + id));
        for (const QString& id : catalog.ids(CatalogKind::Voice)) {
            QVERIFY2(!t->voiceBody.value(id).isEmpty(), qPrintable(QStringLiteral("voices.") + id));
            QVERIFY2(!t->voiceCaption.value(id).isEmpty(), qPrintable(QStringLiteral("voices.") + id));
        }
        for (const QString& style : catalog.ids(CatalogKind::CtaStyle)) {
            for (const QString& group :
                 {QStringLiteral("awareness"), QStringLiteral("engagement"), QStringLiteral("conversion")})
                QVERIFY2(t->ctas.value(style).value(group).size() >= 2,
                         qPrintable(QStringLiteral("ctas.%1.%2").arg(style, group)));
        }
    }

    void templateFileProblemsAreReported()
    {
        const auto parsed = detail::ComposerTemplates::fromJson(
                "{\"format\": \"reelstudio.composer\", \"format_version\": 1, \"language\": \"en\", "
                "\"hooks\": {\"generic\": [\"{Pain}? Look at {nonsense}.\"]}}");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QStringList paths;
        for (const FieldError& f : parsed.error().fields)
            paths.append(f.path);
        QVERIFY2(paths.contains(QStringLiteral("hooks.generic[0]")), qPrintable(paths.join(u' ')));
        QVERIFY2(paths.contains(QStringLiteral("body")), qPrintable(paths.join(u' ')));
        const auto newer = detail::ComposerTemplates::fromJson(
                "{\"format\": \"reelstudio.composer\", \"format_version\": 9}");
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, ErrorCode::FormatTooNew);
    }

    void englishEverySectorHookAndLength_data()
    {
        QTest::addColumn<QString>("sector");
        QTest::addColumn<QString>("hookType");
        QTest::addColumn<int>("seconds");
        const Catalog& catalog = Catalog::builtIn();
        for (const QString& sector : catalog.ids(CatalogKind::Sector)) {
            for (const QString& hook : catalog.ids(CatalogKind::HookType)) {
                for (int seconds : {15, 30, 60})
                    QTest::addRow("%s/%s/%ds", qPrintable(sector), qPrintable(hook), seconds)
                            << sector << hook << seconds;
            }
        }
    }

    void englishEverySectorHookAndLength()
    {
        QFETCH(QString, sector);
        QFETCH(QString, hookType);
        QFETCH(int, seconds);
        const BrandRow row = englishBrand(sector);
        const BrandProfile profile = profileOf(row);
        const QStringList emotions = Catalog::builtIn().ids(CatalogKind::Emotion);
        const QString emotion = emotions.at((qHash(hookType) + seconds) % emotions.size());
        const ScriptRequest request = requestFor(row, hookType, seconds, QStringLiteral("english"), emotion);
        const QList<Example> examples = examplesFor(QStringLiteral("en"), sector);
        const auto script = OfflineComposer(options()).compose(profile, request, examples);
        QVERIFY2(script.ok(), qPrintable(script.ok() ? QString() : script.error().toEnglish()));
        const QString problems = problemsOf(profile, request, QStringLiteral("en"), examples, script.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void otherLanguages_data()
    {
        QTest::addColumn<int>("brand");
        QTest::addColumn<QString>("hookType");
        QTest::addColumn<int>("seconds");
        for (qsizetype i = 0; i < otherBrands().size(); ++i) {
            const LanguageBrand& b = otherBrands().at(i);
            for (const QString& hook : Catalog::builtIn().ids(CatalogKind::HookType)) {
                for (int seconds : {15, 30, 60})
                    QTest::addRow("%s/%s/%s/%ds", b.language, b.row.sector, qPrintable(hook), seconds)
                            << static_cast<int>(i) << hook << seconds;
            }
        }
    }

    void otherLanguages()
    {
        QFETCH(int, brand);
        QFETCH(QString, hookType);
        QFETCH(int, seconds);
        const LanguageBrand& b = otherBrands().at(brand);
        const QString language = QString::fromUtf8(b.language);
        const BrandProfile profile = profileOf(b.row);
        const QStringList emotions = Catalog::builtIn().ids(CatalogKind::Emotion);
        const QString emotion = emotions.at((qHash(hookType) + seconds + brand) % emotions.size());
        const ScriptRequest request = requestFor(b.row, hookType, seconds, language, emotion);
        const QList<Example> examples = examplesFor(language, profile.sector);
        const auto script = OfflineComposer(options()).compose(profile, request, examples);
        QVERIFY2(script.ok(), qPrintable(script.ok() ? QString() : script.error().toEnglish()));
        const QString problems = problemsOf(profile, request, language, examples, script.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void sameInputsGiveTheSameScript_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("brand");
        QTest::newRow("en") << "en" << -1;
        for (qsizetype i = 0; i < otherBrands().size(); i += 3)
            QTest::newRow(otherBrands().at(i).language)
                    << QString::fromUtf8(otherBrands().at(i).language) << static_cast<int>(i);
    }

    void sameInputsGiveTheSameScript()
    {
        QFETCH(QString, language);
        QFETCH(int, brand);
        const BrandRow row = brand < 0 ? englishBrand(QStringLiteral("fitness")) : otherBrands().at(brand).row;
        const BrandProfile profile = profileOf(row);
        const ScriptRequest request = requestFor(row, QStringLiteral("story"), 30, language,
                                                 QStringLiteral("inspiration"));
        const QList<Example> examples = examplesFor(language, profile.sector);
        const ReelScript first = composed(profile, request, examples, 1);
        QVERIFY(!first.hook.isEmpty());
        // A separate composer, a second call: the same script, field for field.
        const ReelScript second = composed(profile, request, examples, 1);
        QCOMPARE(second, first);
        QCOMPARE(OfflineComposer(options()).compose(profile, request, examples, 1).value(), first);
    }

    void variantsDiffer_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("brand");
        QTest::addColumn<int>("seconds");
        for (int seconds : {15, 30, 60}) {
            QTest::addRow("en/%ds", seconds) << "en" << -1 << seconds;
            for (qsizetype i = 1; i < otherBrands().size(); i += 3)
                QTest::addRow("%s/%ds", otherBrands().at(i).language, seconds)
                        << QString::fromUtf8(otherBrands().at(i).language) << static_cast<int>(i) << seconds;
        }
    }

    void variantsDiffer()
    {
        QFETCH(QString, language);
        QFETCH(int, brand);
        QFETCH(int, seconds);
        const BrandRow row = brand < 0 ? englishBrand(QStringLiteral("travel")) : otherBrands().at(brand).row;
        const BrandProfile profile = profileOf(row);
        const ScriptRequest request = requestFor(row, QStringLiteral("question"), seconds, language,
                                                 QStringLiteral("curiosity"));
        QList<ReelScript> scripts;
        for (int variant : {0, 1, 2}) {
            const ReelScript s = composed(profile, request, {}, variant);
            const QString problems = problemsOf(profile, request, language, {}, s);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
            scripts.append(s);
        }
        QVERIFY(scripts.at(0) != scripts.at(1));
        QVERIFY(scripts.at(1) != scripts.at(2));
        QVERIFY(scripts.at(0) != scripts.at(2));
        // Different wording, not only a different order of the same hashtags.
        QVERIFY(scripts.at(0).hook != scripts.at(1).hook || scripts.at(0).body != scripts.at(1).body);
    }

    void requestedCtaIsUsedVerbatim_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cta");
        QTest::newRow("en") << "english"
                            << "Book your free intro session today";
        QTest::newRow("es") << "es"
                            << "Reserva hoy tu primera clase gratis";
        QTest::newRow("ja") << "ja"
                            << "プロフィールのリンクから無料体験を予約してね";
    }

    void requestedCtaIsUsedVerbatim()
    {
        QFETCH(QString, language);
        QFETCH(QString, cta);
        const BrandProfile profile = fitnessProfile();
        ScriptRequest request = fitnessRequest(30);
        request.language = language;
        request.cta = cta;
        const ReelScript s = composed(profile, request);
        QCOMPARE(s.cta, cta);
        QCOMPARE(s.shots.constLast().voiceover, cta);
        QVERIFY2(!check(profile, request, s).hasErrors(),
                 qPrintable(describe(check(profile, request, s), Severity::Error)));
    }

    void tooShortRequestedCtaIsExtendedNotReplaced()
    {
        const BrandProfile profile = fitnessProfile();
        ScriptRequest request = fitnessRequest(30);
        request.cta = QStringLiteral("Book now");
        const ReelScript s = composed(profile, request);
        QVERIFY2(s.cta.startsWith(QStringLiteral("Book now")), qPrintable(s.cta));
        QVERIFY(s.cta.size() > request.cta.size());
        QVERIFY2(!check(profile, request, s).hasErrors(),
                 qPrintable(describe(check(profile, request, s), Severity::Error)));
    }

    void requestedCtaThatBreaksTheBrandIsRefused_data()
    {
        QTest::addColumn<QString>("cta");
        QTest::newRow("banned word") << "Grab the cheap starter plan today";
        QTest::newRow("competitor") << "Switch from GymGiant to us today";
        QTest::newRow("too long")
                << "Tap the link in our bio today and join thousands of busy parents who train at home "
                   "every single morning before work";
    }

    void requestedCtaThatBreaksTheBrandIsRefused()
    {
        QFETCH(QString, cta);
        ScriptRequest request = fitnessRequest(30);
        request.cta = cta;
        const auto result = OfflineComposer(options()).compose(fitnessProfile(), request, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(errorPaths(result.error()), QStringList{QStringLiteral("script_request.cta")});
    }

    void topicShapesTheScript()
    {
        const BrandProfile profile = profileOf(englishBrand(QStringLiteral("food")));
        ScriptRequest request = requestFor(englishBrand(QStringLiteral("food")), QStringLiteral("curiosity"), 30,
                                           QStringLiteral("english"), QStringLiteral("joy"));
        const ReelScript without = composed(profile, request);
        request.topic = QStringLiteral("Batch cooking for night-shift nurses");
        const ReelScript with = composed(profile, request);
        const QString topic = QStringLiteral("batch cooking for night-shift nurses");
        QVERIFY2(!allText(without).contains(topic, Qt::CaseInsensitive), qPrintable(dump(without)));
        QVERIFY2(with.body.contains(topic, Qt::CaseInsensitive), qPrintable(dump(with)));
        QVERIFY2(with.caption.contains(topic, Qt::CaseInsensitive), qPrintable(dump(with)));
        const QString problems = problemsOf(profile, request, QStringLiteral("en"), {}, with);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void profileShapesTheScript()
    {
        // The brand's own pain point and offer are what the hook and body talk about.
        const BrandProfile profile = fitnessProfile();
        const ReelScript s = composed(profile, fitnessRequest(30));
        const QString text = allText(s);
        QVERIFY2(text.contains(QStringLiteral("no time to train after work"), Qt::CaseInsensitive)
                         || text.contains(QStringLiteral("workouts that feel boring"), Qt::CaseInsensitive),
                 qPrintable(dump(s)));
        QVERIFY2(s.body.contains(QStringLiteral("12-week online coaching")), qPrintable(dump(s)));
        QVERIFY2(s.hook.contains(QStringLiteral("no time to train after work"), Qt::CaseInsensitive)
                         || s.hook.contains(QStringLiteral("workouts that feel boring"), Qt::CaseInsensitive),
                 qPrintable(s.hook));
    }

    void hostileInputGivesAValidScript_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("pains");
        QTest::addColumn<QString>("offer");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("brand");
        QTest::addColumn<QString>("sector");
        QTest::addColumn<QString>("hookType");
        QTest::addColumn<int>("seconds");
        const QString longTopic = QStringLiteral("how to plan a week of training around shift work ").repeated(38);
        const QStringList usual = {QStringLiteral("no time to train after work")};
        const QString offer = QStringLiteral("online coaching");
        const QString brand = QStringLiteral("PulseFit Studio");
        const QString fitness = QStringLiteral("fitness");
        const QString question = QStringLiteral("question");
        QTest::newRow("very long topic") << "en" << usual << offer << longTopic << brand << fitness << question << 30;
        QTest::newRow("emoji everywhere")
                << "en" << QStringList{QStringLiteral("🔥🔥🔥🔥 no energy 💪💪💪💪")} << QStringLiteral("💯 coaching 🚀")
                << QStringLiteral("🏋️‍♀️🏋️‍♀️🏋️‍♀️🏋️‍♀️🏋️‍♀️")
                << QStringLiteral("Pulse 💪 Fit") << fitness << question << 30;
        QTest::newRow("emoji only") << "en" << QStringList{QStringLiteral("😩😩")} << QStringLiteral("🙂")
                                    << QStringLiteral("🔥") << brand << fitness << QStringLiteral("story") << 15;
        QTest::newRow("arabic and hebrew")
                << "en" << QStringList{QStringLiteral("لا وقت للتمرين"), QStringLiteral("אין זמן להתאמן")}
                << QStringLiteral("تدريب عبر الإنترنت") << QStringLiteral("תוכנית אימונים לשבוע") << brand << fitness
                << QStringLiteral("relatable") << 30;
        QTest::newRow("empty pains and offer") << "en" << QStringList{} << QString() << QString() << brand << fitness
                                               << QStringLiteral("shocking") << 30;
        QTest::newRow("empty pains and offer, ja") << "ja" << QStringList{} << QString() << QString() << brand
                                                   << QStringLiteral("travel") << QStringLiteral("curiosity") << 15;
        QTest::newRow("pains only banned words")
                << "en" << QStringList{QStringLiteral("feeling lazy"), QStringLiteral("cheap gyms")} << offer
                << QString() << brand << fitness << QStringLiteral("statistic") << 30;
        QTest::newRow("brand name is a banned word")
                << "en" << usual << offer << QString() << QStringLiteral("Lazy Fat Cheap") << fitness
                << QStringLiteral("bold_claim") << 30;
        QTest::newRow("user sector and hook type") << "en" << usual << offer << QString() << brand
                                                   << QStringLiteral("woodworking") << QStringLiteral("listicle") << 30;
        QTest::newRow("control characters and hashtags")
                << "en" << QStringList{QStringLiteral("no\ttime\nto\r\ntrain #fail")} << QStringLiteral("coaching\a")
                << QStringLiteral("#mealprep #tips for busy weeks") << brand << fitness << question << 30;
        QTest::newRow("one very long pain point")
                << "en" << QStringList{QStringLiteral("never having enough time in the evening ").repeated(7)} << offer
                << QString() << brand << fitness << question << 15;
        QTest::newRow("shortest sensible length")
                << "en" << usual << offer << QString() << brand << fitness << QStringLiteral("story") << 12;
        QTest::newRow("three minutes") << "en" << usual << offer << QString() << brand << fitness << question << 180;
        QTest::newRow("three minutes, de")
                << "de" << usual << offer << QString() << brand << fitness << question << 180;
    }

    void hostileInputGivesAValidScript()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, pains);
        QFETCH(QString, offer);
        QFETCH(QString, topic);
        QFETCH(QString, brand);
        QFETCH(QString, sector);
        QFETCH(QString, hookType);
        QFETCH(int, seconds);
        BrandProfile profile = fitnessProfile();
        profile.brandName = brand;
        profile.sector = sector;
        profile.targetAudience.painPoints = pains;
        profile.offer = offer;
        ScriptRequest request = fitnessRequest(seconds, hookType);
        request.language = language;
        request.topic = topic;
        const auto result = OfflineComposer(options()).compose(profile, request, {});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toEnglish()));
        const QString problems = problemsOf(profile, request, language, {}, result.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(!result->hook.contains(u'\n') && !result->body.contains(u'\t') && !result->caption.contains(u'\a'));
    }

    void bannedWordsInTheTemplatesAreAvoided()
    {
        // A brand that bans words the templates like to use still gets a clean, valid script.
        BrandProfile profile = fitnessProfile();
        profile.doNotUse = {QStringLiteral("simple"), QStringLiteral("start"),   QStringLiteral("today"),
                            QStringLiteral("step"),   QStringLiteral("week"),    QStringLiteral("plan"),
                            QStringLiteral("save"),   QStringLiteral("training")};
        for (const QString& hook : Catalog::builtIn().ids(CatalogKind::HookType)) {
            const ScriptRequest request = fitnessRequest(30, hook);
            const auto result = OfflineComposer(options()).compose(profile, request, {});
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toEnglish()));
            const QString problems = problemsOf(profile, request, QStringLiteral("en"), {}, result.value());
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        }
    }

    void tooShortForAScriptIsAClearError()
    {
        const BrandProfile profile = fitnessProfile();
        const auto result = OfflineComposer(options()).compose(profile, fitnessRequest(5), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().fields.size(), 1);
        const FieldError& f = result.error().fields.constFirst();
        QCOMPARE(f.path, QStringLiteral("script_request.script_length"));
        QCOMPARE(f.kind, FieldErrorKind::OutOfRange);
        const int minimum = f.args.value(0).toInt();
        QVERIFY2(minimum > 5 && minimum <= 15, qPrintable(f.toEnglish()));
        // The length the error names works.
        const ScriptRequest enough = fitnessRequest(minimum);
        const auto retry = OfflineComposer(options()).compose(profile, enough, {});
        QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().toEnglish()));
        QVERIFY(!check(profile, enough, retry.value()).hasErrors());
    }

    void invalidInputIsAClearError_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<double>("ctaMin");
        QTest::addColumn<QString>("path");
        QTest::newRow("unsupported language") << "klingon" << QString() << -1.0 << "script_request.language";
        QTest::newRow("topic past the limit") << "english" << QStringLiteral("x").repeated(RequestLimits::kTopicMax + 1)
                                              << -1.0 << "script_request.topic";
        QTest::newRow("overrides no CTA can meet") << "english" << QString() << 40.0 << "script.cta";
    }

    void invalidInputIsAClearError()
    {
        QFETCH(QString, language);
        QFETCH(QString, topic);
        QFETCH(double, ctaMin);
        QFETCH(QString, path);
        BrandProfile profile = fitnessProfile();
        if (ctaMin > 0)
            profile.ruleOverrides.insert(QStringLiteral("cta.words.min"), ctaMin);
        ScriptRequest request = fitnessRequest(30);
        request.language = language;
        request.topic = topic;
        const auto result = OfflineComposer(options()).compose(profile, request, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(errorPaths(result.error()).contains(path), qPrintable(result.error().toEnglish()));
        QVERIFY(!result.error().toEnglish().isEmpty());
    }

    void languageNamesAndCodesBothWork()
    {
        const BrandProfile profile = fitnessProfile();
        ScriptRequest request = fitnessRequest(30);
        request.language = QStringLiteral("en");
        const ReelScript byCode = composed(profile, request);
        request.language = QStringLiteral("English");
        QCOMPARE(composed(profile, request), byCode);
        request.language = QStringLiteral("español");
        const ReelScript spanish = composed(profile, request);
        QVERIFY2(spanish.cta.contains(u'é') || spanish.cta.contains(QStringLiteral("hoy"))
                         || spanish.cta.contains(QStringLiteral("la bio")),
                 qPrintable(spanish.cta));
    }

    void brandHashtagCapIsRespected()
    {
        BrandProfile profile = profileOf(englishBrand(QStringLiteral("travel"))); // two required tags
        profile.ruleOverrides.insert(QStringLiteral("hashtags.max"), 3);
        const ScriptRequest request = requestFor(englishBrand(QStringLiteral("travel")), QStringLiteral("story"), 30,
                                                 QStringLiteral("english"), QStringLiteral("joy"));
        const ReelScript s = composed(profile, request, examplesFor(QStringLiteral("en"), QStringLiteral("travel")));
        QCOMPARE(s.hashtags.size(), 3);
        QVERIFY(s.hashtags.contains(QStringLiteral("#WanderLight")));
        QVERIFY(s.hashtags.contains(QStringLiteral("#CarryOnOnly")));
        QVERIFY(!check(profile, request, s).hasErrors());
        // Before 19 Dec 2025 the platform allowed 30; the composer still keeps to a few.
        ComposerOptions before = options();
        before.date = QDate(2025, 6, 1);
        profile.ruleOverrides.clear();
        const auto old = OfflineComposer(before).compose(profile, request, {});
        QVERIFY(old.ok());
        QVERIFY(old->hashtags.size() <= 5);
    }

    void writesAboutTheBriefNotTheSector_data()
    {
        // Every sector, with a brand and a topic from a corner of it the sector's phrase banks know
        // nothing about. `about`: words (stems) a script on this brief would say.
        QTest::addColumn<QString>("sector");
        QTest::addColumn<QString>("brand");
        QTest::addColumn<QString>("offer");
        QTest::addColumn<QStringList>("pains");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QStringList>("about");
        QTest::addColumn<QString>("hookType");
        QTest::addColumn<QString>("goal");
        const auto row = [](const char* sector, const char* brand, const char* offer,
                            const std::vector<const char*>& pains, const char* topic,
                            const std::vector<const char*>& about, const char* hook, const char* goal) {
            QTest::newRow(sector) << QString::fromUtf8(sector) << QString::fromUtf8(brand) << QString::fromUtf8(offer)
                                  << strings(pains) << QString::fromUtf8(topic) << strings(about)
                                  << QString::fromUtf8(hook) << QString::fromUtf8(goal);
        };
        row("food", "Lumen Coffee", "freshly roasted beans delivered weekly, first bag free", {},
            "Why a weekly fresh roast beats supermarket coffee; first bag free", {"coffee", "roast", "bean"},
            "question", "awareness");
        row("fitness", "CoreFlow Studio", "reformer pilates classes for beginners, first class free",
            {"a stiff lower back from sitting all day"}, "Pilates for a stronger back after 40", {"pilates", "back"},
            "bold_claim", "conversion");
        row("finance", "Evergreen Pensions", "pension consolidation advice, free first review", {},
            "Why your old workplace pensions belong in one pot", {"pension"}, "curiosity", "awareness");
        row("fashion", "Indigo Archive", "restored vintage denim jackets", {"jeans that lose their shape"},
            "How to spot quality vintage denim at a flea market", {"denim", "vintage", "jeans"}, "relatable",
            "engagement");
        row("beauty", "Polish Lab", "gel-free nail treatments, first manicure half price", {},
            "Why your nails peel after gel polish", {"nail", "manicure", "polish"}, "shocking", "conversion");
        row("productivity", "Inbox Calm", "an email triage course", {"hundreds of unread emails"},
            "Clear your email inbox in ten minutes a day", {"email", "inbox"}, "statistic", "lead_generation");
        row("pets", "Whisker Works", "indoor cat enrichment boxes", {"a cat that scratches the furniture"},
            "Why indoor cats scratch the sofa, and what to give them instead", {"cat", "scratch"}, "story",
            "awareness");
        row("education", "Hola Ahora", "Spanish conversation classes online", {"freezing when you have to speak"},
            "How adults can learn Spanish by speaking ten minutes a day", {"spanish", "speak"}, "question",
            "education");
        row("wellness", "Night Harbour", "a guided sleep audio library", {"lying awake at 3 am"},
            "Why scrolling in bed keeps you awake", {"sleep", "awake", "bed"}, "curiosity", "awareness");
        row("technology", "Homewire", "smart thermostat installation", {"heating bills that keep climbing"},
            "How a smart thermostat cuts your heating bill", {"thermostat", "heating", "smart"}, "bold_claim",
            "conversion");
        row("travel", "Trailhead Gear", "lightweight camping gear rental, first weekend half price", {},
            "Why your first wild camping trip needs less gear than you think", {"camping", "gear"}, "relatable",
            "awareness");
        row("real_estate", "Keyway Mortgages", "mortgage broker consultations, first call free",
            {"not knowing which mortgage rate to choose"}, "How to compare fixed and variable mortgage rates",
            {"mortgage", "rate"}, "question", "launch");
    }

    void writesAboutTheBriefNotTheSector()
    {
        QFETCH(QString, sector);
        QFETCH(QString, brand);
        QFETCH(QString, offer);
        QFETCH(QStringList, pains);
        QFETCH(QString, topic);
        QFETCH(QStringList, about);
        QFETCH(QString, hookType);
        QFETCH(QString, goal);
        BrandProfile profile;
        profile.brandName = brand;
        profile.sector = sector;
        profile.offer = offer;
        profile.targetAudience.painPoints = pains;
        profile.brandVoice = {QStringLiteral("friendly")};
        ScriptRequest request;
        request.goal = goal;
        request.hookType = hookType;
        request.emotion = QStringLiteral("curiosity");
        request.scriptLength = 30;
        request.language = QStringLiteral("english");
        request.topic = topic;
        const QList<Example> examples = examplesFor(QStringLiteral("en"), sector);
        const ReelScript s = composed(profile, request, examples);
        QVERIFY(!s.hook.isEmpty());
        const auto says = [&](const QString& text) {
            return std::any_of(about.cbegin(), about.cend(),
                               [&](const QString& w) { return text.contains(w, Qt::CaseInsensitive); });
        };
        QVERIFY2(says(s.hook), qPrintable(dump(s)));
        QVERIFY2(says(s.body), qPrintable(dump(s)));
        QVERIFY2(std::any_of(s.hashtags.cbegin(), s.hashtags.cend(), says), qPrintable(dump(s)));
        // The brand's offer is named, and the sector's own tips and tags stay out.
        const QString offerHead = firstWords(offer);
        QVERIFY2(allText(s).contains(offerHead, Qt::CaseInsensitive), qPrintable(dump(s)));
        const detail::SectorPhrases& bank = detail::ComposerTemplates::builtIn(QStringLiteral("en"))->sector(sector);
        for (const QString& tip : bank.benefits)
            QVERIFY2(!s.body.contains(tip) || says(tip), qPrintable(dump(s)));
        for (const QString& tag : s.hashtags)
            QVERIFY2(says(tag) || tag.contains(brand.section(u' ', 0, 0), Qt::CaseInsensitive), qPrintable(dump(s)));
        // The Validator agrees: on the brief, no errors, and the shots fit the Reel.
        const ValidationReport report = check(profile, request, s);
        QVERIFY2(std::none_of(report.findings.cbegin(), report.findings.cend(),
                              [](const Finding& f) { return f.ruleId.startsWith(u"relevance."); }),
                 qPrintable(describe(report, Severity::Warning)));
        const QString problems = problemsOf(profile, request, QStringLiteral("en"), examples, s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY2(s.shots.constLast().endS <= request.scriptLength, qPrintable(dump(s)));
    }

    void aLongTopicIsNeverCutMidPhrase()
    {
        const BrandProfile profile = fitnessProfile();
        ScriptRequest request = fitnessRequest(30);
        request.topic = QStringLiteral("Busy parents can train at home in 15 minutes a day with no equipment. "
                                       "Angle: cancel the gym you never use.");
        const ReelScript s = composed(profile, request);
        // Each clause whole, as its own sentence, or not at all; never "…in 15 minutes a."
        QVERIFY2(s.body.contains(QStringLiteral("Busy parents can train at home in 15 minutes a day with no equipment"),
                                 Qt::CaseInsensitive),
                 qPrintable(dump(s)));
        QVERIFY2(s.body.contains(QStringLiteral("Cancel the gym you never use.")), qPrintable(dump(s)));
        QVERIFY2(!allText(s).contains(QStringLiteral("Angle")), qPrintable(dump(s)));
        QVERIFY2(!allText(s).contains(QStringLiteral("minutes a.")), qPrintable(dump(s)));
        QVERIFY2(problemsOf(profile, request, QStringLiteral("en"), {}, s).isEmpty(), qPrintable(dump(s)));
    }

    void profileTextInAnotherLanguageIsNotPasted()
    {
        // An English profile, a Japanese script: the brand's English pains and offer are not
        // pasted in; the Japanese phrase banks stand in for them, and the brand's name stays.
        BrandProfile profile = fitnessProfile();
        profile.brandName = QStringLiteral("FitLife Pro");
        profile.offer = QStringLiteral("AI-powered home workout plans for busy parents");
        profile.targetAudience.painPoints = {QStringLiteral("expensive gym memberships")};
        for (const int seconds : {15, 30, 60}) {
            ScriptRequest request = fitnessRequest(seconds);
            request.language = QStringLiteral("japanese");
            const ReelScript s = composed(profile, request);
            QVERIFY2(!s.hook.isEmpty(), "no script");
            const QString text = allText(s);
            for (const QString& english : {QStringLiteral("expensive"), QStringLiteral("AI-powered"),
                                           QStringLiteral("workout"), QStringLiteral("busy")})
                QVERIFY2(!text.contains(english, Qt::CaseInsensitive), qPrintable(dump(s)));
            const ValidationReport report = check(profile, request, s);
            QVERIFY2(std::none_of(report.findings.cbegin(), report.findings.cend(),
                                  [](const Finding& f) { return f.code == u"other_language"; }),
                     qPrintable(describe(report, Severity::Warning)));
            QVERIFY2(problemsOf(profile, request, QStringLiteral("ja"), {}, s).isEmpty(), qPrintable(dump(s)));
        }
    }

    void examplesLendHashtagsButNoText()
    {
        // A brand with nothing more specific than its sector: the retrieved examples of that sector
        // lend the tags they share.
        BrandProfile sectorOnly = fitnessProfile();
        sectorOnly.offer.clear();
        sectorOnly.targetAudience.painPoints.clear();
        const ScriptRequest request = fitnessRequest(30, QStringLiteral("story"));
        const ReelScript plain = composed(sectorOnly, request);
        QVERIFY(!plain.hashtags.contains(QStringLiteral("#kettlebellclub")));

        Example a;
        a.language = QStringLiteral("en");
        a.sector = QStringLiteral("fitness");
        a.script.hook = QStringLiteral("Swing it, don't squat it.");
        a.script.body = plain.body; // the composer's own body, word for word, as if it were a library script
        a.script.hashtags = {QStringLiteral("#kettlebellclub"), QStringLiteral("#followforfollow"),
                             QStringLiteral("#homeworkouts")};
        Example b = a;
        b.script.body = QStringLiteral("Hinge at the hips and let the bell float.");
        b.script.hashtags = {QStringLiteral("#kettlebellclub"), QStringLiteral("#homeworkouts")};
        Example otherSector = a;
        otherSector.sector = QStringLiteral("finance");
        otherSector.script.hashtags = {QStringLiteral("#compoundinterest"), QStringLiteral("#compoundinterest")};
        const QList<Example> examples = {a, b, otherSector};
        const ReelScript s = composed(sectorOnly, request, examples);
        QVERIFY2(s.hashtags.contains(QStringLiteral("#kettlebellclub")), qPrintable(s.hashtags.join(u' ')));
        QVERIFY(!s.hashtags.contains(QStringLiteral("#followforfollow"))); // banned by the rule pack
        QVERIFY(!s.hashtags.contains(QStringLiteral("#compoundinterest")));
        // No sentence of an example is copied, not even one the composer would have written itself.
        const QString problems = problemsOf(sectorOnly, request, QStringLiteral("en"), examples, s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(s.body != plain.body);

        // With the brand's own offer ("…home workouts…") only tags that name it are borrowed.
        const ReelScript withOffer = composed(fitnessProfile(), request, examples);
        QVERIFY2(withOffer.hashtags.contains(QStringLiteral("#homeworkouts")),
                 qPrintable(withOffer.hashtags.join(u' ')));
        QVERIFY2(!withOffer.hashtags.contains(QStringLiteral("#kettlebellclub")),
                 qPrintable(withOffer.hashtags.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestOfflineComposer)
#include "tst_offlinecomposer.moc"
