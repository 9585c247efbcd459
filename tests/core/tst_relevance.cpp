// The relevance rule (is the script about its brief?) and the one-language rule, and the
// calibration of the relevance threshold on the bundled library: each example's script scored
// against its own brief (its caption, which states what the Reel is about) and against the briefs
// of other sectors' examples in the same language.

#include "rag/ExampleLibrary.h"
#include "validate/RulePack.h"
#include "validate/Validator.h"

#include <QStandardPaths>
#include <QTest>

using namespace reel;

namespace {

const QDate kDay(2026, 12, 1);

ValidationContext contextFor(const QString& language, const QString& topic, const QString& offer = {},
                             const QStringList& pains = {}, const QString& brand = QStringLiteral("Acme"))
{
    ValidationContext c;
    c.profile.brandName = brand;
    c.profile.sector = QStringLiteral("generic");
    c.profile.offer = offer;
    c.profile.targetAudience.painPoints = pains;
    c.request.topic = topic;
    c.request.scriptLength = 30;
    c.request.language = language;
    c.language = language;
    c.date = kDay;
    return c;
}

bool hasCode(const ValidationReport& r, const QString& code)
{
    return std::any_of(r.findings.cbegin(), r.findings.cend(), [&](const Finding& f) { return f.code == code; });
}

QList<Finding> withCode(const QList<Finding>& findings, const QString& code)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.code == code)
            out.append(f);
    }
    return out;
}

ReelScript scriptOf(const Example& e)
{
    ReelScript s = e.script;
    s.caption.clear(); // the brief: not part of what is judged
    return s;
}

ReelScript coffeeScript()
{
    ReelScript s;
    s.hook = QStringLiteral("Why does a fresh roast taste so much better?");
    s.body = QStringLiteral("Supermarket coffee sits on a shelf for months, and the flavour fades. A weekly roast "
                            "reaches you days after it leaves the roaster. Grind the beans just before you brew, "
                            "and taste the difference in your first cup.");
    s.cta = QStringLiteral("Follow us for more brewing tips.");
    s.hashtags = {QStringLiteral("#coffee"), QStringLiteral("#freshroast"), QStringLiteral("#LumenCoffee")};
    return s;
}

ReelScript mealPrepScript()
{
    ReelScript s;
    s.hook = QStringLiteral("Why is your weekly cooking so hard?");
    s.body = QStringLiteral("No time to cook on weeknights: if that sounds familiar, you are not alone. Cook one "
                            "base, like rice or lentils, and use it three ways. Chop your vegetables once for the "
                            "next few days. A good sauce turns leftovers into a new meal.");
    s.cta = QStringLiteral("Follow us today for a new tip every week.");
    s.hashtags = {QStringLiteral("#mealprep"), QStringLiteral("#CookingTips"), QStringLiteral("#KitchenHacks"),
                  QStringLiteral("#easyrecipes")};
    return s;
}

ValidationContext coffeeBrief()
{
    return contextFor(QStringLiteral("en"),
                      QStringLiteral("Why a weekly fresh roast beats supermarket coffee; first bag free"),
                      QStringLiteral("freshly roasted beans delivered weekly, first bag free"), {},
                      QStringLiteral("Lumen Coffee"));
}

} // namespace

