// reelstudio-cli as a user runs it: exit codes and output of --version, --help, check-input
// and profiles list|import|export, on a workspace in a temporary folder.

#include "model/JsonCodec.h"
#include "support/FakeOpenAiServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REELSTUDIO_WORKSPACE"), m_dir.filePath(QStringLiteral("env-workspace")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(REEL_CLI_PATH), args);
        if (!p.waitForStarted(10000))
            return {};
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString data(const QString& relative) { return QStringLiteral(REEL_TEST_DATA_DIR) + u'/' + relative; }

    QString workspace() { return m_dir.filePath(QStringLiteral("ws")); }

private slots:
    void versionAndHelp()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out.trimmed(), QStringLiteral("reelstudio-cli " REELSTUDIO_VERSION));
        const Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(u"Exit codes:"));
        for (const char* code : {"0 ", "1 ", "2 ", "3 ", "4 ", "64"})
            QVERIFY2(h.out.contains(QStringLiteral("  %1").arg(QLatin1String(code))), code);
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("--no-such-option")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("check-input")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("export")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("check-input"), data(QStringLiteral("requests/original.json")),
                      QStringLiteral("--format"), QStringLiteral("yaml")})
                         .exitCode,
                 64);
    }

    void checkInputOfTheOriginalFormatIsValid()
    {
        const Run r = cli({QStringLiteral("check-input"), data(QStringLiteral("requests/original.json"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.trimmed().endsWith(u": valid"));
    }

    void checkInputReportsExactlyTheThreeErrors()
    {
        const Run r = cli({QStringLiteral("check-input"), data(QStringLiteral("requests/three_errors.json"))});
        QCOMPARE(r.exitCode, 1);
        QStringList errorLines;
        for (const QString& line : r.out.split(u'\n')) {
            if (line.startsWith(u"error: "))
                errorLines.append(line.mid(7));
        }
        QCOMPARE(errorLines,
                 (QStringList{QStringLiteral("brand_profile.brand_name: is required"),
                              QStringLiteral("brand_profile.do_not_use: must be a list of strings, got a string"),
                              QStringLiteral(
                                      "script_request.script_length: must be between 5 and 180 seconds, got 500")}));
        QVERIFY(r.out.contains(u"3 errors"));

        const Run json = cli({QStringLiteral("check-input"), data(QStringLiteral("requests/three_errors.json")),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        QVERIFY(json.out.contains(u"\"valid\": false"));
        QVERIFY(json.out.contains(u"\"path\": \"script_request.script_length\""));
    }

    void checkInputUnreadableAndMalformed()
    {
        QCOMPARE(cli({QStringLiteral("check-input"), m_dir.filePath(QStringLiteral("nope.json"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("check-input"), m_dir.path()}).exitCode, 2);
        const Run broken = cli({QStringLiteral("check-input"), QStringLiteral("-")}, "{\"brand_profile\": [}");
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.out.contains(u"not valid JSON at line 1, column"));
        const Run language = cli({QStringLiteral("check-input"), QStringLiteral("-")},
                                 R"({"brand_profile": {"brand_name": "A", "sector": "pets"},
                                     "script_request": {"goal": "awareness", "hook_type": "story", "emotion": "joy",
                                                        "language": "klingon"}})");
        QCOMPARE(language.exitCode, 1);
        QVERIFY(language.out.contains(u"script_request.language: must be one of"));
    }

    void unknownFieldsAreNotedNotFatal()
    {
        const Run r = cli({QStringLiteral("check-input"), QStringLiteral("-")},
                          R"({"brand_profile": {"brand_name": "A", "sector": "pets", "tiktok": "@a"},
                              "script_request": {"goal": "awareness", "hook_type": "story", "emotion": "joy"}})");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"note: brand_profile.tiktok: unknown field, kept as it is"));
    }

    void profilesImportListExport()
    {
        const QString ws = workspace();
        const Run empty = cli({QStringLiteral("--workspace"), ws, QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.isEmpty());

        const Run imported = cli({QStringLiteral("--workspace"), ws, QStringLiteral("profiles"),
                                  QStringLiteral("import"), data(QStringLiteral("requests/original.json"))});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.contains(u"imported \"FitLife Studio\""));

        const Run clash = cli({QStringLiteral("--workspace"), ws, QStringLiteral("profiles"), QStringLiteral("import"),
                               data(QStringLiteral("requests/original.json"))});
        QCOMPARE(clash.exitCode, 1);
        QVERIFY(clash.err.contains(u"already exists"));
        const Run renamed = cli({QStringLiteral("--workspace"), ws, QStringLiteral("profiles"),
                                 QStringLiteral("import"), data(QStringLiteral("requests/original.json")),
                                 QStringLiteral("--rename")});
        QCOMPARE(renamed.exitCode, 0);
        QVERIFY(renamed.out.contains(u"imported \"FitLife Studio (2)\""));
        const Run invalid = cli({QStringLiteral("--workspace"), ws, QStringLiteral("profiles"),
                                 QStringLiteral("import"), data(QStringLiteral("requests/three_errors.json"))});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY(invalid.err.contains(u"brand_profile.brand_name: is required"));

        const Run list = cli({QStringLiteral("--workspace"), ws, QStringLiteral("profiles"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"\"brand_name\": \"FitLife Studio\""));
        QVERIFY(list.out.contains(u"\"brand_name\": \"FitLife Studio (2)\""));

        const QString out = m_dir.filePath(QStringLiteral("fitlife.json"));
        const Run exported = cli({QStringLiteral("--workspace"), ws, QStringLiteral("profiles"),
                                  QStringLiteral("export"), QStringLiteral("FitLife Studio"), QStringLiteral("-o"),
                                  out});
        QCOMPARE(exported.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto decoded = reel::codec::decodeProfileFile(file.readAll());
        QVERIFY(decoded.ok());
        const auto original = reel::codec::decodeRequestFile(
                reel::test::readTestData(QStringLiteral("requests/original.json")));
        QCOMPARE(decoded.value, original.value.brandProfile);

        const Run missing = cli({QStringLiteral("--workspace"), ws, QStringLiteral("profiles"),
                                 QStringLiteral("export"), QStringLiteral("Nobody")});
        QCOMPARE(missing.exitCode, 4);
    }

    void environmentVariableChoosesTheWorkspace()
    {
        const Run imported = cli(
                {QStringLiteral("profiles"), QStringLiteral("import"), data(QStringLiteral("requests/original.json"))});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("env-workspace/workspace.sqlite"))));
    }

    void validateACleanScript()
    {
        const Run r = cli({QStringLiteral("validate"), data(QStringLiteral("scripts/clean.json")),
                           QStringLiteral("--request"), data(QStringLiteral("requests/original.json"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"0 errors"));
        QVERIFY(r.out.contains(u"hashtags: 2 of 5"));
    }

    void validateAnEnvelopeWithProblems()
    {
        const QStringList args = {QStringLiteral("validate"),
                                  data(QStringLiteral("scripts/envelope_with_problems.json")),
                                  QStringLiteral("--profile"), data(QStringLiteral("requests/original.json"))};
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"error   hook:8-12")
                         && r.out.contains(QStringLiteral("\"lazy\" is on the brand's do-not-use list")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"\"#followforfollow\" is a restricted hashtag"));
        QVERIFY(r.out.contains(u"[safety.risky_claim]"));

        const Run json = cli(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"validation").toObject().value(u"is_valid").toBool(true), false);
        QCOMPARE(o.value(u"metadata").toObject().value(u"brand").toString(), QStringLiteral("FitLife Studio"));
        bool sawFix = false;
        for (const QJsonValue& f : o.value(u"findings").toArray()) {
            const QJsonObject finding = f.toObject();
            if (finding.value(u"rule").toString() == u"safety.do_not_use") {
                QCOMPARE(finding.value(u"spans").toArray().first().toArray().first().toInt(), 8);
                sawFix = finding.contains(u"fix");
            }
        }
        QVERIFY(sawFix);
    }

    void validateUnreadableInputs()
    {
        const QString profile = data(QStringLiteral("requests/original.json"));
        QCOMPARE(cli({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("none.json")),
                      QStringLiteral("--profile"), profile})
                         .exitCode,
                 2);
        const Run wrongType =
                cli({QStringLiteral("validate"), QStringLiteral("-"), QStringLiteral("--profile"), profile},
                    "{\"hook\": 3, \"body\": \"b\", \"cta\": \"c\", \"caption\": \"x\", \"hashtags\": \"#a\"}");
        QCOMPARE(wrongType.exitCode, 2);
        QVERIFY(wrongType.err.contains(u"hook: must be a string, got a whole number"));
        QVERIFY(wrongType.err.contains(u"hashtags: must be a list of strings, got a string"));
        QCOMPARE(cli({QStringLiteral("validate"), data(QStringLiteral("scripts/clean.json"))}).exitCode, 64);

        QVERIFY(reel::test::writeFile(
                m_dir.filePath(QStringLiteral("pack.json")),
                "{\n \"format\": \"reelstudio.rulepack\",\n \"settings\": {\"hashtags.max\": \"5\"}\n}"));
        const Run badPack = cli({QStringLiteral("validate"), data(QStringLiteral("scripts/clean.json")),
                                 QStringLiteral("--profile"), profile, QStringLiteral("--rules"),
                                 m_dir.filePath(QStringLiteral("pack.json"))});
        QCOMPARE(badPack.exitCode, 2);
        QVERIFY2(badPack.err.contains(u"line 3: settings.hashtags.max: must be a number, got a string"),
                 qPrintable(badPack.err));
    }

    void validateWithAnOlderRuleDate()
    {
        const QByteArray script = R"({"hook": "Still skipping workouts?", "body": "b", "cta": "c", "caption": "x",
            "hashtags": ["#a1", "#b2", "#c3", "#d4", "#e5", "#f6"]})";
        const QString profile = data(QStringLiteral("requests/original.json"));
        const Run now = cli({QStringLiteral("validate"), QStringLiteral("-"), QStringLiteral("--profile"), profile},
                            script);
        QVERIFY(now.out.contains(u"Instagram allows 5"));
        const Run before = cli({QStringLiteral("validate"), QStringLiteral("-"), QStringLiteral("--profile"), profile,
                                QStringLiteral("--date"), QStringLiteral("2025-06-01")},
                               script);
        QVERIFY(!before.out.contains(u"Instagram allows"));
        QVERIFY(before.out.contains(u"hashtags: 6 of 30"));
    }

    void damagedWorkspaceIsRefused()
    {
        const QString ws = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(reel::test::writeFile(ws + QStringLiteral("/workspace.sqlite"), "not a database at all"));
        const Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"damaged"));
        QFile f(ws + QStringLiteral("/workspace.sqlite"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not a database at all"));
    }

    void examplesListImportExportAndRetrieve()
    {
        const QString ws = m_dir.filePath(QStringLiteral("examples-ws"));
        const auto run = [&](QStringList args) {
            args.prepend(ws);
            args.prepend(QStringLiteral("--workspace"));
            return cli(args);
        };
        const Run list = run({QStringLiteral("examples"), QStringLiteral("list"), QStringLiteral("--filter"),
                              QStringLiteral("language=ja")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.contains(QRegularExpression(QStringLiteral("^(1[2-9]|[2-9][0-9]) examples"))),
                 qPrintable(list.err));

        // A CSV with one bad row: reported by row and field; nothing imported by default.
        const QString csv = m_dir.filePath(QStringLiteral("mine.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("language,sector,hook_type,emotion,goal,hook,body,cta,caption,hashtags\n"
                "en,pets,question,curiosity,engagement,Does your cat judge you at 6am?,"
                "\"She stares, you feed her, everyone wins. Try a timer feeder for a week.\",Tell us your cat's alarm "
                "time,"
                "Cats run the house,#cats #catlife\n"
                "en,pets,question,curiosity,engagement,,No hook here at all in this row,Comment below,Caption,#pets\n");
        f.close();
        const Run refused = run({QStringLiteral("examples"), QStringLiteral("import"), csv});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"row 2: hook"), qPrintable(refused.err));
        const Run before = run({QStringLiteral("examples"), QStringLiteral("list"), QStringLiteral("--filter"),
                                QStringLiteral("text=timer feeder")});
        QVERIFY(before.err.startsWith(u"0 examples"));
        const Run valid = run(
                {QStringLiteral("examples"), QStringLiteral("import"), csv, QStringLiteral("--valid-only")});
        QCOMPARE(valid.exitCode, 1); // the file still has an error, reported again
        QVERIFY2(valid.out.contains(u"1 valid, 1 with errors; imported 1"), qPrintable(valid.out));
        const Run after = run({QStringLiteral("examples"), QStringLiteral("list"), QStringLiteral("--filter"),
                               QStringLiteral("text=timer feeder")});
        QVERIFY(after.err.startsWith(u"1 example"));

        const Run reindex = run({QStringLiteral("examples"), QStringLiteral("reindex")});
        QCOMPARE(reindex.exitCode, 0);
        QVERIFY2(reindex.err.contains(u"(lexical/512/v1"), qPrintable(reindex.err));

        const Run found = run({QStringLiteral("retrieve"), data(QStringLiteral("requests/original.json")),
                               QStringLiteral("-k"), QStringLiteral("3"), QStringLiteral("--format"),
                               QStringLiteral("json")});
        QCOMPARE(found.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QCOMPARE(hits.size(), 3);
        for (const QJsonValue& h : hits) {
            QCOMPARE(h[u"language"].toString(), QStringLiteral("en"));
            QCOMPARE(h[u"sector"].toString(), QStringLiteral("fitness"));
            const QJsonArray matched = h[u"matched"].toArray();
            QVERIFY(matched.contains(QStringLiteral("language")));
            QVERIFY(matched.contains(QStringLiteral("sector")));
        }
    }

    void reindexWithAnOpenAiCompatibleEmbedder()
    {
        reel::test::FakeOpenAiServer server;
        const QString ws = m_dir.filePath(QStringLiteral("openai-ws"));
        const auto run = [&](QStringList args) {
            args.prepend(ws);
            args.prepend(QStringLiteral("--workspace"));
            return cli(args);
        };
        qputenv("OPENAI_API_KEY", "sk-cli-test");
        const Run built = run({QStringLiteral("examples"), QStringLiteral("reindex"), QStringLiteral("--embedder"),
                               QStringLiteral("openai"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                               QStringLiteral("--embedding-model"), QStringLiteral("nomic-embed-text")});
        QCOMPARE(built.exitCode, 0);
        QVERIFY2(built.err.contains(u"(openai:nomic-embed-text/8/v1, exact)"), qPrintable(built.err));
        const auto sent = server.requests("/v1/embeddings");
        QVERIFY(!sent.isEmpty());
        QCOMPARE(sent.first().header("authorization"), QByteArray("Bearer sk-cli-test"));

        // The workspace remembers the embedder; retrieval embeds only the query.
        server.clearRequests();
        const Run found = run({QStringLiteral("retrieve"), data(QStringLiteral("requests/original.json"))});
        QCOMPARE(found.exitCode, 0);
        QVERIFY(found.out.startsWith(u"1. ["));
        QCOMPARE(server.requests("/v1/embeddings").size(), 1);

        // A rejected key: a clear message and exit 3.
        server.setHandler([](const reel::test::RecordedRequest&) {
            return reel::test::FakeResponse::error(401, QStringLiteral("invalid_request_error"),
                                                   QStringLiteral("invalid_api_key"),
                                                   QStringLiteral("Incorrect API key provided"));
        });
        const Run rejected = run({QStringLiteral("examples"), QStringLiteral("reindex"), QStringLiteral("--embedder"),
                                  QStringLiteral("openai"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                                  QStringLiteral("--embedding-model"), QStringLiteral("other-model")});
        qunsetenv("OPENAI_API_KEY");
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY2(rejected.err.contains(u"HTTP 401") && rejected.err.contains(u"Incorrect API key provided"),
                 qPrintable(rejected.err));
        QVERIFY(!rejected.err.contains(u"sk-cli-test"));

        const Run back = run({QStringLiteral("examples"), QStringLiteral("reindex"), QStringLiteral("--embedder"),
                              QStringLiteral("lexical")});
        QCOMPARE(back.exitCode, 0);
        QVERIFY(back.err.contains(u"(lexical/512/v1"));
    }

    void generateOfflinePrintsTheOriginalEnvelope()
    {
        const QString ws = m_dir.filePath(QStringLiteral("generate-ws"));
        qunsetenv("OPENAI_API_KEY");
        const Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("generate"),
                           data(QStringLiteral("requests/original.json")), QStringLiteral("--provider"),
                           QStringLiteral("offline")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject envelope = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(envelope.contains(u"script") && envelope.contains(u"validation") && envelope.contains(u"metadata"),
                 qPrintable(r.out));
        // The original envelope reads back with the original codec.
        const auto decoded = reel::codec::decodeAnswer(r.out.toUtf8());
        QVERIFY(decoded.ok());
        QVERIFY(!decoded.value.script.hook.isEmpty());
        QCOMPARE(decoded.value.validation.isValid, true);
        QCOMPARE(decoded.value.metadata.brand, QStringLiteral("FitLife Studio"));
        const QJsonObject metadata = envelope[u"metadata"].toObject();
        QCOMPARE(metadata[u"provider"].toString(), QStringLiteral("offline"));
        QCOMPARE(metadata[u"provider_label"].toString(), QStringLiteral("Offline composer"));
        QVERIFY(metadata[u"script_id"].toInteger() > 0);
        QVERIFY(!metadata[u"retrieved_example_ids"].toArray().isEmpty());
        QVERIFY(r.err.contains(u"saved as script"));

        // Several variants: an array, best first.
        const Run three = cli({QStringLiteral("--workspace"), ws, QStringLiteral("generate"),
                               data(QStringLiteral("requests/original.json")), QStringLiteral("--provider"),
                               QStringLiteral("offline"), QStringLiteral("--variants"), QStringLiteral("3"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(three.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(three.out.toUtf8()).array().size(), 3);
    }

    void generateStreamsFromAnOpenAiCompatibleServer()
    {
        reel::test::FakeOpenAiServer server;
        const QByteArray script = reel::test::readTestData(QStringLiteral("scripts/complete.json"));
        const QJsonObject chunk{
                {QStringLiteral("choices"),
                 QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                        {QStringLiteral("delta"),
                                         QJsonObject{{QStringLiteral("content"), QString::fromUtf8(script)}}}}}}};
        const QByteArray stream =
                "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact)
                + "\n\ndata: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                  "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":300,"
                  "\"total_tokens\":1200}}\n\ndata: [DONE]\n\n";
        server.enqueue("/v1/chat/completions", reel::test::FakeResponse::sse(stream, 5));
        const QString ws = m_dir.filePath(QStringLiteral("generate-api-ws"));
        qputenv("OPENAI_API_KEY", "sk-cli-generate");
        const Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("generate"),
                           data(QStringLiteral("requests/original.json")), QStringLiteral("--provider"),
                           server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("gpt-4o-mini"),
                           QStringLiteral("--stream")});
        qunsetenv("OPENAI_API_KEY");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Still skipping workouts?"), qPrintable(r.err)); // streamed to stderr
        const QJsonObject metadata = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"metadata"].toObject();
        QCOMPARE(metadata[u"provider"].toString(), QStringLiteral("custom"));
        QCOMPARE(metadata[u"prompt_tokens"].toInt(), 900);
        QCOMPARE(metadata[u"attempts"].toInt(), 1);
        const auto sent = server.requests("/v1/chat/completions");
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().header("authorization"), QByteArray("Bearer sk-cli-generate"));
        QVERIFY(!r.err.contains(u"sk-cli-generate"));

        // The price table edited in Settings (kept in the workspace) prices the next run.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("prices"));
            db.setDatabaseName(ws + QStringLiteral("/workspace.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                    QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('prices.user', '{\"format\": "
                                   "\"reelstudio.prices\", \"format_version\": 1, \"models\": {\"gpt-4o-mini\": "
                                   "{\"input\": 10, \"output\": 20}}}')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("prices"));
        server.enqueue("/v1/chat/completions", reel::test::FakeResponse::sse(stream, 5));
        qputenv("OPENAI_API_KEY", "sk-cli-generate");
        const Run priced = cli({QStringLiteral("--workspace"), ws, QStringLiteral("generate"),
                                data(QStringLiteral("requests/original.json")), QStringLiteral("--provider"),
                                server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("gpt-4o-mini")});
        qunsetenv("OPENAI_API_KEY");
        QCOMPARE(priced.exitCode, 0);
        const double cost = QJsonDocument::fromJson(priced.out.toUtf8()).object()[u"metadata"][u"cost_usd"].toDouble();
        QVERIFY2(std::abs(cost - (900 * 10.0 + 300 * 20.0) / 1e6) < 1e-9, qPrintable(QString::number(cost)));

        // The server fails and the fallback is not allowed from the CLI's settings: exit 5.
        server.setHandler([](const reel::test::RecordedRequest&) {
            return reel::test::FakeResponse::error(401, QStringLiteral("invalid_request_error"),
                                                   QStringLiteral("invalid_api_key"),
                                                   QStringLiteral("Incorrect API key"));
        });
        const Run rejected = cli({QStringLiteral("--workspace"), ws, QStringLiteral("generate"),
                                  data(QStringLiteral("requests/original.json")), QStringLiteral("--provider"),
                                  server.baseUrl().toString(), QStringLiteral("--model"),
                                  QStringLiteral("gpt-4o-mini")});
        QCOMPARE(rejected.exitCode, 5);
        QVERIFY2(rejected.err.contains(u"HTTP 401"), qPrintable(rejected.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
