#include "generate/ScriptSchema.h"
#include "model/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace reel;

namespace {

ReelScript sample()
{
    ReelScript s;
    s.hook = QStringLiteral("Why do your legs shake on stairs? \"Really\"");
    s.body = QStringLiteral("It's not weakness.\nIt's control — and you can train it. 😀");
    s.cta = QStringLiteral("Start your free trial");
    s.caption = QStringLiteral("Stairs, sorted.");
    s.hashtags = {QStringLiteral("#fitness"), QStringLiteral("#homeworkout")};
    s.onScreenText = {QStringLiteral("Legs shaking?"), QStringLiteral("Try this")};
    s.shots = {{0, 3, QStringLiteral("Close-up on stairs"), QStringLiteral("Why do your legs shake?")},
               {3, 12.5, QStringLiteral("Step-downs"), QStringLiteral("Three seconds down")}};
    s.thumbnailText = QStringLiteral("Shaky legs?");
    return s;
}

} // namespace

class TestScriptSchema : public QObject
{
    Q_OBJECT

private slots:
    void theSchemaIsStrict()
    {
        const QJsonObject schema = scriptJsonSchema();
        QCOMPARE(schema[u"additionalProperties"].toBool(true), false);
        const QJsonObject properties = schema[u"properties"].toObject();
        QCOMPARE(schema[u"required"].toArray().size(), properties.size()); // every property required
        const QJsonObject shot = properties[u"shots"][u"items"].toObject();
        QCOMPARE(shot[u"additionalProperties"].toBool(true), false);
        QCOMPARE(shot[u"required"].toArray().size(), shot[u"properties"].toObject().size());
    }

    void ourOwnScriptsPassTheSchema()
    {
        const QJsonObject encoded = QJsonDocument::fromJson(codec::encodeScript(sample())).object();
        QCOMPARE(checkAgainstSchema(encoded, scriptJsonSchema()), QStringList());
    }

    void schemaProblemsNameThePath()
    {
        QJsonObject o = QJsonDocument::fromJson(codec::encodeScript(sample())).object();
        o.remove(QStringLiteral("cta"));
        o.insert(QStringLiteral("hashtags"), QJsonArray{QStringLiteral("#a"), 5});
        o.insert(QStringLiteral("mood"), QStringLiteral("upbeat"));
        QJsonArray shots = o[u"shots"].toArray();
        QJsonObject first = shots.first().toObject();
        first.insert(QStringLiteral("start_s"), QStringLiteral("zero"));
        shots.replace(0, first);
        o.insert(QStringLiteral("shots"), shots);
        const QStringList problems = checkAgainstSchema(o, scriptJsonSchema());
        QVERIFY2(problems.contains(QStringLiteral("(answer).cta: is required")), qPrintable(problems.join(u'\n')));
        QVERIFY(problems.contains(QStringLiteral("hashtags[1]: must be string, got integer")));
        QVERIFY(problems.contains(QStringLiteral("mood: is not a field of the schema")));
        QVERIFY(problems.contains(QStringLiteral("shots[0].start_s: must be number, got string")));
        QCOMPARE(problems.size(), 4);
    }

    void subsetKeywords()
    {
        const QJsonObject schema{{QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")}},
                                 {QStringLiteral("enum"), QJsonArray{QStringLiteral("a"), QJsonValue::Null}}};
        QVERIFY(checkAgainstSchema(QJsonValue(QStringLiteral("a")), schema).isEmpty());
        QVERIFY(checkAgainstSchema(QJsonValue::Null, schema).isEmpty());
        QCOMPARE(checkAgainstSchema(QJsonValue(QStringLiteral("b")), schema).size(), 1);
        QCOMPARE(checkAgainstSchema(QJsonValue(3), schema).size(), 1);
        const QJsonObject numbers{
                {QStringLiteral("type"), QStringLiteral("array")},
                {QStringLiteral("maxItems"), 2},
                {QStringLiteral("items"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}, {QStringLiteral("minimum"), 0}}}};
        QVERIFY(checkAgainstSchema(QJsonArray{1, 2.5}, numbers).isEmpty());
        QCOMPARE(checkAgainstSchema(QJsonArray{1, -1, 3}, numbers).size(), 2);
    }

    void answersInProseOrFencesAreRead()
    {
        const QString json = QString::fromUtf8(codec::encodeScript(sample()));
        const QStringList answers{
                json, QStringLiteral("Sure! Here is your script:\n```json\n") + json + QStringLiteral("\n```\nEnjoy."),
                QStringLiteral("{\"script\": ") + json + u'}'};
        for (const QString& wrapped : answers) {
            const auto parsed = parseScriptAnswer(wrapped);
            QVERIFY2(parsed.ok(), qPrintable(wrapped));
            QCOMPARE(parsed->script, sample());
            QVERIFY(parsed->schemaProblems.isEmpty());
        }
    }

    void proseWithoutJsonIsASyntaxError()
    {
        const auto parsed = parseScriptAnswer(
                QStringLiteral("Here's a great hook: stop scrolling! Then talk about it."));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().fields.first().kind, FieldErrorKind::Syntax);
        QVERIFY(!parseScriptAnswer(QStringLiteral("{\"hook\": \"unterminated}")).ok());
    }

    void aSchemaInvalidAnswerIsStillReadForRepair()
    {
        const auto parsed = parseScriptAnswer(QStringLiteral("{\"hook\":\"Hi\",\"body\":\"B\"}"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->script.hook, QStringLiteral("Hi"));
        QVERIFY(parsed->schemaProblems.contains(QStringLiteral("(answer).cta: is required")));
    }

    void partialJsonGivesEverySectionAsItArrives()
    {
        const QString json = QString::fromUtf8(codec::encodeScript(sample(), codec::Layout::Compact));
        const ReelScript full = sample();
        QString lastHook;
        for (qsizetype n = 0; n <= json.size(); ++n) {
            const ReelScript s = partialScript(json.left(n));
            // Whatever is shown is the beginning of the final text.
            QVERIFY2(full.hook.startsWith(s.hook), qPrintable(json.left(n)));
            QVERIFY2(full.body.startsWith(s.body), qPrintable(json.left(n)));
            QVERIFY2(full.cta.startsWith(s.cta), qPrintable(json.left(n)));
            QVERIFY(s.hook.size() >= lastHook.size()); // it only grows
            lastHook = s.hook;
        }
        const ReelScript end = partialScript(json);
        QCOMPARE(end.hook, full.hook);
        QCOMPARE(end.body, full.body);
        QCOMPARE(end.hashtags, full.hashtags);
        QCOMPARE(end.shots, full.shots);
        // Half-way through the body, the hook is complete and the body partly there.
        const qsizetype mid = json.indexOf(QStringLiteral("control"));
        const ReelScript half = partialScript(json.left(mid));
        QCOMPARE(half.hook, full.hook);
        QVERIFY(half.body.startsWith(QStringLiteral("It's not weakness.")));
        QVERIFY(half.cta.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScriptSchema)
#include "tst_scriptschema.moc"