class TestRelevance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aScriptAboutSomethingElseIsFlagged()
    {
        const Validator v(coffeeBrief());
        const ValidationReport off = v.validate(mealPrepScript());
        QVERIFY2(hasCode(off, QStringLiteral("off_brief")), "a meal-prep script passes a coffee brief");
        QVERIFY(hasCode(off, QStringLiteral("hashtags_off_brief")));
        const Finding f = withCode(off.findings, QStringLiteral("off_brief")).constFirst();
        QCOMPARE(f.severity, Severity::Warning);
        // The hint names words of the brief the script never says.
        QVERIFY2(f.args.value(1).contains(QStringLiteral("coffee")), qPrintable(f.args.join(u'|')));
        QVERIFY(!f.toEnglish().isEmpty());

        const ValidationReport on = v.validate(coffeeScript());
        QVERIFY2(!hasCode(on, QStringLiteral("off_brief")), qPrintable(on.summary().warnings.join(u'\n')));
        QVERIFY(!hasCode(on, QStringLiteral("hashtags_off_brief")));
        QVERIFY(v.relevance(coffeeScript())->score > v.relevance(mealPrepScript())->score);
        QVERIFY(v.relevance(coffeeScript())->hookOnBrief);
    }

    void theBriefRanksWordsTheBrandShares()
    {
        const Validator v(coffeeBrief());
        const QStringList words = v.briefWords();
        QVERIFY2(!words.isEmpty() && words.constFirst() == u"coffee", qPrintable(words.join(u' ')));
        QVERIFY(!words.contains(QStringLiteral("lumen"))); // the brand's own name is not the brief
        QVERIFY(!words.contains(QStringLiteral("a")));
    }

    void noBriefNothingToJudge()
    {
        const Validator v(contextFor(QStringLiteral("en"), {}));
        QVERIFY(!v.relevance(mealPrepScript()).has_value());
        QVERIFY(!hasCode(v.validate(mealPrepScript()), QStringLiteral("off_brief")));
        // A brief in another language is not held against a script in this one.
        const Validator spanish(contextFor(QStringLiteral("es"), {},
                                           QStringLiteral("freshly roasted beans delivered "
                                                          "weekly to your door")));
        QVERIFY(!spanish.relevance(mealPrepScript()).has_value());
    }

    void thePackCanTuneOrSwitchTheRuleOff()
    {
        ValidationContext c = coffeeBrief();
        c.profile.ruleOverrides.insert(QStringLiteral("relevance.min_score"), 0.0);
        QVERIFY(!hasCode(Validator(c).validate(mealPrepScript()), QStringLiteral("off_brief")));
    }

    void calibratedOnTheBundledLibrary()
    {
        // Every example against its own brief (should pass) and against up to three briefs of other
        // sectors in its language (should be flagged).
        const QList<Example> all = ExampleLibrary::bundledExamples();
        QVERIFY(all.size() > 100);
        QList<double> own, other;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Example& e = all.at(i);
            int others = 0;
            for (qsizetype k = 0; k < all.size() && others < 3; ++k) {
                const Example& b = all.at((i + k * 37) % all.size());
                const bool isOwn = k == 0;
                if (!isOwn && (b.language != e.language || b.sector == e.sector))
                    continue;
                ValidationContext c = contextFor(e.language, b.script.caption);
                c.request.scriptLength = e.scriptLength;
                const std::optional<RelevanceScore> r = Validator(c).relevance(scriptOf(e));
                const double score = r ? r->score : 1.0; // nothing to judge: never flagged
                (isOwn ? own : other).append(score);
                others += isOwn ? 0 : 1;
            }
        }
        const auto rates = [&](double threshold) {
            const auto flagged = [&](const QList<double>& scores) {
                return static_cast<int>(
                        std::count_if(scores.cbegin(), scores.cend(), [&](double s) { return s < threshold; }));
            };
            const int tp = flagged(other), fp = flagged(own);
            return std::pair{tp / double(std::max(1, tp + fp)), tp / double(std::max<qsizetype>(1, other.size()))};
        };
        for (double t = 0.2; t < 0.61; t += 0.05) {
            const auto [p, r] = rates(t);
            qInfo("threshold %.2f: precision %.3f, recall %.3f", t, p, r);
        }
        const double threshold = RulePack::builtIn().settingsOn(kDay).value(QStringLiteral("relevance.min_score"));
        const auto [precision, recall] = rates(threshold);
        qInfo("relevance.min_score %.2f: precision %.3f, recall %.3f over %lld own and %lld other-sector briefs",
              threshold, precision, recall, static_cast<long long>(own.size()), static_cast<long long>(other.size()));
        // The rule as the Validator applies it agrees with the score.
        QVERIFY(!own.isEmpty() && !other.isEmpty());
        QVERIFY2(precision >= 0.98, "the rule flags scripts that keep to their brief");
        QVERIFY2(recall >= 0.85, "the rule misses scripts about another sector");
    }

    void anotherLanguageInsideAScriptIsFlagged_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("foreign");
        QTest::newRow("ja with English") << QStringLiteral("ja")
                                         << QStringLiteral("FitLife Proの答えは「AI-powered home workout」です。")
                                         << QStringLiteral("AI-powered home workout");
        QTest::newRow("en with Japanese")
                << QStringLiteral("en") << QStringLiteral("Train at home, 毎日の運動 with no equipment.")
                << QStringLiteral("毎日の運動");
        QTest::newRow("es with English") << QStringLiteral(
                "es") << QStringLiteral("Entrena en casa con the best workout in the world cada día.")
                                         << QStringLiteral("the best workout in the world");
        QTest::newRow("de with English") << QStringLiteral(
                "de") << QStringLiteral("Trainiere zu Hause, and you will see the results, jeden Tag.")
                                         << QStringLiteral("and you will see the results");
    }

    void anotherLanguageInsideAScriptIsFlagged()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, foreign);
        ValidationContext c = contextFor(language, {});
        c.profile.brandName = QStringLiteral("FitLife Pro");
        const Validator v(c);
        const QList<Finding> found = withCode(v.validateField(ScriptField::Body, text),
                                              QStringLiteral("other_language"));
        QCOMPARE(found.size(), 1);
        const text::Span span = found.constFirst().spans.value(0);
        QCOMPARE(text.mid(span.start, span.length), foreign);
    }

    void namesHashtagsAndOneLanguageAreFine_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("ja brand name") << QStringLiteral("ja") << QStringLiteral("FitLife Proで毎日15分。#FitLife");
        QTest::newRow("ja acronym") << QStringLiteral("ja") << QStringLiteral("AIが毎日のメニューを作ります。");
        QTest::newRow("en plain") << QStringLiteral("en")
                                  << QStringLiteral("Busy parents can train at home in 15 minutes a day.");
        QTest::newRow("es plain") << QStringLiteral("es")
                                  << QStringLiteral("Entrena en casa quince minutos al día, sin equipo.");
        QTest::newRow("fr plain") << QStringLiteral("fr")
                                  << QStringLiteral("Entraîne-toi à la maison, quinze minutes par jour.");
        QTest::newRow("de plain") << QStringLiteral("de")
                                  << QStringLiteral("Trainiere zu Hause, jeden Tag fünfzehn Minuten.");
        QTest::newRow("hi plain") << QStringLiteral("hi") << QStringLiteral("घर पर रोज़ पंद्रह मिनट व्यायाम करें।");
    }

    void namesHashtagsAndOneLanguageAreFine()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        ValidationContext c = contextFor(language, {});
        c.profile.brandName = QStringLiteral("FitLife Pro");
        const QList<Finding> found = withCode(Validator(c).validateField(ScriptField::Body, text),
                                              QStringLiteral("other_language"));
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.constFirst().toEnglish()));
    }
};

QTEST_GUILESS_MAIN(TestRelevance)
#include "tst_relevance.moc"
