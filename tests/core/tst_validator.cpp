// The validation rules, table by table: what each flags, exactly where, what it leaves alone
// (the false-positive guards), and that its quick fix removes the finding.

#include "rag/ExampleLibrary.h"
#include "validate/RulePack.h"
#include "validate/Validator.h"

#include <QTest>

#include <algorithm>

using namespace reel;

namespace {

ValidationContext context(const QString& language = QStringLiteral("en"))
{
    ValidationContext c;
    c.profile.brandName = QStringLiteral("FitLife Studio");
    c.profile.sector = QStringLiteral("fitness");
    c.profile.brandVoice = {};
    c.profile.ctaStyle = QStringLiteral("direct");
    c.profile.doNotUse = {QStringLiteral("fat"), QStringLiteral("lazy"), QStringLiteral("cheap deals")};
    c.request.goal = QStringLiteral("conversion");
    c.request.hookType = QStringLiteral("question");
    c.request.emotion = QStringLiteral("excitement");
    c.request.scriptLength = 30;
    c.language = language;
    c.date = QDate(2026, 11, 25);
    return c;
}

// A script that passes every error-level rule in English: the base each test spoils one way.
ReelScript goodScript()
{
    ReelScript s;
    s.hook = QStringLiteral("Still skipping workouts?");
    s.body = QStringLiteral(
            "Most people think fitness needs an hour at the gym. It does not. Our fifteen minute home routines fit "
            "between meetings and build real strength. You only need a mat and a little space. Press play, follow the "
            "coach, and feel the difference in a week. Thousands of busy parents already train this way every "
            "morning before work.");
    s.cta = QStringLiteral("Start your free trial today");
    s.caption = QStringLiteral("Fifteen minutes, no gym, no excuses. Your living room is ready when you are. "
                               "Tap the link in bio to start.");
    s.hashtags = {QStringLiteral("#HomeWorkout"), QStringLiteral("#FitLife")};
    return s;
}

QList<Finding> withRule(const QList<Finding>& all, const QString& ruleId)
{
    QList<Finding> out;
    for (const Finding& f : all) {
        if (f.ruleId == ruleId)
            out.append(f);
    }
    return out;
}

QStringList spanTexts(const QList<Finding>& findings, const QString& text)
{
    QStringList out;
    for (const Finding& f : findings) {
        for (const text::Span& s : f.spans)
            out.append(text.mid(s.start, s.length));
    }
    return out;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void everyQuickFixRemovesItsProblemAndBringsNoError()
    {
        // Property over every bundled example, spoiled in the ways the fixes address: each fix
        // offered removes its own finding and leaves no more errors than there were.
        int fixesChecked = 0;
        for (const Example& e : ExampleLibrary::bundledExamples()) {
            ValidationContext c = context(e.language);
            c.profile.sector = e.sector;
            c.request.hookType = e.hookType;
            c.request.scriptLength = e.scriptLength > 0 ? e.scriptLength : 30;
            const Validator v(c);
            ReelScript s = e.script;
            // Spoil it: a banned word, shouting, "!!!", a hashtag without its #, one with a comma.
            s.body += QStringLiteral(" No lazy days!!! THIS IS HUGE NEWS FOR EVERYONE.");
            s.hook += QStringLiteral(" fat");
            s.hashtags += {QStringLiteral("fitness"), QStringLiteral("#home,gym"), QStringLiteral("2026")};
            const ValidationReport report = v.validate(s);
            const int errors = report.count(Severity::Error);
            for (const Finding& f : report.findings) {
                if (!f.fix)
                    continue;
                ReelScript fixed = s;
                Validator::apply(fixed, *f.fix);
                const ValidationReport after = v.validate(fixed);
                const auto same = [&](const Finding& g) {
                    return g.ruleId == f.ruleId && g.code == f.code && g.args == f.args && g.field == f.field;
                };
                QVERIFY2(std::count_if(after.findings.cbegin(), after.findings.cend(), same)
                                 < std::count_if(report.findings.cbegin(), report.findings.cend(), same),
                         qPrintable(e.bundledId + u' ' + f.toEnglish()));
                QVERIFY2(after.count(Severity::Error) <= errors, qPrintable(e.bundledId + u' ' + f.toEnglish()));
                ++fixesChecked;
            }
        }
        QVERIFY(fixesChecked > 500);
    }

    void goodScriptHasNoErrors()
    {
        const Validator v(context());
        const ValidationReport r = v.validate(goodScript());
        QStringList errors;
        for (const Finding& f : r.findings) {
            if (f.severity == Severity::Error)
                errors.append(f.ruleId + QStringLiteral(": ") + f.toEnglish());
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(r.summary().isValid);
        QCOMPARE(r.hashtagCount, 2);
        QCOMPARE(r.hashtagCap, 5);
    }

    void bannedWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("doNotUse");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("flagged");
        const QStringList en = {QStringLiteral("fat"), QStringLiteral("lazy"), QStringLiteral("cheap deals")};
        QTest::newRow("plain") << "en" << en << "No more lazy mornings." << QStringList{QStringLiteral("lazy")};
        QTest::newRow("capitalised") << "en" << en << "Lazy? Never." << QStringList{QStringLiteral("Lazy")};
        QTest::newRow("shouted") << "en" << en << "NOT LAZY AT ALL" << QStringList{QStringLiteral("LAZY")};
        QTest::newRow("fathom and fatigue") << "en" << en << "I fathom your fatigue." << QStringList{};
        QTest::newRow("inflection") << "en" << en << "Burn fats, beat laziness."
                                    << QStringList{QStringLiteral("fats"), QStringLiteral("laziness")};
        QTest::newRow("phrase across case")
                << "en" << en << "No Cheap Deal here." << QStringList{QStringLiteral("Cheap Deal")};
        QTest::newRow("phrase split by sentence") << "en" << en << "Not cheap. Deals later." << QStringList{};
        QTest::newRow("after emoji") << "en" << en << "💪🏽 fat loss" << QStringList{QStringLiteral("fat")};
        QTest::newRow("inside url-ish word") << "en" << en << "fatboyslim records" << QStringList{};
        QTest::newRow("spanish accents") << "es" << QStringList{QStringLiteral("gordo")} << "¡Ni GORDO ni flaco!"
                                         << QStringList{QStringLiteral("GORDO")};
        QTest::newRow("german compound guard")
                << "de" << QStringList{QStringLiteral("fett")} << "Fettnäpfchen vermeiden, kein Fett."
                << QStringList{QStringLiteral("Fett")};
        QTest::newRow("hindi") << "hi" << QStringList{QStringLiteral("मोटा")} << "वह मोटा नहीं है"
                               << QStringList{QStringLiteral("मोटा")};
        QTest::newRow("japanese without spaces") << "ja" << QStringList{QStringLiteral("デブ")} << "デブじゃないよ"
                                                 << QStringList{QStringLiteral("デブ")};
        // Comparatives and superlatives, which Snowball keeps apart from their adjective, are what
        // a user who bans "cheap" means; words that merely begin alike are not.
        const QStringList adjectives = {QStringLiteral("cheap"), QStringLiteral("lazy"), QStringLiteral("fat"),
                                        QStringLiteral("ban")};
        QTest::newRow("comparative") << "en" << adjectives << "Cheaper than ever."
                                     << QStringList{QStringLiteral("Cheaper")};
        QTest::newRow("superlative") << "en" << adjectives << "The cheapest plan."
                                     << QStringList{QStringLiteral("cheapest")};
        QTest::newRow("y to ier and iest") << "en" << adjectives << "Lazier days, laziest nights."
                                           << QStringList{QStringLiteral("Lazier"), QStringLiteral("laziest")};
        QTest::newRow("words that begin alike")
                << "en" << adjectives << "A banner, a cheapskate? I fathom fatigue, famous and faster."
                << QStringList{};
        QTest::newRow("german comparative")
                << "de" << QStringList{QStringLiteral("billig")} << "Noch billiger, am billigsten."
                << QStringList{QStringLiteral("billiger"), QStringLiteral("billigsten")};
        QTest::newRow("arabic script around") << "en" << QStringList{QStringLiteral("lazy")} << "مرحبا lazy مرحبا"
                                              << QStringList{QStringLiteral("lazy")};
    }

    void bannedWords()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, doNotUse);
        QFETCH(QString, text);
        QFETCH(QStringList, flagged);
        ValidationContext c = context(language);
        c.profile.doNotUse = doNotUse;
        const Validator v(c);
        const auto found = withRule(v.validateField(ScriptField::Body, text), QStringLiteral("safety.do_not_use"));
        QCOMPARE(spanTexts(found, text), flagged);
        for (const Finding& f : found) {
            QCOMPARE(f.severity, Severity::Error);
            QVERIFY(f.fix.has_value());
        }
    }

    void bannedWordFixRemovesIt()
    {
        const Validator v(context());
        ReelScript s = goodScript();
        s.body.replace(QStringLiteral("real strength"), QStringLiteral("real strength without lazy shortcuts"));
        const auto before = withRule(v.validate(s).findings, QStringLiteral("safety.do_not_use"));
        QCOMPARE(before.size(), 1);
        Validator::apply(s, *before.first().fix);
        QVERIFY(s.body.contains(QStringLiteral("without shortcuts")));
        QVERIFY(withRule(v.validate(s).findings, QStringLiteral("safety.do_not_use")).isEmpty());
    }

    void offensiveAndRiskyAndCompetitors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("flagged");
        QTest::newRow("offensive") << "Don't be a bastard about it."
                                   << "safety.offensive" << QStringList{QStringLiteral("bastard")};
        QTest::newRow("offensive guard") << "We assess your class schedule."
                                         << "safety.offensive" << QStringList{};
        QTest::newRow("claim") << "Guaranteed results in a week."
                               << "safety.risky_claim" << QStringList{QStringLiteral("Guaranteed results")};
        QTest::newRow("claim once") << "Our guarantee: guaranteed."
                                    << "safety.risky_claim"
                                    << QStringList{QStringLiteral("guarantee"), QStringLiteral("guaranteed")};
        QTest::newRow("hundred percent") << "It is 100% natural."
                                         << "safety.risky_claim" << QStringList{QStringLiteral("100% natural")};
        QTest::newRow("hundred percent other") << "We are 100% committed."
                                               << "safety.risky_claim" << QStringList{QStringLiteral("100% committed")};
        QTest::newRow("a hundred people is fine") << "Over 100 people joined."
                                                  << "safety.risky_claim" << QStringList{};
        QTest::newRow("health pack") << "This plan will burn fat fast."
                                     << "safety.risky_claim_sector" << QStringList{QStringLiteral("burn fat fast")};
        QTest::newRow("competitor") << "Better than GymCo ever was."
                                    << "safety.competitor" << QStringList{QStringLiteral("GymCo")};
    }

    void offensiveAndRiskyAndCompetitors()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(QStringList, flagged);
        ValidationContext c = context();
        c.profile.doNotUse.clear();
        c.profile.competitors = {QStringLiteral("GymCo")};
        const Validator v(c);
        QCOMPARE(spanTexts(withRule(v.validateField(ScriptField::Body, text), rule), text), flagged);
    }

    void financePackOnlyForFinance()
    {
        const QString text = QStringLiteral("Double your money this year.");
        ValidationContext c = context();
        const Validator fitness(c);
        QVERIFY(withRule(fitness.validateField(ScriptField::Body, text), QStringLiteral("safety.risky_claim_sector"))
                        .isEmpty());
        c.profile.sector = QStringLiteral("finance");
        const Validator finance(c);
        QCOMPARE(withRule(finance.validateField(ScriptField::Body, text), QStringLiteral("safety.risky_claim_sector"))
                         .size(),
                 1);
    }

    void hashtags_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("codes");
        const auto l = [](const char* csv) { return QString::fromUtf8(csv).split(u' ', Qt::SkipEmptyParts); };
        QTest::newRow("fine") << l("#Fit #Home_Workout #día #योग #筋トレ") << QStringList{};
        QTest::newRow("no hash") << l("#Fit Home") << QStringList{QStringLiteral("hashtag_no_hash")};
        QTest::newRow("bad chars") << l("#fit-life #a.b")
                                   << QStringList{QStringLiteral("hashtag_bad_chars"),
                                                  QStringLiteral("hashtag_bad_chars")};
        QTest::newRow("digits only") << l("#2026") << QStringList{QStringLiteral("hashtag_digits_only")};
        QTest::newRow("digits with letters") << l("#2026goals") << QStringList{};
        QTest::newRow("duplicate ignoring case")
                << l("#FitLife #fitlife") << QStringList{QStringLiteral("hashtag_duplicate")};
        QTest::newRow("banned") << l("#followforfollow") << QStringList{QStringLiteral("hashtag_banned")};
        QTest::newRow("too many") << l("#a1 #b2 #c3 #d4 #e5 #f6 #g7")
                                  << QStringList{QStringLiteral("hashtags_too_many")};
        QTest::newRow("none") << QStringList{} << QStringList{QStringLiteral("hashtags_none")};
        QTest::newRow("banned word as tag") << l("#Lazy") << QStringList{QStringLiteral("banned_word")};
        QTest::newRow("banned word inside tag is fine") << l("#fatburn") << QStringList{};
    }

    void hashtags()
    {
        QFETCH(QStringList, tags);
        QFETCH(QStringList, codes);
        const Validator v(context());
        ReelScript s = goodScript();
        s.hashtags = tags;
        QStringList actual;
        for (const Finding& f : v.validate(s).findings) {
            if (f.field == ScriptField::Hashtags)
                actual.append(f.code);
        }
        actual.sort();
        codes.sort();
        QCOMPARE(actual, codes);
    }

    void hashtagFixes()
    {
        const Validator v(context());
        ReelScript s = goodScript();
        s.hashtags = {QStringLiteral("#a1"), QStringLiteral("Home"), QStringLiteral("#a1"), QStringLiteral("#c3"),
                      QStringLiteral("#d4"), QStringLiteral("#e5"),  QStringLiteral("#f6")};
        for (int round = 0; round < 10; ++round) {
            const auto tagFindings = [&] {
                QList<Finding> out;
                for (const Finding& f : v.validate(s).findings) {
                    if (f.field == ScriptField::Hashtags && f.fix)
                        out.append(f);
                }
                return out;
            }();
            if (tagFindings.isEmpty())
                break;
            Validator::apply(s, *tagFindings.first().fix);
        }
        // Errors first: the missing # is added and the list cut to five, then the duplicate goes.
        QCOMPARE(s.hashtags.join(u' '), QStringLiteral("#a1 #Home #c3 #d4"));
    }

    void hashtagsInTheCaptionCount()
    {
        const Validator v(context());
        ReelScript s = goodScript();
        s.caption += QStringLiteral(" #one #two #three #four");
        const ValidationReport r = v.validate(s);
        QCOMPARE(r.hashtagCount, 6);
        QCOMPARE(withRule(r.findings, QStringLiteral("hashtags.count")).size(), 1);
    }

    void requiredBrandHashtag()
    {
        ValidationContext c = context();
        c.profile.requiredHashtags = {QStringLiteral("FitLifeStudio")};
        const Validator v(c);
        ReelScript s = goodScript();
        const auto missing = withRule(v.validate(s).findings, QStringLiteral("hashtags.required"));
        QCOMPARE(missing.size(), 1);
        Validator::apply(s, *missing.first().fix);
        QCOMPARE(s.hashtags.constLast(), QStringLiteral("#FitLifeStudio"));
        QVERIFY(withRule(v.validate(s).findings, QStringLiteral("hashtags.required")).isEmpty());
    }

    void packDatesAndBrandOverrides()
    {
        ReelScript s = goodScript();
        s.hashtags = {QStringLiteral("#a1"), QStringLiteral("#b2"), QStringLiteral("#c3"),
                      QStringLiteral("#d4"), QStringLiteral("#e5"), QStringLiteral("#f6")};
        ValidationContext before = context();
        before.date = QDate(2025, 12, 18); // the day before the 5-hashtag cap
        QVERIFY(withRule(Validator(before).validate(s).findings, QStringLiteral("hashtags.count")).isEmpty());
        QCOMPARE(Validator(before).validate(s).hashtagCap, 30);
        ValidationContext after = context();
        after.date = QDate(2025, 12, 19);
        QCOMPARE(withRule(Validator(after).validate(s).findings, QStringLiteral("hashtags.count")).size(), 1);

        ValidationContext strict = context();
        strict.profile.ruleOverrides = {{QStringLiteral("hashtags.max"), 1}, {QStringLiteral("no.such.rule"), 2}};
        s.hashtags = {QStringLiteral("#a1"), QStringLiteral("#b2")};
        const ValidationReport r = Validator(strict).validate(s);
        QCOMPARE(r.hashtagCap, 1);
        QCOMPARE(withRule(r.findings, QStringLiteral("hashtags.count")).size(), 1);
        QCOMPARE(withRule(r.findings, QStringLiteral("profile.override_unknown")).size(), 1);
    }

    void wordRangesAndSections()
    {
        const Validator v(context());
        ReelScript s = goodScript();
        s.hook = QStringLiteral("Workouts?");
        s.cta.clear();
        const auto findings = v.validate(s).findings;
        QCOMPARE(withRule(findings, QStringLiteral("structure.hook.words")).first().code,
                 QStringLiteral("too_few_words"));
        QCOMPARE(withRule(findings, QStringLiteral("structure.cta.missing")).first().severity, Severity::Error);
        s = goodScript();
        s.hook = QStringLiteral("One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                "fifteen sixteen seventeen?");
        const auto tooMany = withRule(v.validate(s).findings, QStringLiteral("structure.hook.words"));
        QCOMPARE(tooMany.size(), 1);
        QCOMPARE(s.hook.mid(tooMany.first().spans.first().start), QStringLiteral("sixteen seventeen?"));
    }

    void caption()
    {
        const Validator v(context());
        ReelScript s = goodScript();
        s.caption = QString(2201, u'a');
        auto findings = v.validate(s).findings;
        const auto tooLong = withRule(findings, QStringLiteral("structure.caption.length"));
        QCOMPARE(tooLong.size(), 1);
        QCOMPARE(tooLong.first().spans.first().start, 2200);
        Validator::apply(s, *tooLong.first().fix);
        QCOMPARE(s.caption.size(), 2200);

        // Emoji count once each, as people see them: 124 letters + a family emoji = 125, no fold.
        s.caption = QString(124, u'b') + QStringLiteral("👩‍👩‍👧");
        QVERIFY(withRule(v.validate(s).findings, QStringLiteral("structure.caption.fold")).isEmpty());
        s.caption += QStringLiteral(" more");
        const auto fold = withRule(v.validate(s).findings, QStringLiteral("structure.caption.fold"));
        QCOMPARE(fold.size(), 1);
        QCOMPARE(s.caption.mid(fold.first().spans.first().start), QStringLiteral(" more"));

        s.caption = QStringLiteral("Short.");
        QCOMPARE(withRule(v.validate(s).findings, QStringLiteral("structure.caption.recommended")).first().code,
                 QStringLiteral("caption_short"));
    }

    void hugeCaptionIsHandled()
    {
        const Validator v(context());
        ReelScript s = goodScript();
        QString huge;
        while (huge.size() < 50000)
            huge += QStringLiteral("Fifteen minutes a day 💪 changes everything. ");
        s.caption = huge;
        const ValidationReport r = v.validate(s);
        QCOMPARE(withRule(r.findings, QStringLiteral("structure.caption.length")).size(), 1);
        QVERIFY(r.captionLength > 2200);
    }

    void timing()
    {
        ValidationContext c = context();
        c.request.scriptLength = 15;
        ReelScript s = goodScript(); // ~75 spoken words: ~30 s at 150 words a minute
        const ValidationReport r = Validator(c).validate(s);
        QCOMPARE(withRule(r.findings, QStringLiteral("timing.total")).first().code,
                 QStringLiteral("duration_too_long"));
        QVERIFY(r.duration.totalSeconds() > 20 && r.duration.totalSeconds() < 40);
        c.request.scriptLength = 90;
        QCOMPARE(withRule(Validator(c).validate(s).findings, QStringLiteral("timing.total")).first().code,
                 QStringLiteral("duration_too_short"));
        c.request.scriptLength = 30;
        QVERIFY(withRule(Validator(c).validate(s).findings, QStringLiteral("timing.total")).isEmpty());

        // A calibrated slow speaker makes the same script too long.
        c.calibratedRate = text::SpeakingRate{text::RateUnit::WordsPerMinute, 100};
        QCOMPARE(withRule(Validator(c).validate(s).findings, QStringLiteral("timing.total")).first().code,
                 QStringLiteral("duration_too_long"));

        const Validator v(context());
        QCOMPARE(withRule(v.validateField(ScriptField::Hook, QStringLiteral("Still skipping workouts?")),
                          QStringLiteral("timing.hook"))
                         .size(),
                 0);
        QCOMPARE(withRule(v.validateField(ScriptField::Hook,
                                          QStringLiteral("Have you ever wondered why your morning workouts never "
                                                         "seem to stick past the second week?")),
                          QStringLiteral("timing.hook"))
                         .size(),
                 1);
    }

    void japaneseCountsCharacters()
    {
        ValidationContext c = context(QStringLiteral("ja"));
        c.request.scriptLength = 20;
        const Validator v(c);
        // 100 characters at 300 a minute: 20 seconds.
        const QString body = QString(100, QChar(0x3042));
        QVERIFY(std::abs(v.secondsToSay(body) - 20.0) < 0.5);
        QVERIFY(std::abs(v.secondsToSay(QStringLiteral("あい うえ、お")) - 1.0) < 0.01);
    }

    void cta_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("direct fine") << "direct"
                                     << "Book your free class today" << QStringList{};
        QTest::newRow("no verb") << "direct"
                                 << "A free class today" << QStringList{QStringLiteral("cta_no_action")};
        QTest::newRow("no urgency") << "direct"
                                    << "Book your free class" << QStringList{QStringLiteral("cta_no_urgency")};
        QTest::newRow("question style") << "question"
                                        << "Ready to book your free class."
                                        << QStringList{QStringLiteral("cta_not_question")};
        QTest::newRow("question fine") << "question"
                                       << "Ready to book your free class?" << QStringList{};
        QTest::newRow("command") << "command"
                                 << "Your class awaits, book it today"
                                 << QStringList{QStringLiteral("cta_not_command")};
        QTest::newRow("soft pressure") << "soft"
                                       << "Book a class when it suits you, now"
                                       << QStringList{QStringLiteral("cta_pushy")};
    }

    void cta()
    {
        QFETCH(QString, style);
        QFETCH(QString, text);
        QFETCH(QStringList, codes);
        ValidationContext c = context();
        c.profile.ctaStyle = style;
        const Validator v(c);
        QStringList actual;
        for (const Finding& f : v.validateField(ScriptField::Cta, text)) {
            if (f.ruleId.startsWith(u"cta."))
                actual.append(f.code);
        }
        QCOMPARE(actual, codes);
    }

    void questionStyleFixAddsTheMark()
    {
        ValidationContext c = context();
        c.profile.ctaStyle = QStringLiteral("question");
        const Validator v(c);
        ReelScript s = goodScript();
        s.cta = QStringLiteral("Ready to start your free trial today.");
        const auto f = withRule(v.validate(s).findings, QStringLiteral("cta.style"));
        QCOMPARE(f.size(), 1);
        Validator::apply(s, *f.first().fix);
        QCOMPARE(s.cta, QStringLiteral("Ready to start your free trial today?"));
        QVERIFY(withRule(v.validate(s).findings, QStringLiteral("cta.style")).isEmpty());
    }

    void hookFit_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("hook");
        QTest::addColumn<bool>("fits");
        QTest::newRow("question") << "question"
                                  << "Why do workouts never stick?" << true;
        QTest::newRow("question without mark") << "question"
                                               << "Workouts never stick for you." << false;
        QTest::newRow("statistic") << "statistic"
                                   << "80% of gym memberships go unused." << true;
        QTest::newRow("statistic without number") << "statistic"
                                                  << "Most gym memberships go unused." << false;
        QTest::newRow("bold claim") << "bold_claim"
                                    << "The gym is not the answer." << true;
        QTest::newRow("bold claim asking") << "bold_claim"
                                           << "Is the gym the answer?" << false;
        QTest::newRow("story") << "story"
                               << "Last year I could not run a mile." << true;
        QTest::newRow("story without anyone") << "story"
                                              << "Running a mile is hard." << false;
        QTest::newRow("curiosity") << "curiosity"
                                   << "The secret trainers never share." << true;
        QTest::newRow("relatable") << "relatable"
                                   << "When you skip leg day again." << true;
        QTest::newRow("relatable without you") << "relatable"
                                               << "Leg day gets skipped a lot." << false;
        QTest::newRow("shocking") << "shocking"
                                  << "Stop stretching before you run!" << true;
        QTest::newRow("user type has no rule") << "my_own_type"
                                               << "Anything goes here today." << true;
    }

    void hookFit()
    {
        QFETCH(QString, type);
        QFETCH(QString, hook);
        QFETCH(bool, fits);
        ValidationContext c = context();
        c.request.hookType = type;
        const Validator v(c);
        QCOMPARE(withRule(v.validateField(ScriptField::Hook, hook), QStringLiteral("hook.type_fit")).isEmpty(), fits);
    }

    void questionHookFix()
    {
        const Validator v(context());
        ReelScript s = goodScript();
        s.hook = QStringLiteral("Why do your workouts never stick.");
        const auto f = withRule(v.validate(s).findings, QStringLiteral("hook.type_fit"));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().fix);
        Validator::apply(s, *f.first().fix);
        QCOMPARE(s.hook, QStringLiteral("Why do your workouts never stick?"));
    }

    void brandVoice()
    {
        ValidationContext c = context();
        c.profile.brandVoice = {QStringLiteral("humorous"), QStringLiteral("motivational")};
        ReelScript s = goodScript();
        const auto missing = withRule(Validator(c).validate(s).findings, QStringLiteral("voice.keywords"));
        QStringList voices;
        for (const Finding& f : missing)
            voices.append(f.args.first());
        QCOMPARE(voices, QStringList{QStringLiteral("humorous")});
        s.body += QStringLiteral(" Plot twist: the couch was never your friend.");
        QVERIFY(withRule(Validator(c).validate(s).findings, QStringLiteral("voice.keywords")).isEmpty());
    }

    void readabilityAndSentences()
    {
        const Validator v(context());
        ReelScript s = goodScript();
        s.body = QStringLiteral(
                "Notwithstanding considerable physiological heterogeneity, individualised periodisation methodologies "
                "demonstrably optimise musculoskeletal adaptation, cardiovascular conditioning, metabolic flexibility "
                "and neuromuscular coordination, particularly amongst chronologically advantaged professionals "
                "experiencing occupational sedentariness and insufficient discretionary recreational availability.");
        const auto findings = v.validate(s).findings;
        QCOMPARE(withRule(findings, QStringLiteral("readability.score")).size(), 1);
        const auto longSentence = withRule(findings, QStringLiteral("readability.sentence_length"));
        QCOMPARE(longSentence.size(), 1);
        QCOMPARE(longSentence.first().spans.first().start, 0);
        const auto hindi = Validator(context(QStringLiteral("hi"))).validate(goodScript()).findings;
        QCOMPARE(withRule(hindi, QStringLiteral("readability.score")).first().code,
                 QStringLiteral("readability_unavailable"));
    }

    void sentiment()
    {
        ValidationContext c = context();
        ReelScript s = goodScript();
        s.hook = QStringLiteral("Tired of feeling awful?");
        s.body = QStringLiteral("Workouts are miserable, boring and painful. Gyms are crowded, dirty and depressing. "
                                "Most plans fail and leave you hurt, angry and disappointed. It is terrible and sad. "
                                "Nothing works and everyone quits in shame.");
        QCOMPARE(withRule(Validator(c).validate(s).findings, QStringLiteral("sentiment.emotion_fit")).first().code,
                 QStringLiteral("sentiment_mismatch"));
        c.request.emotion = QStringLiteral("frustration");
        QVERIFY(withRule(Validator(c).validate(s).findings, QStringLiteral("sentiment.emotion_fit")).isEmpty());
        const auto spanish = Validator(context(QStringLiteral("es"))).validate(goodScript()).findings;
        QCOMPARE(withRule(spanish, QStringLiteral("sentiment.emotion_fit")).first().code,
                 QStringLiteral("sentiment_unavailable"));
    }

    void spelling()
    {
        const Validator v(context());
        const QString text = QStringLiteral("You will recieve the plan from FitLife Studio today.");
        const auto found = withRule(v.validateField(ScriptField::Body, text), QStringLiteral("spelling.unknown_word"));
        QCOMPARE(spanTexts(found, text), QStringList{QStringLiteral("recieve")});
        QCOMPARE(found.first().severity, Severity::Info);
        QVERIFY(v.spellingSuggestions(QStringLiteral("recieve")).contains(QStringLiteral("receive")));
        const auto japanese = Validator(context(QStringLiteral("ja"))).validate(goodScript()).findings;
        bool unavailable = false;
        for (const Finding& f : japanese)
            unavailable = unavailable || f.code == u"spelling_unavailable";
        QVERIFY(unavailable);
    }

    void style_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("flagged");
        QTest::addColumn<QString>("fixed");
        QTest::newRow("shouting") << "This is HUGE NEWS FOR YOU today."
                                  << "style.shouting" << QStringList{QStringLiteral("HUGE NEWS FOR YOU")}
                                  << "This is huge news for you today.";
        QTest::newRow("acronym is fine") << "Send us a DM on Instagram."
                                         << "style.shouting" << QStringList{} << QString();
        QTest::newRow("exclamations") << "Start now!!! Really."
                                      << "style.exclamations" << QStringList{QStringLiteral("!!!")}
                                      << "Start now! Really.";
        QTest::newRow("two marks are fine") << "Start now!! Really."
                                            << "style.exclamations" << QStringList{} << QString();
        QTest::newRow("emoji pile") << "Go 🔥🔥🔥🔥🔥 go"
                                    << "style.emoji" << QStringList{QStringLiteral("🔥🔥🔥🔥🔥")} << "Go 🔥🔥🔥 go";
        QTest::newRow("zwj family is one emoji")
                << "Family time 👨‍👩‍👧‍👦 👨‍👩‍👧‍👦 👨‍👩‍👧‍👦"
                << "style.emoji" << QStringList{} << QString();
        QTest::newRow("repeated word") << "Train the the smart way."
                                       << "style.repeated_word" << QStringList{QStringLiteral("the")}
                                       << "Train the smart way.";
        QTest::newRow("repeated across sentences is fine") << "Go. Go again."
                                                           << "style.repeated_word" << QStringList{} << QString();
    }

    void style()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(QStringList, flagged);
        QFETCH(QString, fixed);
        const Validator v(context());
        const auto found = withRule(v.validateField(ScriptField::Body, text), rule);
        QCOMPARE(spanTexts(found, text), flagged);
        if (!fixed.isEmpty()) {
            ReelScript s;
            s.body = text;
            Validator::apply(s, *found.first().fix);
            QCOMPARE(s.body, fixed);
            QVERIFY(withRule(v.validateField(ScriptField::Body, s.body), rule).isEmpty());
        }
    }

    void overusedWord()
    {
        const Validator v(context());
        const QString text = QStringLiteral(
                "Strength builds strength. Strong people train strength, and strength lasts.");
        const auto found = withRule(v.validateField(ScriptField::Body, text), QStringLiteral("style.overused_word"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().spans.size(), 4);
    }

    void packSeverityAndSwitches()
    {
        QByteArray json = R"({"format": "reelstudio.rulepack", "format_version": 1, "platform": "instagram",
            "pack_version": "test", "settings": {"hashtags.max": 5, "hashtags.min": 1},
            "rules": {"hashtags.count": {"severity": "warning"}, "safety.do_not_use": {"enabled": false}}})";
        auto pack = RulePack::fromJson(json);
        QVERIFY2(pack.ok(), qPrintable(pack ? QString() : pack.error().toEnglish()));
        ValidationContext c = context();
        c.pack = &pack.value();
        const Validator v(c);
        ReelScript s = goodScript();
        s.body += QStringLiteral(" No fat talk.");
        s.hashtags.clear();
        for (int i = 0; i < 7; ++i)
            s.hashtags.append(QStringLiteral("#tag%1x").arg(i));
        const auto findings = v.validate(s).findings;
        QVERIFY(withRule(findings, QStringLiteral("safety.do_not_use")).isEmpty());
        QCOMPARE(withRule(findings, QStringLiteral("hashtags.count")).first().severity, Severity::Warning);
    }

    void everyMessageHasEnglish()
    {
        // Findings never fall back to the raw code in the CLI.
        const Validator v(context());
        ReelScript s = goodScript();
        s.hook = QStringLiteral("LAZY LAZY LAZY!!!");
        s.body = QStringLiteral("Guaranteed results 🔥🔥🔥🔥🔥 the the bastard recieve");
        s.cta = QStringLiteral("Hmm");
        s.caption = QStringLiteral("x");
        s.hashtags = {QStringLiteral("bad"), QStringLiteral("#2026"), QStringLiteral("#followforfollow")};
        for (const Finding& f : v.validate(s).findings)
            QVERIFY2(!f.toEnglish().startsWith(f.code + u' '), qPrintable(f.code));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
