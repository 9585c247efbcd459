// Every message and fix code core can produce has translated text in the editor, and script
// files read and write the way the page relies on.

#include "common/ErrorText.h"
#include "common/LanguageManager.h"
#include "editor/FindingText.h"
#include "editor/ScriptFile.h"
#include "model/JsonCodec.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace reel;
using namespace reel::ui;

namespace {

QString source(const QString& relative)
{
    QFile file(QStringLiteral(REEL_SOURCE_DIR) + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

QStringList matches(const QString& text, const QString& pattern)
{
    QStringList out;
    const QRegularExpression re(pattern);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString captured = it.next().captured(1);
        if (!out.contains(captured))
            out.append(captured);
    }
    return out;
}

// The message codes core knows: the ones Finding::toEnglish() words.
QStringList coreMessageCodes()
{
    return matches(source(QStringLiteral("core/validate/Finding.cpp")), QStringLiteral("c == u\"([a-z_]+)\""));
}

// The quick-fix codes the rules create, and the ones the CLI words.
QStringList coreFixCodes()
{
    QString rules;
    QDirIterator it(QStringLiteral(REEL_SOURCE_DIR "/core/validate"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            rules += QString::fromUtf8(file.readAll());
    }
    QStringList codes = matches(rules, QStringLiteral("QuickFix\\{QStringLiteral\\(\"([a-z_]+)\"\\)"));
    for (const QString& code : matches(source(QStringLiteral("app/cli/ValidateCommand.cpp")),
                                       QStringLiteral("fix\\.code == u\"([a-z_]+)\""))) {
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

} // namespace

class TestEditorText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyMessageCodeHasText_data();
    void everyMessageCodeHasText();
    void everyFixCodeHasText_data();
    void everyFixCodeHasText();
    void argumentsAreShownForPeople();
    void toolTipNamesTheFix();
    void unknownCodesFallBackToEnglish();

    void envelopeRoundTripKeepsUnknownMembers();
    void bareScriptIsWrapped();
    void unreadableFilesAreRefusedWithTheReason();
    void requestRidesInTheMetadata();
};

void TestEditorText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editor_text"));
    QSettings().clear();
    LanguageManager::apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestEditorText::everyMessageCodeHasText_data()
{
    QTest::addColumn<QString>("code");
    const QStringList codes = coreMessageCodes();
    QVERIFY2(codes.size() >= 50, qPrintable(QString::number(codes.size()))); // the parse found the list
    for (const QString& code : codes)
        QTest::newRow(qPrintable(code)) << code;
}

void TestEditorText::everyMessageCodeHasText()
{
    QFETCH(QString, code);
    QVERIFY2(FindingText::hasMessage(code), qPrintable(code));
    Finding f;
    f.code = code;
    f.args = {QStringLiteral("ARG0"), QStringLiteral("7"), QStringLiteral("ARG2")};
    const QString text = FindingText::message(f);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.startsWith(code), qPrintable(text)); // not core's fallback ("code args")
    QVERIFY2(text != f.toEnglish(), qPrintable(text));
    QVERIFY2(text.front().isUpper() || text.front() == u'“' || text.front().isDigit(), qPrintable(text));
}

void TestEditorText::everyFixCodeHasText_data()
{
    QTest::addColumn<QString>("code");
    const QStringList codes = coreFixCodes();
    QVERIFY2(codes.size() >= 8, qPrintable(codes.join(u' ')));
    for (const QString& code : codes)
        QTest::newRow(qPrintable(code)) << code;
}

void TestEditorText::everyFixCodeHasText()
{
    QFETCH(QString, code);
    QVERIFY2(FindingText::hasFix(code), qPrintable(code));
    const QString text = FindingText::fix(QuickFix{code, {QStringLiteral("fat"), QStringLiteral("#fitlife")}, {}});
    QVERIFY(!text.isEmpty());
    QVERIFY2(text != code, qPrintable(text));
}

void TestEditorText::argumentsAreShownForPeople()
{
    const auto message = [](const QString& code, const QStringList& args) {
        Finding f;
        f.code = code;
        f.args = args;
        return FindingText::message(f);
    };
    QCOMPARE(message(QStringLiteral("banned_word"), {QStringLiteral("fat")}),
             QStringLiteral("“fat” is on the brand's do-not-use list."));
    // Numbers as the locale writes them, decimals kept.
    QCOMPARE(message(QStringLiteral("caption_too_long"), {QStringLiteral("2301"), QStringLiteral("2200")}),
             QStringLiteral("2,301 characters; Instagram cuts captions at 2,200."));
    QCOMPARE(message(QStringLiteral("hook_too_slow"), {QStringLiteral("3.4"), QStringLiteral("3")}),
             QStringLiteral("The hook takes about 3.4 s to say; it should land within 3 s."));
    // Catalog ids by their labels, core's English language names by the user's words.
    QCOMPARE(message(QStringLiteral("voice_missing"), {QStringLiteral("energetic")}),
             QStringLiteral("Nothing here sounds “Energetic”."));
    QCOMPARE(message(QStringLiteral("sentiment_mismatch"),
                     {QStringLiteral("negative"), QStringLiteral("-0.42"), QStringLiteral("excitement")}),
             QStringLiteral("The tone reads negative (-0.42); the Reel should convey “Excitement”."));
    QCOMPARE(message(QStringLiteral("spelling"), {QStringLiteral("wrkout"), QStringLiteral("English")}),
             QStringLiteral("“wrkout” is not in the English dictionary."));
    QCOMPARE(message(QStringLiteral("risky_claim_sector"), {QStringLiteral("cure"), QStringLiteral("health")}),
             QStringLiteral("“cure” is a risky claim in health and fitness."));

    QCOMPARE(FindingText::fix(QuickFix{QStringLiteral("remove"), {QStringLiteral("fat")}, {}}),
             QStringLiteral("remove “fat”"));
    QCOMPARE(FindingText::fix(QuickFix{
                     QStringLiteral("replace"), {QStringLiteral("#fit-life"), QStringLiteral("#fitlife")}, {}}),
             QStringLiteral("replace with “#fitlife”"));
    QCOMPARE(FindingText::fixLabel(QuickFix{QStringLiteral("remove_extra_hashtags"), {QStringLiteral("5")}, {}}),
             QStringLiteral("Fix: keep the first 5 hashtags"));
    QCOMPARE(FindingText::sectionName(ScriptField::OnScreenText), QStringLiteral("On-screen text"));
    QCOMPARE(FindingText::severityName(Severity::Info), QStringLiteral("Note"));
}

void TestEditorText::toolTipNamesTheFix()
{
    Finding f;
    f.code = QStringLiteral("banned_word");
    f.args = {QStringLiteral("fat")};
    QCOMPARE(FindingText::toolTip(f), QStringLiteral("“fat” is on the brand's do-not-use list."));
    f.fix = QuickFix{QStringLiteral("remove"), {QStringLiteral("fat")}, {}};
    QCOMPARE(FindingText::toolTip(f), QStringLiteral("“fat” is on the brand's do-not-use list.\nFix: remove “fat”"));
}

void TestEditorText::unknownCodesFallBackToEnglish()
{
    Finding f;
    f.code = QStringLiteral("brand_new_rule");
    f.args = {QStringLiteral("x")};
    QVERIFY(!FindingText::hasMessage(f.code));
    QCOMPARE(FindingText::message(f), f.toEnglish());
}

void TestEditorText::envelopeRoundTripKeepsUnknownMembers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answer.json"));
    QVERIFY(test::writeFile(path, QByteArrayLiteral(R"({"script": {"hook": "Hi there friend", "body": "b", "cta": "c",
        "caption": "d", "hashtags": ["#a"], "mood": "calm"}, "validation": {"is_valid": true, "errors": [],
        "warnings": []}, "metadata": {"brand": "Acme", "sector": "fitness", "goal": "awareness", "hook_type": "story",
        "script_length": 20, "model": "gpt"}, "request_id": "r-1"})")));
    auto opened = ScriptFile::read(path);
    QVERIFY(opened.ok());
    QVERIFY(opened->wasEnvelope);
    QCOMPARE(opened->answer.script.hook, QStringLiteral("Hi there friend"));
    QCOMPARE(opened->answer.metadata.scriptLength, 20);

    AnswerEnvelope answer = opened->answer;
    answer.script.hook = QStringLiteral("Changed");
    const QString copy = dir.filePath(QStringLiteral("copy.json"));
    QVERIFY(ScriptFile::write(copy, answer).ok());
    auto again = ScriptFile::read(copy);
    QVERIFY(again.ok());
    QCOMPARE(again->answer, answer);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("request_id")).toString(), QStringLiteral("r-1"));
    QCOMPARE(doc.value(QStringLiteral("script")).toObject().value(QStringLiteral("mood")).toString(),
             QStringLiteral("calm"));
    QCOMPARE(doc.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("model")).toString(),
             QStringLiteral("gpt"));
}

