// Every reader of untrusted text against what an attacker (or a broken tool) sends: JSON nested
// 100,000 deep — on a thread with a 512 KiB stack, as small as a worker's on macOS or Windows —,
// files over the size limits, binary bytes, invalid UTF-8, pipes. Each must answer with a clear
// error naming the limit or the byte, and none may crash.

#include "common/Csv.h"
#include "common/InputLimits.h"
#include "generate/ComposerTemplates.h"
#include "generate/PromptBuilder.h"
#include "generate/ScriptSchema.h"
#include "history/HistoryExport.h"
#include "llm/ApiTypes.h"
#include "llm/PriceTable.h"
#include "model/JsonCodec.h"
#include "rag/ExampleImporter.h"
#include "validate/RulePack.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

#ifdef Q_OS_UNIX
#    include <sys/stat.h>

#    include <csignal>
#endif

using namespace reel;

namespace {

constexpr int kDeep = 100000;

QByteArray deepArrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

/// The original request with an unknown member nested `depth` deep (what crashed the app).
QByteArray deepRequest(int depth)
{
    return R"({"brand_profile": {"brand_name": "Lumen", "sector": "food", "target_audience": {"age_range": "25-40",
       "gender": "all", "location": "EU", "pain_points": ["stale coffee"]}, "brand_voice": ["friendly"],
       "offer": "first bag free", "cta_style": "direct", "do_not_use": []},
       "script_request": {"goal": "awareness", "hook_type": "question", "emotion": "curiosity",
       "script_length": 30}, "x": )"
           + deepArrays(depth) + "}";
}

/// Every reader of JSON text, by name; each returns a description of its error (empty = accepted).
QList<QPair<QString, std::function<QString(const QByteArray&)>>> readers()
{
    const auto fields = [](const FieldErrors& errors) {
        QStringList out;
        for (const FieldError& e : errors)
            out.append(e.toEnglish());
        return out.join(u'\n');
    };
    const auto result = [](const auto& r) { return r ? QString() : r.error().toEnglish(); };
    return {
            {QStringLiteral("request file"),
             [=](const QByteArray& b) { return fields(codec::decodeRequestFile(b).errors); }},
            {QStringLiteral("profile file"),
             [=](const QByteArray& b) { return fields(codec::decodeProfileFile(b).errors); }},
            {QStringLiteral("profile"), [=](const QByteArray& b) { return fields(codec::decodeProfile(b).errors); }},
            {QStringLiteral("script"), [=](const QByteArray& b) { return fields(codec::decodeScript(b).errors); }},
            {QStringLiteral("answer envelope"),
             [=](const QByteArray& b) { return fields(codec::decodeAnswer(b).errors); }},
            {QStringLiteral("example file"),
             [=](const QByteArray& b) { return fields(codec::decodeExampleFile(b).errors); }},
            {QStringLiteral("history export"), [=](const QByteArray& b) { return result(history::fromJson(b)); }},
            {QStringLiteral("rule pack"), [=](const QByteArray& b) { return result(RulePack::fromJson(b)); }},
            {QStringLiteral("composer templates"),
             [=](const QByteArray& b) { return result(detail::ComposerTemplates::fromJson(b)); }},
            {QStringLiteral("price table"), [=](const QByteArray& b) { return result(PriceTable::fromJson(b)); }},
            {QStringLiteral("examples as JSON"),
             [=](const QByteArray& b) { return result(ExampleImporter::parse(b, ExampleImporter::Format::Json, {})); }},
            {QStringLiteral("examples as JSON Lines"),
             [=](const QByteArray& b) {
                 auto plan = ExampleImporter::parse(b, ExampleImporter::Format::Jsonl, {});
                 if (!plan)
                     return plan.error().toEnglish();
                 QStringList out;
                 for (const auto& row : plan->rows)
                     out.append(fields(row.errors));
                 return out.join(u'\n');
             }},
            {QStringLiteral("model answer"),
             [=](const QByteArray& b) { return result(parseScriptAnswer(QString::fromUtf8(b))); }},
            {QStringLiteral("server error body"),
             [](const QByteArray& b) {
                 ApiFailure f;
                 return f.readErrorBody(b) ? QString() : QStringLiteral("not an error body");
             }},
            {QStringLiteral("bounded JSON"),
             [](const QByteArray& b) {
                 JsonProblem problem;
                 return parseJsonBounded(b, limits::kDocumentBytes, &problem) ? QString() : problem.why;
             }},
    };
}

