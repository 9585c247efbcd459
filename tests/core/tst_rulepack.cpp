// Rule packs as data: the built-in Instagram pack, dated changes, and a malformed pack refused
// with the line and the reason of every problem.

#include "model/JsonLocator.h"
#include "support/TestSupport.h"
#include "validate/RulePack.h"
#include "validate/RulePackStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace reel;

class TestRulePack : public QObject
{
    Q_OBJECT

private slots:
    void builtInPackHoldsThePlatformFacts()
    {
        const RulePack& pack = RulePack::builtIn();
        QCOMPARE(pack.platform(), QStringLiteral("instagram"));
        const auto now = pack.settingsOn(QDate(2026, 11, 25));
        QCOMPARE(now.value(QStringLiteral("caption.chars.max")), 2200.0);
        QCOMPARE(now.value(QStringLiteral("caption.fold")), 125.0);
        QCOMPARE(now.value(QStringLiteral("hashtags.max")), 5.0);
        QCOMPARE(now.value(QStringLiteral("hook.max_seconds")), 3.0);
        QCOMPARE(now.value(QStringLiteral("duration.max_seconds")), 180.0);
        QCOMPARE(now.value(QStringLiteral("duration.recommended_max_seconds")), 90.0);
        // The original service's defaults.
        QCOMPARE(now.value(QStringLiteral("hook.words.min")), 3.0);
        QCOMPARE(now.value(QStringLiteral("hook.words.max")), 15.0);
        QCOMPARE(now.value(QStringLiteral("body.words.min")), 20.0);
        QCOMPARE(now.value(QStringLiteral("body.words.max")), 150.0);
        QCOMPARE(now.value(QStringLiteral("caption.chars.recommended_min")), 50.0);
        QCOMPARE(now.value(QStringLiteral("caption.chars.recommended_max")), 200.0);
        QCOMPARE(pack.settingsOn(QDate(2025, 12, 18)).value(QStringLiteral("hashtags.max")), 30.0);
        QVERIFY(pack.settingKeys().contains(QStringLiteral("sentence.max_words")));
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                        QStringLiteral("de"), QStringLiteral("hi"), QStringLiteral("ja")}) {
            const Lexicon& lex = pack.lexicon(language);
            QCOMPARE(lex.language, language);
            QVERIFY(!lex.ctaVerbs.isEmpty());
            QVERIFY(!lex.urgencyWords.isEmpty());
            QVERIFY(!lex.riskyClaims.isEmpty());
            QCOMPARE(lex.voiceKeywords.size(), 8);
            for (const char* sector : {"finance", "health", "beauty"})
                QVERIFY2(!lex.sectorClaims.value(QLatin1String(sector)).isEmpty(), sector);
        }
        QCOMPARE(pack.lexicon(QStringLiteral("xx")).language, QStringLiteral("en"));
    }

    void anUpdatedPackChangesTheLimits()
    {
        const QByteArray json = R"({
  "format": "reelstudio.rulepack",
  "format_version": 1,
  "platform": "instagram",
  "pack_version": "2027.1.0",
  "settings": {"hashtags.max": 5, "caption.chars.max": 2200},
  "changes": [
    {"from": "2027-03-01", "settings": {"hashtags.max": 3}},
    {"from": "2027-01-01", "settings": {"caption.chars.max": 1000}}
  ]
})";
        auto pack = RulePack::fromJson(json);
        QVERIFY2(pack.ok(), qPrintable(pack ? QString() : pack.error().toEnglish()));
        QCOMPARE(pack->version(), QStringLiteral("2027.1.0"));
        QCOMPARE(pack->settingsOn(QDate(2026, 12, 31)).value(QStringLiteral("caption.chars.max")), 2200.0);
        QCOMPARE(pack->settingsOn(QDate(2027, 1, 1)).value(QStringLiteral("caption.chars.max")), 1000.0);
        QCOMPARE(pack->settingsOn(QDate(2027, 2, 28)).value(QStringLiteral("hashtags.max")), 5.0);
        QCOMPARE(pack->settingsOn(QDate(2027, 3, 1)).value(QStringLiteral("hashtags.max")), 3.0);
    }

    void malformedPackNamesLineAndReason()
    {
        const QByteArray json = R"({
  "format": "reelstudio.rulepack",
  "format_version": 1,
  "platform": "instagram",
  "pack_version": "bad",
  "settings": {
    "hashtags.max": "five",
    "caption.fold": -3
  },
  "changes": [
    {"from": "next tuesday", "settings": {"nonsense.key": 1}}
  ],
  "rules": {"style.shouting": {"severity": "loud"}}
})";
        auto pack = RulePack::fromJson(json);
        QVERIFY(!pack.ok());
        QCOMPARE(pack.error().code, ErrorCode::InvalidInput);
        QStringList lines;
        for (const FieldError& e : pack.error().fields)
            lines.append(e.toEnglish());
        QCOMPARE(lines,
                 (QStringList{
                         QStringLiteral("line 7: settings.hashtags.max: must be a number, got a string"),
                         QStringLiteral("line 8: settings.caption.fold: must be between 1 and 100000, got -3"),
                         QStringLiteral("line 11: changes[0].from: must be a date (YYYY-MM-DD), got a string"),
                         QStringLiteral("line 11: changes[0].settings.nonsense.key: is not a name this version knows "
                                        "(known: ")
                                 + RulePack::knownSettings().join(QStringLiteral(", ")) + u')',
                         QStringLiteral("line 13: rules.style.shouting.severity: must be one of error, warning, info, "
                                        "got \"loud\""),
                 }));
    }

    void aPartialPackChangesOnlyWhatItNames()
    {
        // An agency's pack that only tightens the hashtag cap: every other limit stays the
        // built-in one (it used to become 0: "caption: 95 of 0 characters").
        const QByteArray json = R"({"format": "reelstudio.rulepack", "format_version": 1,
                                    "settings": {"hashtags.max": 3}})";
        auto pack = RulePack::fromJson(json);
        QVERIFY2(pack.ok(), qPrintable(pack ? QString() : pack.error().toEnglish()));
        const QDate day(2027, 6, 1);
        const QHash<QString, double> mine = pack->settingsOn(day);
        const QHash<QString, double> builtIn = RulePack::builtIn().settingsOn(day);
        QCOMPARE(mine.size(), builtIn.size());
        QCOMPARE(mine.size(), RulePack::knownSettings().size());
        for (auto it = builtIn.cbegin(); it != builtIn.cend(); ++it) {
            if (it.key() == u"hashtags.max")
                QCOMPARE(mine.value(it.key()), 3.0);
            else
                QVERIFY2(mine.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        // The rest comes from the built-in pack too.
        QCOMPARE(pack->platform(), QStringLiteral("instagram"));
        QCOMPARE(pack->lexicon(QStringLiteral("en")).ctaVerbs,
                 RulePack::builtIn().lexicon(QStringLiteral("en")).ctaVerbs);
    }

    void hugeValuesAndUnknownNamesAreRefusedWithTheirBounds_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("message");
        QTest::newRow("1e300") << QByteArray(R"({"caption.chars.max": 1e300})")
                               << QStringLiteral(
                                          "settings.caption.chars.max: must be between 1 and 100000, got 1e+300");
        QTest::newRow("negative") << QByteArray(R"({"hashtags.max": -1})")
                                  << QStringLiteral("settings.hashtags.max: must be between 0 and 100, got -1");
        QTest::newRow("fraction of a count")
                << QByteArray(R"({"hashtags.max": 2.5})")
                << QStringLiteral("settings.hashtags.max: must be a whole number, got a number");
        QTest::newRow("unknown") << QByteArray(R"({"hashtag.max": 3})")
                                 << QStringLiteral("settings.hashtag.max: is not a name this version knows");
        QTest::newRow("min above max") << QByteArray(R"({"hook.words.min": 20, "hook.words.max": 10})")
                                       << QStringLiteral("settings.hook.words.min: must be between 0 and 10, got 20");
        QTest::newRow("min above the built-in max")
                << QByteArray(R"({"body.words.min": 500})")
                << QStringLiteral("settings.body.words.min: must be between 0 and 150, got 500");
    }

    void hugeValuesAndUnknownNamesAreRefusedWithTheirBounds()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, message);
        auto pack = RulePack::fromJson(R"({"format": "reelstudio.rulepack", "format_version": 1, "settings": )"
                                       + settings + "}");
        QVERIFY(!pack.ok());
        QCOMPARE(pack.error().code, ErrorCode::InvalidInput);
        QCOMPARE(pack.error().fields.size(), 1);
        QVERIFY2(pack.error().fields.first().toEnglish().contains(message),
                 qPrintable(pack.error().fields.first().toEnglish()));
    }

    void syntaxErrorsAndFuturePacks()
    {
        auto broken = RulePack::fromJson("{\n  \"format\": \"reelstudio.rulepack\",\n  \"settings\": {,}\n}");
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().toEnglish().startsWith(u"not valid JSON at line 3, column"));
        auto future = RulePack::fromJson(R"({"format": "reelstudio.rulepack", "format_version": 9})");
        QVERIFY(!future.ok());
        QCOMPARE(future.error().code, ErrorCode::FormatTooNew);
    }

    void workspaceKeepsTheLoadedPack()
    {
        QTemporaryDir dir;
        const QByteArray updated = R"({"format": "reelstudio.rulepack", "format_version": 1, "platform": "instagram",
            "pack_version": "2027.1.0", "settings": {"hashtags.max": 3}})";
        const QString updatedPath = dir.filePath(QStringLiteral("updated.json"));
        QVERIFY(test::writeFile(updatedPath, updated));
        {
            RulePackStore store(dir.path());
            QVERIFY(!store.usesLoadedPack());
            QCOMPARE(&store.current(), &RulePack::builtIn());
            QVERIFY(store.load(updatedPath).ok());
            QCOMPARE(store.current().version(), QStringLiteral("2027.1.0"));

            // A malformed pack is refused and the one in use stays.
            const QString broken = dir.filePath(QStringLiteral("broken.json"));
            QVERIFY(test::writeFile(broken, R"({"format": "reelstudio.rulepack", "settings": {"hashtags.max": "x"}})"));
            const auto refused = store.load(broken);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
            QCOMPARE(store.current().version(), QStringLiteral("2027.1.0"));
        }
        RulePackStore reopened(dir.path());
        QVERIFY(reopened.usesLoadedPack());
        QCOMPARE(reopened.current().settingsOn(QDate::currentDate()).value(QStringLiteral("hashtags.max")), 3.0);
        QVERIFY(reopened.reset().ok());
        QVERIFY(!reopened.usesLoadedPack());
        QVERIFY(!QFile::exists(reopened.storedPath()));
    }

    void damagedStoredPackFallsBackToTheBuiltIn()
    {
        QTemporaryDir dir;
        RulePackStore probe(dir.path());
        QVERIFY(test::writeFile(probe.storedPath(), "{ not json"));
        RulePackStore store(dir.path());
        QVERIFY(!store.usesLoadedPack());
        QVERIFY(store.startupProblem().has_value());
        QCOMPARE(&store.current(), &RulePack::builtIn());
        QVERIFY(QFile::exists(store.storedPath())); // left for the user to inspect, never overwritten silently
    }

    void locatorFindsPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::newRow("top") << "a" << 2;
        QTest::newRow("nested") << "b.c" << 4;
        QTest::newRow("array item") << "d[1].e" << 7;
        QTest::newRow("missing member: its object") << "b.zz" << 3;
        QTest::newRow("key with dots inside a quoted name is not split") << "f" << 9;
    }

    void locatorFindsPaths()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        const QByteArray json =
                "{\n \"a\": 1,\n \"b\": {\n  \"c\": \"x\\\"y\"\n },\n \"d\": [{\"e\": 1},\n  {\"e\": 2}\n ],\n"
                " \"f\": [1, [2, {\"g\": 3}]]\n}";
        QCOMPARE(lineOfJsonPath(json, path), line);
    }
};

QTEST_GUILESS_MAIN(TestRulePack)
#include "tst_rulepack.moc"
