// reelstudio-cli as a user runs it: exit codes and output of --version, --help, check-input
// and profiles list|import|export, on a workspace in a temporary folder.

#include "common/Csv.h"
#include "model/JsonCodec.h"
#include "support/FakeOpenAiServer.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
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

    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// Everything a workspace holds, row by row, as one hash (the file's own bytes change when
    /// SQLite merely checkpoints, so the rows are compared).
    static QByteArray contentHash(const QString& ws)
    {
        const QString name = QStringLiteral("hash-%1").arg(QRandomGenerator::global()->generate());
        QByteArray out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(ws + QStringLiteral("/workspace.sqlite"));
            if (!db.open())
                return {};
            QCryptographicHash h(QCryptographicHash::Sha256);
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'%fts%' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names.append(tables.value(0).toString());
            for (const QString& t : std::as_const(names)) {
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(t));
                while (rows.next()) {
                    for (int c = 0; c < rows.record().count(); ++c)
                        h.addData(QByteArray(rows.value(c).toString().toUtf8() + '\x1f'));
                }
                h.addData(t.toUtf8());
            }
            out = h.result().toHex();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    /// Runs the CLI on the workspace `ws`.
    Run in(const QString& ws, QStringList args)
    {
        args.prepend(ws);
        args.prepend(QStringLiteral("--workspace"));
        return cli(args);
    }

    /// A workspace with two offline scripts (variants of the original request); their ids, newest first.
    QList<qint64> seedScripts(const QString& ws)
    {
        const Run generated = in(ws,
                                 {QStringLiteral("generate"), data(QStringLiteral("requests/original.json")),
                                  QStringLiteral("--provider"), QStringLiteral("offline"), QStringLiteral("--variants"),
                                  QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
        if (generated.exitCode != 0)
            qWarning("generate failed: %s", qPrintable(generated.err));
        QList<qint64> ids;
        const Run list = in(ws, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array())
            ids.append(v[u"id"].toInteger());
        return ids;
    }

    QJsonObject show(const QString& ws, const QString& id)
    {
        const Run r = in(ws, {QStringLiteral("history"), QStringLiteral("show"), id, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

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
        for (const char* command :
             {"history list", "history show", "history export", "history import", "history status", "rate ID"})
            QVERIFY2(h.out.contains(QLatin1String(command)), command);
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

    void aRequestKeptApartFromItsProfile()
    {
        // The request of the original file on its own, bare and wrapped; the brand from --profile.
        const QJsonObject original =
                QJsonDocument::fromJson(readFile(data(QStringLiteral("requests/original.json")))).object();
        const QByteArray bare = QJsonDocument(original[u"script_request"].toObject()).toJson();
        const QByteArray wrapped =
                QJsonDocument(QJsonObject{{QStringLiteral("script_request"), original[u"script_request"]}}).toJson();
        const QString profile = m_dir.filePath(QStringLiteral("apart-profile.json"));
        QVERIFY(reel::test::writeFile(profile, QJsonDocument(original[u"brand_profile"].toObject()).toJson()));
        for (const QByteArray& request : {bare, wrapped}) {
            const QString path = m_dir.filePath(QStringLiteral("apart-request.json"));
            QVERIFY(reel::test::writeFile(path, request));
            const Run validated = cli({QStringLiteral("validate"), data(QStringLiteral("scripts/clean.json")),
                                       QStringLiteral("--profile"), profile, QStringLiteral("--request"), path});
            QVERIFY2(validated.exitCode == 0, qPrintable(validated.err + validated.out));
            QVERIFY(validated.out.contains(u"0 errors"));

            const Run retrieved = in(m_dir.filePath(QStringLiteral("apart-ws")),
                                     {QStringLiteral("retrieve"), path, QStringLiteral("--profile"), profile});
            QVERIFY2(retrieved.exitCode == 0, qPrintable(retrieved.err));
            const Run generated = in(m_dir.filePath(QStringLiteral("apart-ws")),
                                     {QStringLiteral("generate"), path, QStringLiteral("--profile"), profile,
                                      QStringLiteral("--provider"), QStringLiteral("offline")});
            QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
            QCOMPARE(QJsonDocument::fromJson(generated.out.toUtf8())[u"metadata"][u"brand"].toString(),
                     QStringLiteral("FitLife Studio"));

            // Without --profile the brand is missing, and the note says how to give it.
            const Run alone =
                    in(m_dir.filePath(QStringLiteral("apart-ws")),
                       {QStringLiteral("generate"), path, QStringLiteral("--provider"), QStringLiteral("offline")});
            QCOMPARE(alone.exitCode, 1);
            QVERIFY2(alone.err.contains(u"brand_profile: is required")
                             && alone.err.contains(u"needs --profile PROFILE"),
                     qPrintable(alone.err));
        }
        // A bare request's problems are named by its own members.
        const QString broken = m_dir.filePath(QStringLiteral("apart-broken.json"));
        QVERIFY(reel::test::writeFile(broken, "{\"goal\": \"awareness\", \"emotion\": \"curiosity\"}"));
        const Run r = cli({QStringLiteral("validate"), data(QStringLiteral("scripts/clean.json")),
                           QStringLiteral("--profile"), profile, QStringLiteral("--request"), broken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"hook_type: is required") && !r.err.contains(u"brand_profile"), qPrintable(r.err));
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
        // $OPENAI_API_KEY goes only to OpenAI's API or to $OPENAI_BASE_URL: a --base-url alone gets no key.
        qputenv("OPENAI_API_KEY", "sk-cli-test");
        const Run keyless = run({QStringLiteral("examples"), QStringLiteral("reindex"), QStringLiteral("--embedder"),
                                 QStringLiteral("openai"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                                 QStringLiteral("--embedding-model"), QStringLiteral("keyless-model")});
        QCOMPARE(keyless.exitCode, 0);
        QVERIFY(!server.requests("/v1/embeddings").isEmpty());
        for (const auto& request : server.requests("/v1/embeddings"))
            QVERIFY(request.header("authorization").isEmpty());
        server.clearRequests();
        QVERIFY(run({QStringLiteral("examples"), QStringLiteral("reindex"), QStringLiteral("--embedder"),
                     QStringLiteral("lexical")})
                        .exitCode
                == 0);
        qputenv("OPENAI_BASE_URL", server.baseUrl().toString().toUtf8());
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
        qunsetenv("OPENAI_BASE_URL");
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
        qputenv("OPENAI_BASE_URL", server.baseUrl().toString().toUtf8()); // the server the key belongs to
        const Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("generate"),
                           data(QStringLiteral("requests/original.json")), QStringLiteral("--provider"),
                           server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("gpt-4o-mini"),
                           QStringLiteral("--stream")});
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("OPENAI_BASE_URL");
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
        server.clearRequests();
        qputenv("OPENAI_API_KEY", "sk-cli-generate"); // without $OPENAI_BASE_URL: not this server's key
        const Run priced = cli({QStringLiteral("--workspace"), ws, QStringLiteral("generate"),
                                data(QStringLiteral("requests/original.json")), QStringLiteral("--provider"),
                                server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("gpt-4o-mini")});
        qunsetenv("OPENAI_API_KEY");
        QCOMPARE(priced.exitCode, 0);
        QCOMPARE(server.requests("/v1/chat/completions").size(), 1);
        QVERIFY(server.requests("/v1/chat/completions").first().header("authorization").isEmpty());
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

    void historyListShowRateAndStatus()
    {
        const QString ws = m_dir.filePath(QStringLiteral("history-ws"));
        const QList<qint64> ids = seedScripts(ws);
        QCOMPARE(ids.size(), 2);
        const QString first = QString::number(ids.last()); // the older one

        const Run list = in(ws, {QStringLiteral("history"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.trimmed().split(u'\n').size(), 2);
        QVERIFY2(list.err.contains(u"2 of 2 scripts"), qPrintable(list.err));
        QVERIFY(list.out.contains(u"FitLife Studio"));
        const Run one = in(ws, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--limit"),
                                QStringLiteral("1")});
        QCOMPARE(one.out.trimmed().split(u'\n').size(), 1);
        QVERIFY(one.err.contains(u"1 of 2 scripts"));
        const Run otherBrand = in(ws, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--brand"),
                                       QStringLiteral("Nobody"), QStringLiteral("--json")});
        QCOMPARE(otherBrand.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(otherBrand.out.toUtf8()).array().size(), 0);
        QCOMPARE(in(ws, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--status"),
                         QStringLiteral("maybe")})
                         .exitCode,
                 64);

        // Rate: stars, a thumb with a reason tag, a comment, an author.
        const Run rated = in(ws, {QStringLiteral("rate"), first, QStringLiteral("--stars"), QStringLiteral("4"),
                                  QStringLiteral("--thumb"), QStringLiteral("up"), QStringLiteral("--tag"),
                                  QStringLiteral("strong_hook"), QStringLiteral("--comment"),
                                  QStringLiteral("Great hook"), QStringLiteral("--author"), QStringLiteral("ana")});
        QCOMPARE(rated.exitCode, 0);
        QVERIFY(rated.out.startsWith(QStringLiteral("rated script ") + first));
        const Run six = in(ws, {QStringLiteral("rate"), first, QStringLiteral("--stars"), QStringLiteral("6")});
        QCOMPARE(six.exitCode, 1);
        QVERIFY2(six.err.contains(u"stars: must be between 1 and 5, got 6"), qPrintable(six.err));
        QCOMPARE(in(ws, {QStringLiteral("rate"), first, QStringLiteral("--stars"), QStringLiteral("four")}).exitCode,
                 64);
        QCOMPARE(
                in(ws, {QStringLiteral("rate"), first, QStringLiteral("--thumb"), QStringLiteral("sideways")}).exitCode,
                64);
        const Run nothing = in(ws, {QStringLiteral("rate"), first});
        QCOMPARE(nothing.exitCode, 1);
        const Run unknown =
                in(ws, {QStringLiteral("rate"), QStringLiteral("999"), QStringLiteral("--stars"), QStringLiteral("3")});
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY2(unknown.err.contains(u"no script \"999\""), qPrintable(unknown.err));

        // Status: the workflow's moves, and its refusals.
        const Run review = in(ws, {QStringLiteral("history"), QStringLiteral("status"), first,
                                   QStringLiteral("in_review"), QStringLiteral("--author"), QStringLiteral("bob")});
        QCOMPARE(review.exitCode, 0);
        QVERIFY2(review.out.contains(u"draft -> in_review"), qPrintable(review.out));
        const Run skip = in(ws,
                            {QStringLiteral("history"), QStringLiteral("status"), first, QStringLiteral("published")});
        QCOMPARE(skip.exitCode, 1);
        QVERIFY2(skip.err.contains(u"cannot move to \"published\""), qPrintable(skip.err));
        const Run reject = in(ws,
                              {QStringLiteral("history"), QStringLiteral("status"), first, QStringLiteral("rejected")});
        QCOMPARE(reject.exitCode, 1);
        QVERIFY2(reject.err.contains(u"--comment"), qPrintable(reject.err));
        QCOMPARE(in(ws, {QStringLiteral("history"), QStringLiteral("status"), first, QStringLiteral("done")}).exitCode,
                 64);

        // Show, by number or by uuid: everything above is there.
        const QJsonObject byNumber = show(ws, first);
        QCOMPARE(byNumber[u"status"].toString(), QStringLiteral("in_review"));
        const QJsonObject shown = show(ws, byNumber[u"uuid"].toString());
        QCOMPARE(shown, byNumber);
        QCOMPARE(shown[u"brand"].toString(), QStringLiteral("FitLife Studio"));
        QCOMPARE(shown[u"provider"].toString(), QStringLiteral("offline"));
        const QJsonArray ratings = shown[u"ratings"].toArray();
        QCOMPARE(ratings.size(), 1);
        QCOMPARE(ratings[0][u"stars"].toInt(), 4);
        QCOMPARE(ratings[0][u"thumb"].toString(), QStringLiteral("up"));
        QCOMPARE(ratings[0][u"tags"].toArray(), QJsonArray({QStringLiteral("strong_hook")}));
        QCOMPARE(ratings[0][u"author"].toString(), QStringLiteral("ana"));
        const QJsonArray statuses = shown[u"status_history"].toArray();
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses[0][u"to"].toString(), QStringLiteral("in_review"));
        QCOMPARE(statuses[0][u"author"].toString(), QStringLiteral("bob"));
        const QJsonArray versions = shown[u"versions"].toArray();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions[0][u"kind"].toString(), QStringLiteral("generated"));
        QVERIFY(!shown[u"script"][u"hook"].toString().isEmpty());

        const Run text = in(ws, {QStringLiteral("history"), QStringLiteral("show"), first});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"Status:     in_review"));
        QVERIFY(text.out.contains(u"Versions (1)"));
        QVERIFY(text.out.contains(u"\"Great hook\""));
        const Run missing = in(ws, {QStringLiteral("history"), QStringLiteral("show"),
                                    QStringLiteral("6f1c3e52-0000-4000-8000-000000000000")});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains(u"6f1c3e52-0000-4000-8000-000000000000"));
        QCOMPARE(in(ws, {QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("not-an-id")}).exitCode, 4);
        QCOMPARE(in(ws, {QStringLiteral("history"), QStringLiteral("frob")}).exitCode, 64);

        const Run reviewing = in(ws, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--status"),
                                      QStringLiteral("in_review"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(reviewing.out.toUtf8()).array().size(), 1);
    }

    void hostileFilesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList kinds = {QStringLiteral("deep"), QStringLiteral("huge"), QStringLiteral("binary"),
                                   QStringLiteral("latin1"), QStringLiteral("empty")};
        const QList<QStringList> commands = {
                {QStringLiteral("check-input")},
                {QStringLiteral("profiles"), QStringLiteral("import")},
                {QStringLiteral("examples"), QStringLiteral("add")},
                {QStringLiteral("examples"), QStringLiteral("import")},
                {QStringLiteral("history"), QStringLiteral("import")},
        };
        const QHash<QString, QString> messages{{QStringLiteral("deep"), QStringLiteral("64 levels")},
                                               {QStringLiteral("huge"), QStringLiteral("MiB, the limit")},
                                               {QStringLiteral("binary"), QStringLiteral("binary data at byte")},
                                               {QStringLiteral("latin1"), QStringLiteral("not UTF-8")},
                                               {QStringLiteral("empty"), QStringLiteral("empty")}};
        for (const QStringList& command : commands) {
            for (const QString& kind : kinds) {
                // A file the reader refuses before reading is "cannot be read" (2); JSON that is
                // read and refused is invalid input (1).
                const int code = kind == u"deep" ? 1 : 2;
                QTest::addRow("%s, %s", qPrintable(command.join(u' ')), qPrintable(kind))
                        << command << kind << code << messages.value(kind);
            }
        }
    }
    void hostileFilesAreRefusedAndChangeNothing()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, what);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString ws = m_dir.filePath(QStringLiteral("hostile-ws"));
        if (!QFileInfo::exists(ws)) {
            QCOMPARE(in(ws, {QStringLiteral("generate"), data(QStringLiteral("requests/original.json")),
                             QStringLiteral("--provider"), QStringLiteral("offline")})
                             .exitCode,
                     0);
        }
        const QString file = m_dir.filePath(QStringLiteral("hostile-%1.json").arg(what));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (what == u"deep")
            f.write("{\"brand_profile\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}");
        else if (what == u"huge")
            QVERIFY(f.resize(qint64(200) * 1024 * 1024)); // sparse: 200 MB without writing them
        else if (what == u"binary")
            f.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
        else if (what == u"latin1")
            f.write("{\"brand_profile\": {\"brand_name\": \"Caf\xe9 Lumen\"}}");
        f.close();
        const QByteArray before = contentHash(ws);
        QVERIFY(!before.isEmpty());
        const Run r = in(ws, command + QStringList{file});
        QCOMPARE(r.exitCode, exitCode); // never a crash (-1), never success
        const QString said = r.err + r.out;
        QVERIFY2(said.contains(message), qPrintable(said.left(500)));
        QCOMPARE(contentHash(ws), before);
    }

    void examplesAddReportsAFailedCommit()
    {
        const QString ws = m_dir.filePath(QStringLiteral("commit-ws"));
        QCOMPARE(in(ws, {QStringLiteral("examples"), QStringLiteral("list"), QStringLiteral("--format"),
                         QStringLiteral("json")})
                         .exitCode,
                 0);
        // A deferred constraint that the new rows break: every statement succeeds and COMMIT fails.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("commit"));
            db.setDatabaseName(ws + QStringLiteral("/workspace.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY, owner INTEGER REFERENCES "
                                          "nothing_here(id) DEFERRABLE INITIALLY DEFERRED)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE nothing_here (id INTEGER PRIMARY KEY)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER audit_ai AFTER INSERT ON example BEGIN INSERT INTO audit "
                                          "(owner) VALUES (99); END")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("commit"));
        const QByteArray before = contentHash(ws);
        const QByteArray file = R"({"format": "reelstudio.examples", "format_version": 1, "examples": [
            {"language": "en", "sector": "food", "hook_type": "question", "emotion": "curiosity",
             "goal": "awareness", "script_length": 30, "hook": "Why does fresh coffee taste of fruit?",
             "body": "Beans roasted this week still hold the oils that carry fruit and flowers.",
             "cta": "Order your first bag today", "caption": "Fresh every week.", "hashtags": ["#coffee"]}]})";
        const QString path = m_dir.filePath(QStringLiteral("one-example.json"));
        QVERIFY(reel::test::writeFile(path, file));
        const Run r = in(ws, {QStringLiteral("examples"), QStringLiteral("add"), path});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"FOREIGN KEY") && r.err.contains(u"nothing was added"), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"added"));
        QCOMPARE(contentHash(ws), before);
    }

    void historyExportAndImport()
    {
        const QString ws = m_dir.filePath(QStringLiteral("export-ws"));
        const QList<qint64> ids = seedScripts(ws);
        QCOMPARE(ids.size(), 2);
        const QString a = QString::number(ids.at(0));
        const QString b = QString::number(ids.at(1));
        QCOMPARE(in(ws, {QStringLiteral("rate"), a, QStringLiteral("--stars"), QStringLiteral("5"),
                         QStringLiteral("--author"), QStringLiteral("ana")})
                         .exitCode,
                 0);
        QCOMPARE(in(ws, {QStringLiteral("history"), QStringLiteral("status"), a, QStringLiteral("in_review")}).exitCode,
                 0);

        // JSON out, JSON back in another workspace: the same scripts with their reviews.
        const QString json = m_dir.filePath(QStringLiteral("history.json"));
        const Run exported = in(ws,
                                {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--all"),
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.contains(u"exported 2 scripts"), qPrintable(exported.err));
        const QString other = m_dir.filePath(QStringLiteral("import-ws"));
        const Run imported = in(other, {QStringLiteral("history"), QStringLiteral("import"), json});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(u"imported 2 scripts"), qPrintable(imported.out));
        const QJsonObject original = show(ws, a);
        const QJsonObject copy = show(other, original[u"uuid"].toString());
        for (const char* key :
             {"title", "brand", "status", "script", "ratings", "status_history", "provider", "cost_usd", "created_at"})
            QVERIFY2(copy[QLatin1String(key)] == original[QLatin1String(key)], key);
        QCOMPARE(copy[u"versions"].toArray().size(), original[u"versions"].toArray().size());
        const Run again = in(other, {QStringLiteral("history"), QStringLiteral("import"), json});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"imported 0 scripts, skipped 2"));
        QVERIFY(again.err.contains(u"already in the workspace"));

        // CSV: a header and one row per script asked for.
        const QString csvPath = m_dir.filePath(QStringLiteral("history.csv"));
        QCOMPARE(in(ws, {QStringLiteral("history"), QStringLiteral("export"), a, b, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--out"), csvPath})
                         .exitCode,
                 0);
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = reel::parseCsv(csvFile.readAll());
        QCOMPARE(rows.size(), 3);
        const qsizetype uuidColumn = rows.first().indexOf(QStringLiteral("uuid"));
        const qsizetype starsColumn = rows.first().indexOf(QStringLiteral("avg_stars"));
        QVERIFY(uuidColumn >= 0 && starsColumn >= 0);
        QCOMPARE(rows.at(1).at(uuidColumn), original[u"uuid"].toString());
        QCOMPARE(rows.at(1).at(starsColumn).toDouble(), 5.0);

        // SRT: one caption file per script in the folder.
        const QString captions = m_dir.filePath(QStringLiteral("captions"));
        const Run srt = in(ws, {QStringLiteral("history"), QStringLiteral("export"), a, b, QStringLiteral("--format"),
                                QStringLiteral("srt"), QStringLiteral("--out"), captions});
        QCOMPARE(srt.exitCode, 0);
        const QStringList files = QDir(captions).entryList({QStringLiteral("*.srt")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2);
        for (const QString& name : files) {
            QFile f(QDir(captions).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY2(text.startsWith("1\n00:00:00,000 --> 00:00:"), text.constData());
        }
        // Again: the files are there, so nothing is written without --force; with it they are replaced.
        QFile edited(QDir(captions).filePath(files.first()));
        QVERIFY(edited.open(QIODevice::WriteOnly) && edited.write("my timing fixes") > 0);
        edited.close();
        const Run kept = in(ws, {QStringLiteral("history"), QStringLiteral("export"), a, b, QStringLiteral("--format"),
                                 QStringLiteral("srt"), QStringLiteral("--out"), captions});
        QCOMPARE(kept.exitCode, 1);
        QVERIFY2(kept.err.contains(u"already exist") && kept.err.contains(u"--force"), qPrintable(kept.err));
        QCOMPARE(readFile(QDir(captions).filePath(files.first())), QByteArray("my timing fixes"));
        const Run forced = in(ws,
                              {QStringLiteral("history"), QStringLiteral("export"), a, b, QStringLiteral("--format"),
                               QStringLiteral("srt"), QStringLiteral("--out"), captions, QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(readFile(QDir(captions).filePath(files.first())).startsWith("1\n"));
        QCOMPARE(QDir(captions).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
        const QString single = m_dir.filePath(QStringLiteral("one.srt"));
        QCOMPARE(in(ws, {QStringLiteral("history"), QStringLiteral("export"), a, QStringLiteral("--format"),
                         QStringLiteral("srt"), QStringLiteral("--out"), single})
                         .exitCode,
                 0);
        QVERIFY(QFileInfo(single).isFile());

        // Wrong command lines and unknown scripts.
        const auto exportRun = [&](const QStringList& extra) {
            return in(ws, QStringList{QStringLiteral("history"), QStringLiteral("export")} + extra);
        };
        QCOMPARE(exportRun({a, QStringLiteral("--out"), csvPath}).exitCode, 64);
        QCOMPARE(exportRun({a, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), csvPath})
                         .exitCode,
                 64);
        QCOMPARE(exportRun({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csvPath})
                         .exitCode,
                 64);
        QCOMPARE(exportRun({a, QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, 64);
        const Run gone = exportRun({QStringLiteral("424242"), QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("--out"), csvPath});
        QCOMPARE(gone.exitCode, 4);
        QVERIFY(gone.err.contains(u"no script \"424242\""));

        // A damaged history file: every problem named, nothing imported.
        QVERIFY(reel::test::writeFile(m_dir.filePath(QStringLiteral("bad-history.json")), "{\"format\": \"x\"}"));
        const Run bad = in(other, {QStringLiteral("history"), QStringLiteral("import"),
                                   m_dir.filePath(QStringLiteral("bad-history.json"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"format:") && bad.err.contains(u"nothing was imported"), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