/// Runs `work` on a thread with a 512 KiB stack and waits for it.
void onSmallStack(const std::function<void()>& work)
{
    QThread* thread = QThread::create(work);
    thread->setStackSize(512 * 1024);
    thread->start();
    QVERIFY(thread->wait(120000));
    delete thread;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void deepNestingIsRefusedByEveryReaderOnASmallStack_data()
    {
        QTest::addColumn<int>("reader");
        QTest::addColumn<QByteArray>("input");
        const auto all = readers();
        for (int i = 0; i < all.size(); ++i) {
            QTest::addRow("%s, arrays", qPrintable(all.at(i).first)) << i << deepArrays(kDeep);
            QTest::addRow("%s, objects", qPrintable(all.at(i).first))
                    << i << QByteArray("{\"a\":").repeated(kDeep) + "1" + QByteArray(kDeep, '}');
            QTest::addRow("%s, inside a request", qPrintable(all.at(i).first)) << i << deepRequest(kDeep);
            QTest::addRow("%s, unterminated", qPrintable(all.at(i).first)) << i << QByteArray(kDeep, '[');
        }
    }
    void deepNestingIsRefusedByEveryReaderOnASmallStack()
    {
        QFETCH(int, reader);
        QFETCH(QByteArray, input);
        QString error;
        onSmallStack([&] { error = readers().at(reader).second(input); });
        QVERIFY2(!error.isEmpty(), "a 100,000-deep document was accepted");
        // The limit is named, with where it was passed (what the parser alone would never say).
        QVERIFY2(error.contains(u"64") || error.contains(u"not an error body"), qPrintable(error.left(300)));
    }

    void nestingUpToTheLimitIsRead()
    {
        // 60 levels of unknown members inside a request: kept, not refused (other tools' data).
        const QByteArray json = deepRequest(60);
        const auto decoded = codec::decodeRequestFile(json);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errors.value(0).toEnglish()));
        QVERIFY(decoded.unknownFields.contains(QStringLiteral("x")));
        QCOMPARE(findExcessNesting(json), std::nullopt);
        QVERIFY(findExcessNesting(deepRequest(64)).has_value()); // 64 + the outer object
    }

    void bracketsInsideStringsDoNotCount()
    {
        // (Plain string literals here: moc reads this file too, and some raw strings confuse it.)
        const QByteArray text = "{\"hook\": \"" + QByteArray(5000, '[') + "\\\"[[[\", \"body\": \"x\"}";
        QCOMPARE(findExcessNesting(text), std::nullopt);
        QVERIFY(parseJsonBounded(text, limits::kDocumentBytes).has_value());
    }

    void partialAnswersOfAnyDepthNeverCrash()
    {
        // The streaming reader closes what is open; a server streaming brackets gets an empty script.
        ReelScript s;
        onSmallStack([&] { s = partialScript(QStringLiteral("{\"hook\": \"Hi\", \"x\": ") + QString(kDeep, u'[')); });
        QVERIFY(s.body.isEmpty());
        onSmallStack([&] { s = partialScript(QStringLiteral("{\"hook\": \"Still here?\", \"body\": \"Ye")); });
        QCOMPARE(s.hook, QStringLiteral("Still here?"));
    }

    void oversizedDocumentsAreRefusedWithTheLimit()
    {
        // 17 MiB of valid JSON: over the 16 MiB a single document may be.
        QByteArray big = "{\"hook\": \"" + QByteArray(17 * 1024 * 1024, 'a') + "\"}";
        const auto decoded = codec::decodeScript(big);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.errors.first().kind, FieldErrorKind::TooLarge);
        QVERIFY2(decoded.errors.first().toEnglish().contains(u"16 MiB"),
                 qPrintable(decoded.errors.first().toEnglish()));
        const auto pack = RulePack::fromJson(big);
        QVERIFY(!pack.ok());
        QVERIFY(pack.error().toEnglish().contains(u"16 MiB"));
    }

    void binaryAndInvalidUtf8AreNamedToTheByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("offset");
        QTest::newRow("NUL") << QByteArray("{\"a\": 1}\0\0", 10) << int(TextProblem::Binary) << 8;
        QTest::newRow("PNG header") << QByteArray("\x89PNG\r\n\x1a\n", 8) << int(TextProblem::Binary) << 6;
        QTest::newRow("control") << QByteArray("name\x01value") << int(TextProblem::Binary) << 4;
        QTest::newRow("Latin-1") << QByteArray("caf\xe9 au lait") << int(TextProblem::InvalidUtf8) << 3;
        QTest::newRow("overlong") << QByteArray("ab\xc0\xaf") << int(TextProblem::InvalidUtf8) << 2;
        QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80y") << int(TextProblem::InvalidUtf8) << 1;
        QTest::newRow("cut short") << QByteArray("\xe3\x81") << int(TextProblem::InvalidUtf8) << 0;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << int(TextProblem::InvalidUtf8) << 0;
        QTest::newRow("blank") << QByteArray(" \n\t ") << int(TextProblem::Empty) << 0;
        QTest::newRow("Japanese and emoji")
                << QByteArray("コーヒー ☕ 👩‍💻") << int(TextProblem::None) << -1;
    }
    void binaryAndInvalidUtf8AreNamedToTheByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, problem);
        QFETCH(int, offset);
        const TextCheck check = checkText(bytes);
        QCOMPARE(int(check.problem), problem);
        QCOMPARE(check.offset, qsizetype(offset));
    }

    void hostileJsonNeverCrashesAReader_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("binary") << QByteArray::fromHex("00ff10fe8001c0de7f");
        QTest::newRow("invalid UTF-8 in a string") << QByteArray("{\"hook\": \"caf\xe9\"}");
        QTest::newRow("lone surrogate escape") << QByteArray(R"({"hook": "\ud800", "body": "\udfff"})");
        QTest::newRow("huge number") << QByteArray(R"({"script_length": 1e400, "hashtags.max": -1e400})");
        QTest::newRow("NUL escape") << QByteArray(R"({"hook": "a\u0000b"})");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("BOM only") << QByteArray("\xef\xbb\xbf");
        QTest::newRow("unclosed string") << QByteArray("{\"hook\": \"") + QByteArray(100000, 'x');
        QTest::newRow("many members") << "{" + QByteArray("\"k\":1,").repeated(200000) + "\"k\":2}";
    }
    void hostileJsonNeverCrashesAReader()
    {
        QFETCH(QByteArray, input);
        for (const auto& [name, read] : readers())
            read(input); // an answer, whatever it is; a crash fails the whole test run
        QVERIFY(parseCsv(input).size() >= 0);
    }

    void csvDelimiterComesFromTheFirstRecordOutsideQuotes()
    {
        // Found by fuzz_csv: a quoted header cell full of semicolons, or a header ended by a
        // lone CR, made the reader pick the wrong delimiter.
        const auto quoted = parseCsv("\"hook;body;cta\",caption\nWhy?,Fresh\n");
        QCOMPARE(quoted.size(), 2);
        QCOMPARE(quoted.at(0), (QStringList{QStringLiteral("hook;body;cta"), QStringLiteral("caption")}));
        const auto cr = parseCsv("hook;body\rline;one\ntwo,three,four,five\n");
        QCOMPARE(cr.at(0), (QStringList{QStringLiteral("hook"), QStringLiteral("body")}));
        QCOMPARE(cr.at(1), (QStringList{QStringLiteral("line"), QStringLiteral("one")}));
    }

    void readInputRefusesOversizedFilesBeforeReadingThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(200) * 1024 * 1024)); // 200 MB, sparse: nothing is written
        f.close();
        const auto read = readInput(path, limits::kImportBytes);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::FileTooLarge);
        QCOMPARE(read.error().args.value(1), QStringLiteral("128 MiB"));
        QCOMPARE(read.error().args.value(2), QStringLiteral("200 MiB"));
    }

    void readInputRefusesBinaryAndInvalidUtf8()
    {
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("photo.csv"));
        const QString latin1 = dir.filePath(QStringLiteral("latin1.csv"));
        QFile b(binary), l(latin1);
        QVERIFY(b.open(QIODevice::WriteOnly) && b.write(QByteArray("hook,body\nhi,\0there\n", 20)) == 20);
        QVERIFY(l.open(QIODevice::WriteOnly) && l.write("hook,body\ncaf\xe9,ok\n") > 0);
        b.close();
        l.close();
        const auto notText = readInput(binary, limits::kImportBytes);
        QCOMPARE(notText.error().code, ErrorCode::FileNotText);
        QCOMPARE(notText.error().args.value(1), QStringLiteral("binary"));
        QCOMPARE(notText.error().args.value(2), QStringLiteral("13"));
        const auto notUtf8 = readInput(latin1, limits::kImportBytes);
        QCOMPARE(notUtf8.error().code, ErrorCode::FileNotText);
        QCOMPARE(notUtf8.error().args.value(1), QStringLiteral("utf8"));
        QCOMPARE(notUtf8.error().args.value(2), QStringLiteral("13"));
        QVERIFY(notUtf8.error().toEnglish().contains(u"byte 13"));
        // Without the text check (the import wizard judges the bytes itself) they are read.
        QVERIFY(readInput(binary, limits::kImportBytes, false).ok());
    }

