// The JSON codecs: the original service's formats parse unchanged, round trips are lossless
// (unknown members included) and every kind of bad input is reported with its path.

#include "model/JsonCodec.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace reel;

namespace {

QStringList englishErrors(const FieldErrors& errors)
{
    QStringList out;
    for (const FieldError& e : errors)
        out.append(e.toEnglish());
    return out;
}

BrandProfile sampleProfile()
{
    BrandProfile p;
    p.brandName = QStringLiteral("Café Aurora — «Lisboa»");
    p.sector = QStringLiteral("food");
    p.targetAudience = {QStringLiteral("22-35"),
                        QStringLiteral("all"),
                        QStringLiteral("Lisbon, PT"),
                        {QStringLiteral("no time for breakfast"), QStringLiteral("coffee \"tastes burnt\"")},
                        {}};
    p.brandVoice = {QStringLiteral("friendly"), QStringLiteral("casual")};
    p.offer = QStringLiteral("First pastel de nata free\nwith any coffee");
    p.ctaStyle = QStringLiteral("question");
    p.doNotUse = {QStringLiteral("cheap"), QStringLiteral("diet")};
    p.competitors = {QStringLiteral("BeanChain")};
    p.requiredHashtags = {QStringLiteral("#CafeAurora")};
    p.defaultLanguage = QStringLiteral("es");
    p.notes = QStringLiteral("日本語 notes ✓");
    return p;
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private slots:
    void originalRequestFileParsesUnchanged()
    {
        const auto decoded = codec::decodeRequestFile(test::readTestData(QStringLiteral("requests/original.json")));
        QVERIFY2(decoded.ok(), qPrintable(englishErrors(decoded.errors).join(u'\n')));
        QVERIFY(decoded.unknownFields.isEmpty());
        const BrandProfile& p = decoded.value.brandProfile;
        QCOMPARE(p.brandName, QStringLiteral("FitLife Studio"));
        QCOMPARE(p.sector, QStringLiteral("fitness"));
        QCOMPARE(p.targetAudience.ageRange, QStringLiteral("25-40"));
        QCOMPARE(p.targetAudience.painPoints.size(), 2);
        QCOMPARE(p.brandVoice, (QStringList{QStringLiteral("energetic"), QStringLiteral("motivational")}));
        QCOMPARE(p.doNotUse, (QStringList{QStringLiteral("fat"), QStringLiteral("lazy")}));
        const ScriptRequest& q = decoded.value.scriptRequest;
        QCOMPARE(q.goal, QStringLiteral("conversion"));
        QCOMPARE(q.hookType, QStringLiteral("question"));
        QCOMPARE(q.scriptLength, 30);
        QCOMPARE(q.language, QStringLiteral("english"));
        QCOMPARE(q.cta, QStringLiteral("Start your free trial"));
    }

    void defaultsOfTheOriginalApply()
    {
        const QByteArray minimal = R"({"brand_profile": {"brand_name": "A", "sector": "pets"},
                                       "script_request": {"goal": "awareness", "hook_type": "story", "emotion": "joy"}})";
        const auto decoded = codec::decodeRequestFile(minimal);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value.brandProfile.platform, QStringLiteral("instagram"));
        QCOMPARE(decoded.value.brandProfile.ctaStyle, QStringLiteral("direct"));
        QCOMPARE(decoded.value.scriptRequest.scriptLength, 30);
        QCOMPARE(decoded.value.scriptRequest.language, QStringLiteral("english"));
    }

    void theThreeErrorsOfTheIssueAreReportedTogether()
    {
        const auto decoded = codec::decodeRequestFile(test::readTestData(QStringLiteral("requests/three_errors.json")));
        QCOMPARE(englishErrors(decoded.errors),
                 (QStringList{QStringLiteral("brand_profile.brand_name: is required"),
                              QStringLiteral("brand_profile.do_not_use: must be a list of strings, got a string"),
                              QStringLiteral(
                                      "script_request.script_length: must be between 5 and 180 seconds, got 500")}));
    }

    void errorPaths_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        const auto wrap = [](const char* profile, const char* request) -> QByteArray {
            return QByteArray(R"({"brand_profile": )") + profile + R"(, "script_request": )" + request + "}";
        };
        const char* okProfile = R"({"brand_name": "A", "sector": "pets"})";
        const char* okRequest = R"({"goal": "awareness", "hook_type": "story", "emotion": "joy"})";

        QTest::newRow("not json") << QByteArray("{\n  \"brand_profile\": nope\n}")
                                  << QStringList{QStringLiteral("not valid JSON at line 2, column 21: ")};
        QTest::newRow("empty file") << QByteArray(
                "  \n") << QStringList{QStringLiteral("not valid JSON at line 2, column 1: the file is empty")};
        QTest::newRow("top-level list") << QByteArray("[1, 2]")
                                        << QStringList{QStringLiteral("(document): must be an object, got a list")};
        QTest::newRow("both sections missing") << QByteArray("{}")
                                               << QStringList{QStringLiteral("brand_profile: is required"),
                                                              QStringLiteral("script_request: is required")};
        QTest::newRow("section of wrong type")
                << wrap("\"FitLife\"", okRequest)
                << QStringList{QStringLiteral("brand_profile: must be an object, got a string")};
        QTest::newRow("blank name") << wrap(R"({"brand_name": "   ", "sector": "pets"})", okRequest)
                                    << QStringList{QStringLiteral("brand_profile.brand_name: must not be empty")};
        QTest::newRow("name too long") << wrap(
                QByteArray(R"({"brand_name": ")" + QByteArray(121, 'x') + R"(", "sector": "pets"})").constData(),
                okRequest)
                                       << QStringList{QStringLiteral(
                                                  "brand_profile.brand_name: must be at most 120 characters, got 121")};
        QTest::newRow("list item of wrong type")
                << wrap(R"({"brand_name": "A", "sector": "pets", "brand_voice": ["friendly", 3, null]})", okRequest)
                << QStringList{QStringLiteral("brand_profile.brand_voice[1]: must be a string, got a whole number"),
                               QStringLiteral("brand_profile.brand_voice[2]: must be a string, got null")};
        QTest::newRow("nested object member") << wrap(
                R"({"brand_name": "A", "sector": "pets", "target_audience": {"pain_points": ["", "ok"], "age_range": 30}})",
                okRequest)
                                              << QStringList{QStringLiteral("brand_profile.target_audience.age_range: "
                                                                            "must be a string, got a whole number"),
                                                             QStringLiteral("brand_profile.target_audience.pain_points["
                                                                            "0]: must not be empty")};
        QTest::newRow("audience of wrong type")
                << wrap(R"({"brand_name": "A", "sector": "pets", "target_audience": []})", okRequest)
                << QStringList{QStringLiteral("brand_profile.target_audience: must be an object, got a list")};
        QTest::newRow("request fields missing") << wrap(okProfile, "{}")
                                                << QStringList{QStringLiteral("script_request.goal: is required"),
                                                               QStringLiteral("script_request.hook_type: is required"),
                                                               QStringLiteral("script_request.emotion: is required")};
        QTest::newRow("length too short")
                << wrap(okProfile,
                        R"({"goal": "awareness", "hook_type": "story", "emotion": "joy", "script_length": 2})")
                << QStringList{
                           QStringLiteral("script_request.script_length: must be between 5 and 180 seconds, got 2")};
        QTest::newRow("length fractional")
                << wrap(okProfile,
                        R"({"goal": "awareness", "hook_type": "story", "emotion": "joy", "script_length": 30.5})")
                << QStringList{QStringLiteral("script_request.script_length: must be a whole number, got a number")};
        QTest::newRow("length as text")
                << wrap(okProfile,
                        R"({"goal": "awareness", "hook_type": "story", "emotion": "joy", "script_length": "30"})")
                << QStringList{QStringLiteral("script_request.script_length: must be a whole number, got a string")};
        QTest::newRow("length huge")
                << wrap(okProfile,
                        R"({"goal": "awareness", "hook_type": "story", "emotion": "joy", "script_length": 1e30})")
                << QStringList{QStringLiteral(
                           "script_request.script_length: must be between 5 and 180 seconds, got 2147483647")};
        QTest::newRow("bad utf-8") << QByteArray("{\"brand_profile\": {\"brand_name\": \"\xff\"}}")
                                   << QStringList{QStringLiteral("not valid JSON at line 1, column 35: ")};
        QTest::newRow("number overflow") << QByteArray(
                "{\"brand_profile\": {},\n \"script_request\": {\"script_length\": 1e400}}")
                                         << QStringList{QStringLiteral("not valid JSON at line 2, column 38: ")};
    }

    void errorPaths()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const auto decoded = codec::decodeRequestFile(json);
        const QStringList actual = englishErrors(decoded.errors);
        // Syntax errors: line and column are ours; the parser's own wording after them may vary.
        if (expected.size() == 1 && expected.first().startsWith(u"not valid JSON") && actual.size() == 1
            && expected.first().endsWith(u": ")) {
            QVERIFY2(actual.first().startsWith(expected.first()), qPrintable(actual.first()));
            QVERIFY(actual.first().size() > expected.first().size() + 5);
            return;
        }
        QCOMPARE(actual, expected);
    }

    void nullMeansAbsent()
    {
        // Structured Outputs send optional members as null.
        const auto decoded = codec::decodeProfile(
                R"({"brand_name": "A", "sector": "pets", "offer": null, "cta_style": null})");
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value.ctaStyle, QStringLiteral("direct"));
        QVERIFY(decoded.value.offer.isEmpty());
    }

    void profileRoundTrip()
    {
        const BrandProfile p = sampleProfile();
        const auto back = codec::decodeProfile(codec::encodeProfile(p));
        QVERIFY(back.ok());
        QCOMPARE(back.value, p);
        const auto fromFile = codec::decodeProfileFile(codec::encodeProfileFile(p));
        QVERIFY(fromFile.ok());
        QCOMPARE(fromFile.value, p);
    }

    void originalFormatLeavesInOriginalFormat()
    {
        // A profile without Reel Studio's additions is written with the original's keys only.
        BrandProfile p = sampleProfile();
        p.competitors.clear();
        p.requiredHashtags.clear();
        p.defaultLanguage.clear();
        p.notes.clear();
        const QByteArray json = codec::encodeProfile(p, codec::Layout::Compact);
        for (const char* key : {"competitors", "required_hashtags", "default_language", "notes"})
            QVERIFY2(!json.contains(key), key);
        for (const char* key :
             {"brand_name", "sector", "target_audience", "brand_voice", "offer", "platform", "cta_style", "do_not_use"})
            QVERIFY2(json.contains(key), key);
    }

    void unknownFieldsAreKeptAndReported()
    {
        const QByteArray json = R"({"brand_profile": {"brand_name": "A", "sector": "pets", "tiktok_handle": "@a",
                                     "target_audience": {"income": {"min": 30000, "currency": "EUR"}}},
                                    "script_request": {"goal": "awareness", "hook_type": "story", "emotion": "joy",
                                                       "music": ["lofi", 2]},
                                    "client_ref": 42})";
        const auto decoded = codec::decodeRequestFile(json);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.unknownFields,
                 (QStringList{QStringLiteral("brand_profile.target_audience.income"),
                              QStringLiteral("brand_profile.tiktok_handle"), QStringLiteral("script_request.music"),
                              QStringLiteral("client_ref")}));
        const QByteArray written = codec::encodeRequestFile(decoded.value, codec::Layout::Compact);
        QVERIFY(written.contains(R"("tiktok_handle":"@a")"));
        QVERIFY(written.contains(R"("income":{"min":30000,"currency":"EUR"})"));
        QVERIFY(written.contains(R"("music":["lofi",2])"));
        QVERIFY(written.contains(R"("client_ref":42)"));
        const auto again = codec::decodeRequestFile(written);
        QVERIFY(again.ok());
        QCOMPARE(again.value, decoded.value);
        QCOMPARE(again.unknownFields, decoded.unknownFields);
    }

    void knownMembersWinOverKeptOnes()
    {
        auto decoded = codec::decodeProfile(R"({"brand_name": "A", "sector": "pets", "x": 1})");
        QVERIFY(decoded.ok());
        decoded.value.brandName = QStringLiteral("B");
        const auto back = codec::decodeProfile(codec::encodeProfile(decoded.value));
        QCOMPARE(back.value.brandName, QStringLiteral("B"));
    }

    void profileFileForms_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("bare") << QByteArray(R"({"brand_name": "A", "sector": "pets"})");
        QTest::newRow("wrapped") << QByteArray(R"({"brand_profile": {"brand_name": "A", "sector": "pets"}})");
        QTest::newRow("request file") << QByteArray(
                R"({"brand_profile": {"brand_name": "A", "sector": "pets"}, "script_request": {"goal": "x"}})");
        QTest::newRow("versioned") << QByteArray(
                R"({"format": "reelstudio.profile", "format_version": 1, "brand_profile": {"brand_name": "A", "sector": "pets"}})");
    }

    void profileFileForms()
    {
        QFETCH(QByteArray, json);
        const auto decoded = codec::decodeProfileFile(json);
        QVERIFY2(decoded.ok(), qPrintable(englishErrors(decoded.errors).join(u'\n')));
        QCOMPARE(decoded.value.brandName, QStringLiteral("A"));
    }

    void profileFileFromTheFutureIsRefused()
    {
        const auto decoded = codec::decodeProfileFile(
                R"({"format": "reelstudio.profile", "format_version": 7, "brand_profile": {"brand_name": "A", "sector": "pets"}})");
        QCOMPARE(englishErrors(decoded.errors),
                 QStringList{QStringLiteral("format_version: must be between 1 and 1, got 7")});
        const auto wrapped = codec::decodeProfileFile(R"({"brand_profile": {"sector": "pets"}})");
        QCOMPARE(englishErrors(wrapped.errors), QStringList{QStringLiteral("brand_profile.brand_name: is required")});
    }

    void scriptRoundTripAndChecks()
    {
        ReelScript s;
        s.hook = QStringLiteral("Still skipping workouts?");
        s.body = QStringLiteral("Fifteen minutes.\nNo gym.");
        s.cta = QStringLiteral("Tap the link to start today");
        s.caption = QStringLiteral("Your living room is the gym now.");
        s.hashtags = {QStringLiteral("#HomeWorkout"), QStringLiteral("#FitLife")};
        s.onScreenText = {QStringLiteral("15 MIN"), QStringLiteral("NO GYM")};
        s.shots = {{0.0, 2.5, QStringLiteral("Close-up alarm"), QStringLiteral("Still skipping workouts?")},
                   {2.5, 12.0, QStringLiteral("Living room"), QStringLiteral("Fifteen minutes.")}};
        s.thumbnailText = QStringLiteral("15-minute reset");
        const auto back = codec::decodeScript(codec::encodeScript(s));
        QVERIFY(back.ok());
        QCOMPARE(back.value, s);

        const auto bad = codec::decodeScript(
                R"({"hook": "h", "body": "b", "cta": "c", "caption": "x", "hashtags": [],
                "shots": [{"start_s": 4, "end_s": 2}, {"start_s": -1, "end_s": 1}, {"visual": "v"}, 5]})");
        QCOMPARE(englishErrors(bad.errors),
                 (QStringList{QStringLiteral("shots[2].start_s: is required"),
                              QStringLiteral("shots[2].end_s: is required"),
                              QStringLiteral("shots[3]: must be an object, got a whole number"),
                              QStringLiteral("shots[0].end_s: must be after start_s (4), got 2"),
                              QStringLiteral("shots[1].start_s: must be between 0 and 180 seconds, got -1")}));
    }

    void answerEnvelopeOfTheOriginal()
    {
        const QByteArray original = R"({
          "script": {"hook": "Did you know?", "body": "Body text", "cta": "Follow now", "caption": "Caption",
                     "hashtags": ["#a", "#b"]},
          "validation": {"is_valid": false, "errors": ["Hook too short"], "warnings": ["No urgency"]},
          "metadata": {"brand": "FitLife", "sector": "fitness", "goal": "conversion", "hook_type": "question",
                       "script_length": 30}
        })";
        const auto decoded = codec::decodeAnswer(original);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value.validation.errors, QStringList{QStringLiteral("Hook too short")});
        QCOMPARE(decoded.value.metadata.scriptLength, 30);
        const auto back = codec::decodeAnswer(codec::encodeAnswer(decoded.value));
        QVERIFY(back.ok());
        QCOMPARE(back.value, decoded.value);
    }

    void hostileInputDoesNotCrash_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
        QTest::newRow("deep objects") << QByteArray("{\"brand_profile\":") + QByteArray(50000, '[') + "}";
        QTest::newRow("nul bytes") << QByteArray("{\"brand_name\": \"a\0b\"}", 21);
        QTest::newRow("huge number") << QByteArray(
                "{\"brand_profile\": {}, \"script_request\": {\"script_length\": 1e400}}");
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n");
    }

    void hostileInputDoesNotCrash()
    {
        QFETCH(QByteArray, json);
        const auto decoded = codec::decodeRequestFile(json);
        QVERIFY(!decoded.ok());
        QVERIFY(!decoded.errors.constFirst().toEnglish().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