void TestEditorText::bareScriptIsWrapped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("script.json"));
    QVERIFY(test::writeFile(path, QByteArrayLiteral(R"({"hook": "Hi", "body": "b", "cta": "c", "caption": "d",
        "hashtags": ["#a"], "shots": [{"start_s": 0, "end_s": 2.5, "visual": "door", "voiceover": "Hi"}]})")));
    auto opened = ScriptFile::read(path);
    QVERIFY(opened.ok());
    QVERIFY(!opened->wasEnvelope);
    QCOMPARE(opened->answer.script.shots.size(), 1);
    QCOMPARE(opened->answer.script.shots.constFirst().endS, 2.5);
    QCOMPARE(opened->answer.metadata, AnswerMetadata{});
}

void TestEditorText::unreadableFilesAreRefusedWithTheReason()
{
    QTemporaryDir dir;
    auto missing = ScriptFile::read(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::FileUnreadable);
    QVERIFY(ErrorText::message(missing.error()).contains(QStringLiteral("nope.json")));

    auto folder = ScriptFile::read(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(ErrorText::message(folder.error()).contains(QStringLiteral("it is a folder")));

    const QString big = dir.filePath(QStringLiteral("big.json"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(ScriptFile::kMaxBytes + 1));
    file.close();
    auto tooBig = ScriptFile::read(big);
    QVERIFY(!tooBig.ok());
    QVERIFY(ErrorText::message(tooBig.error()).contains(QStringLiteral("16 MiB")));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeFile(broken, QByteArrayLiteral("[1, 2")));
    auto syntax = ScriptFile::read(broken);
    QVERIFY(!syntax.ok());
    QCOMPARE(syntax.error().code, ErrorCode::InvalidInput);

    // An envelope whose script is wrong names the script's fields, not "script is missing".
    const QString wrong = dir.filePath(QStringLiteral("wrong.json"));
    QVERIFY(test::writeFile(wrong, QByteArrayLiteral(R"({"script": {"hook": 3}, "metadata": {}})")));
    auto fields = ScriptFile::read(wrong);
    QVERIFY(!fields.ok());
    QVERIFY2(ErrorText::message(fields.error()).contains(QStringLiteral("script.hook")),
             qPrintable(ErrorText::message(fields.error())));

    auto unwritable = ScriptFile::write(dir.filePath(QStringLiteral("no/such/folder/x.json")), AnswerEnvelope{});
    QVERIFY(!unwritable.ok());
    QCOMPARE(unwritable.error().code, ErrorCode::FileUnwritable);
}

void TestEditorText::requestRidesInTheMetadata()
{
    ScriptRequest request;
    request.goal = QStringLiteral("conversion");
    request.hookType = QStringLiteral("question");
    request.emotion = QStringLiteral("joy");
    request.scriptLength = 45;
    request.language = QStringLiteral("ja");
    request.topic = QStringLiteral("Morning routines");
    AnswerMetadata metadata;
    metadata.unknownFields = QByteArrayLiteral(R"({"model":"gpt"})");
    ScriptFile::setRequest(metadata, request);
    QCOMPARE(metadata.goal, request.goal);
    QCOMPARE(metadata.scriptLength, 45);
    QVERIFY(metadata.unknownFields.contains("gpt"));
    const ScriptRequest back = ScriptFile::requestOf(metadata);
    QCOMPARE(back.goal, request.goal);
    QCOMPARE(back.hookType, request.hookType);
    QCOMPARE(back.emotion, request.emotion);
    QCOMPARE(back.scriptLength, request.scriptLength);
    QCOMPARE(back.language, request.language);
    QCOMPARE(back.topic, request.topic);
}

QTEST_MAIN(TestEditorText)
#include "tst_editor_text.moc"