#ifdef Q_OS_UNIX
    void readInputReadsAPipeUpToItsLimit()
    {
        std::signal(SIGPIPE, SIG_IGN); // the reader stops early; the writer then gets EPIPE
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        {
            // A pipe that never ends: 20 MiB offered, read no further than the 16 MiB limit + 1.
            QThread* writer = QThread::create([fifo] {
                QFile out(fifo);
                if (!out.open(QIODevice::WriteOnly))
                    return;
                const QByteArray mib(1024 * 1024, ' ');
                for (int i = 0; i < 20 && out.write(mib) == mib.size(); ++i) {
                }
            });
            writer->start();
            const auto read = readInput(fifo, limits::kDocumentBytes);
            QVERIFY(!read);
            QCOMPARE(read.error().code, ErrorCode::FileTooLarge);
            QVERIFY(writer->wait(30000));
            delete writer;
        }
        {
            // A pipe with a document in it is read like a file.
            QThread* writer = QThread::create([fifo] {
                QFile out(fifo);
                if (out.open(QIODevice::WriteOnly))
                    out.write(R"({"hook": "From a pipe"})");
            });
            writer->start();
            const auto read = readInput(fifo, limits::kDocumentBytes);
            QVERIFY(writer->wait(30000));
            delete writer;
            QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toEnglish()));
            QCOMPARE(codec::decodeScript(read.value()).value.hook, QStringLiteral("From a pipe"));
        }
    }
#endif

    void placeholdersInsideValuesAreNeverExpanded()
    {
        // A brand whose offer reads "{topic}" (or a model answer quoting a template) stays as written.
        const QString filled = PromptBuilder::fill(QStringLiteral("Offer: {offer}. Topic: {topic}. {unknown} {"),
                                                   {{QStringLiteral("offer"), QStringLiteral("{topic} for {offer}")},
                                                    {QStringLiteral("topic"), QStringLiteral("fresh roast")}});
        QCOMPARE(filled, QStringLiteral("Offer: {topic} for {offer}. Topic: fresh roast. {unknown} {"));
    }

    void spreadsheetFormulasAreNeutralisedAndComeBack_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("neutralised");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")") << true;
        QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0") << true;
        QTest::newRow("minus formula") << QStringLiteral("-2+3") << true;
        QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << true;
        QTest::newRow("tab") << QStringLiteral("\t=1") << true;
        QTest::newRow("already quoted") << QStringLiteral("'=not a formula") << true;
        QTest::newRow("negative number") << QStringLiteral("-12") << false;
        QTest::newRow("decimal") << QStringLiteral("+3.5") << false;
        QTest::newRow("hashtag") << QStringLiteral("#coffee") << false;
        QTest::newRow("apostrophe text") << QStringLiteral("'tis the season") << false;
        QTest::newRow("plain") << QStringLiteral("Fresh beans, weekly") << false;
    }
    void spreadsheetFormulasAreNeutralisedAndComeBack()
    {
        QFETCH(QString, cell);
        QFETCH(bool, neutralised);
        const QString field = csvField(cell);
        QString unquoted = field;
        if (unquoted.startsWith(u'"'))
            unquoted = unquoted.mid(1, unquoted.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        if (neutralised) {
            QVERIFY2(unquoted.startsWith(u'\''), qPrintable(field));
            const QChar first = unquoted.at(1);
            QVERIFY(first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
                    || first == u'\'');
        } else {
            QCOMPARE(unquoted, cell);
        }
        // What was exported imports back as it was.
        const auto records = parseCsv(
                (csvRecord({QStringLiteral("text"), QStringLiteral("n")}) + csvRecord({cell, QStringLiteral("1")}))
                        .toUtf8());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).at(0), cell);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
