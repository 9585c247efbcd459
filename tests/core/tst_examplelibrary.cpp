// The example library: CRUD, full-text search with filters, exact duplicates, the quality score,
// example files with per-row errors, and the bundled library (coverage, no invented engagement,
// every sample free of validation errors, seeded once).

#include "catalog/Catalog.h"
#include "model/JsonCodec.h"
#include "rag/ExampleImporter.h"
#include "rag/ExampleLibrary.h"
#include "store/Database.h"
#include "store/Workspace.h"
#include "validate/Validator.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace reel;

namespace {

Example sample(const QString& hook, const QString& sector = QStringLiteral("fitness"),
               const QString& language = QStringLiteral("en"))
{
    Example e;
    e.language = language;
    e.sector = sector;
    e.hookType = QStringLiteral("question");
    e.emotion = QStringLiteral("curiosity");
    e.goal = QStringLiteral("conversion");
    e.script.hook = hook;
    e.script.body = QStringLiteral(
            "Fifteen minute routines that fit between meetings and build real strength at home.");
    e.script.cta = QStringLiteral("Start your free week today");
    e.script.caption = QStringLiteral("No gym needed.");
    e.script.hashtags = {QStringLiteral("#HomeWorkout")};
    return e;
}

} // namespace

class TestExampleLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExampleLibrary> m_lib;
    int m_n = 0;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // A bare database: Workspace::open would seed the bundled library first.
        m_lib.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("%1/workspace.sqlite").arg(++m_n)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_lib = std::make_unique<ExampleLibrary>(*m_db);
    }

    void addGetUpdateRemove()
    {
        QSignalSpy added(m_lib.get(), &ExampleLibrary::exampleAdded);
        auto a = m_lib->add(sample(QStringLiteral("Still skipping workouts?")));
        QVERIFY2(a.ok(), qPrintable(a ? QString() : a.error().toEnglish()));
        QCOMPARE(added.count(), 1);
        QVERIFY(a->id > 0);
        QVERIFY(!a->contentHash.isEmpty());
        auto got = m_lib->get(a->id);
        QVERIFY(got.ok());
        QCOMPARE(got->script, a->script);
        QCOMPARE(got->source, ExampleSource::User);

        Example edited = got.value();
        edited.script.hook = QStringLiteral("Why do workouts never stick?");
        edited.engagement.views = 1000;
        edited.engagement.likes = 100;
        auto updated = m_lib->update(a->id, edited);
        QVERIFY(updated.ok());
        QCOMPARE(m_lib->get(a->id)->script.hook, QStringLiteral("Why do workouts never stick?"));
        QCOMPARE(m_lib->get(a->id)->engagement.likes, std::optional<qint64>(100));
        QVERIFY(m_lib->get(a->id)->quality > a->quality);

        QVERIFY(m_lib->remove(a->id).ok());
        QCOMPARE(m_lib->get(a->id).error().code, ErrorCode::NotFound);
        QCOMPARE(m_lib->remove(a->id).error().code, ErrorCode::NotFound);
    }

    void invalidExamplesAreRefused()
    {
        Example e = sample(QString());
        e.scriptLength = 500;
        e.engagement.views = -4;
        auto r = m_lib->add(e);
        QVERIFY(!r.ok());
        QStringList paths;
        for (const FieldError& f : r.error().fields)
            paths.append(f.path);
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("hook"), QStringLiteral("script_length"), QStringLiteral("views")}));
        QCOMPARE(m_lib->count({}).value(), 0);
    }

    void exactDuplicatesIgnoringCaseAndSpacing()
    {
        auto first = m_lib->add(sample(QStringLiteral("Still skipping workouts?")));
        QVERIFY(first.ok());
        Example again = sample(QStringLiteral("  STILL skipping\n workouts?"));
        auto dup = m_lib->add(again);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::DuplicateExample);
        QCOMPARE(dup.error().args.first(), QString::number(first->id));
        QVERIFY(m_lib->findDuplicate(again)->has_value());
        QVERIFY(!m_lib->findDuplicate(sample(QStringLiteral("Something else entirely?")))->has_value());
    }

    void searchAndFilters()
    {
        QVERIFY(m_lib->add(sample(QStringLiteral("Still skipping workouts?"))).ok());
        Example finance = sample(QStringLiteral("Where does your salary go?"), QStringLiteral("finance"));
        finance.script.body = QStringLiteral(
                "Track every coffee and subscription for one month and the answer surprises you.");
        QVERIFY(m_lib->add(finance).ok());
        Example spanish = sample(QStringLiteral("¿Entrenas en casa?"), QStringLiteral("fitness"), QStringLiteral("es"));
        spanish.script.body = QStringLiteral("Rutinas rápidas para días ocupados, sin gimnasio y con música.");
        QVERIFY(m_lib->add(spanish).ok());

        ExampleQuery q;
        q.text = QStringLiteral("salary");
        QCOMPARE(m_lib->find(q)->size(), 1);
        q.text = QStringLiteral("subscr*");
        QCOMPARE(m_lib->find(q)->first().sector, QStringLiteral("finance"));
        q.text = QStringLiteral("rapidas"); // accents ignored
        QCOMPARE(m_lib->find(q)->first().language, QStringLiteral("es"));
        q.text = QStringLiteral("\"unbalanced (quote AND OR");
        QVERIFY(m_lib->find(q).ok()); // never an FTS syntax error from what a user types
        q = {};
        q.sector = QStringLiteral("FITNESS");
        QCOMPARE(m_lib->count(q).value(), 2);
        q.language = QStringLiteral("es");
        QCOMPARE(m_lib->count(q).value(), 1);
        q = {};
        q.limit = 2;
        QCOMPARE(m_lib->find(q)->size(), 2);
        q.offset = 2;
        QCOMPARE(m_lib->find(q)->size(), 1);

        // Japanese has no spaces between words: one is found in the middle of a sentence.
        Example japanese = sample(QStringLiteral("毎朝のコーヒーが変わる理由"), QStringLiteral("food"),
                                  QStringLiteral("ja"));
        japanese.script.body = QStringLiteral("焙煎したての豆は香りがまったく違います。");
        auto added = m_lib->add(japanese);
        QVERIFY(added.ok());
        q = {};
        for (const QString& word : {QStringLiteral("焙煎したて"), QStringLiteral("香り"), QStringLiteral("コーヒー")}) {
            q.text = word;
            QCOMPARE(m_lib->find(q)->size(), 1);
            QCOMPARE(m_lib->find(q)->first().id, added->id);
            QCOMPARE(m_lib->count(q).value(), 1);
        }
        q.text = QStringLiteral("紅茶");
        QCOMPARE(m_lib->count(q).value(), 0);
    }

    void qualityScoreIsDocumented()
    {
        Example e = sample(QStringLiteral("Hook here today?"));
        QCOMPARE(ExampleLibrary::qualityOf(e), 40.0 + 15.0 + 15.0);
        e.engagement.views = 1000;
        e.engagement.likes = 50; // 5 % interaction: half marks
        QCOMPARE(ExampleLibrary::qualityOf(e), 40.0 + 15.0 + 15.0);
        e.engagement.saves = 100; // 15 %: full marks
        QCOMPARE(ExampleLibrary::qualityOf(e), 40.0 + 30.0 + 15.0);
        e.script.caption.clear();
        e.script.hashtags.clear();
        QCOMPARE(ExampleLibrary::qualityOf(e), 24.0 + 30.0 + 15.0);
    }

    void exampleFileReportsEveryBadRow()
    {
        const QByteArray json = R"({"format": "reelstudio.examples", "format_version": 1, "examples": [
            {"language": "en", "sector": "pets", "hook_type": "story", "emotion": "joy", "goal": "awareness",
             "hook": "My dog taught me this", "body": "b", "cta": "Follow for more"},
            {"language": "en", "sector": "pets", "hook_type": "story", "emotion": "joy", "goal": "awareness",
             "hook": 4, "body": "b", "cta": "c", "script_length": 999},
            "not an object",
            {"language": "en", "sector": "pets", "hook_type": "story", "emotion": "joy", "goal": "awareness",
             "hook": "h", "body": "b", "cta": "c", "engagement": {"views": "many"}}
        ]})";
        const auto decoded = codec::decodeExampleFile(json);
        QStringList errors;
        for (const FieldError& e : decoded.errors)
            errors.append(e.toEnglish());
        QCOMPARE(errors,
                 (QStringList{
                         QStringLiteral("examples[1].hook: must be a string, got a whole number"),
                         QStringLiteral("examples[1].script_length: must be between 5 and 180 seconds, got 999"),
                         QStringLiteral("examples[2]: must be an object, got a string"),
                         QStringLiteral("examples[3].engagement.views: must be a number, got a string"),
                 }));
        auto round = codec::decodeExampleFile(codec::encodeExampleFile({sample(QStringLiteral("Round trip?"))}));
        QVERIFY(round.ok());
        QCOMPARE(round.value.first().script.hook, QStringLiteral("Round trip?"));
    }

    void bundledLibraryCoverage()
    {
        const QList<Example> bundled = ExampleLibrary::bundledExamples();
        QVERIFY2(bundled.size() >= 168, qPrintable(QString::number(bundled.size())));
        QHash<QString, int> english;
        QHash<QString, int> perLanguage;
        QSet<QString> ids;
        for (const Example& e : bundled) {
            QVERIFY2(!ids.contains(e.bundledId), qPrintable(e.bundledId));
            ids.insert(e.bundledId);
            QVERIFY2(e.engagement.isEmpty(), qPrintable(e.bundledId)); // curated samples: no invented numbers
            ++perLanguage[e.language];
            if (e.language == u"en")
                ++english[e.sector + u'/' + e.hookType];
        }
        const Catalog& catalog = Catalog::builtIn();
        for (const QString& sector : catalog.ids(CatalogKind::Sector)) {
            for (const QString& hook : catalog.ids(CatalogKind::HookType))
                QVERIFY2(english.value(sector + u'/' + hook) >= 2, qPrintable(sector + u'/' + hook));
        }
        for (const char* language : {"es", "fr", "de", "hi", "ja"})
            QVERIFY2(perLanguage.value(QLatin1String(language)) >= 12, language);
    }

    void bundledExamplesPassTheValidator()
    {
        QHash<QString, std::shared_ptr<Validator>> validators;
        QStringList failures;
        for (const Example& e : ExampleLibrary::bundledExamples()) {
            ValidationContext c;
            c.profile.brandName = QStringLiteral("Sample Brand");
            c.profile.sector = e.sector;
            c.profile.ctaStyle = e.ctaStyle.isEmpty() ? QStringLiteral("direct") : e.ctaStyle;
            c.request.goal = e.goal;
            c.request.hookType = e.hookType;
            c.request.emotion = e.emotion;
            c.request.scriptLength = e.scriptLength;
            c.language = e.language;
            const Validator v(c);
            for (const Finding& f : v.validate(e.script).findings) {
                if (f.severity == Severity::Error)
                    failures.append(e.bundledId + QStringLiteral(": ") + f.toEnglish());
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void csvParsing()
    {
        const QByteArray csv = "\xEF\xBB\xBFhook,body,\"c,t,a\"\r\n"
                               "\"Say \"\"hi\"\"\",\"line one\nline two\",x\r\n"
                               "plain,\"a, b\",\n";
        const QList<QStringList> records = parseCsv(csv);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), (QStringList{QStringLiteral("hook"), QStringLiteral("body"), QStringLiteral("c,t,a")}));
        QCOMPARE(records.at(1), (QStringList{QStringLiteral("Say \"hi\""), QStringLiteral("line one\nline two"),
                                             QStringLiteral("x")}));
        QCOMPARE(records.at(2), (QStringList{QStringLiteral("plain"), QStringLiteral("a, b"), QString()}));
        QCOMPARE(parseCsv("a;b;c\n1;2;3\n").at(1).size(), 3); // semicolon files from spreadsheets
        QCOMPARE(parseCsv("a\tb\n1\t2\n").at(1).size(), 2);
    }

    void importReportsRowsAndIsAllOrNothing()
    {
        QVERIFY(m_lib->add(sample(QStringLiteral("Already in the library?"))).ok());
        const QByteArray csv =
                "Sector,Type,emotion,goal,Hook,Body,CTA,Views\n"
                "pets,story,joy,awareness,My cat opened the fridge,She learned it in a week.,Follow for more,1200\n"
                "pets,story,joy,awareness,,A body without a hook.,Follow us,many\n"
                "pets,story,joy,awareness,My cat opened the fridge,She learned it in a week.,Follow for more,\n"
                "fitness,question,curiosity,conversion,Already in the library?,Fifteen minute routines that fit "
                "between meetings and build real strength at home.,Start your free week today,\n";
        auto plan = ExampleImporter::parse(csv, ExampleImporter::Format::Csv,
                                           {{QStringLiteral("Type"), QStringLiteral("hook_type")}});
        QVERIFY(plan.ok());
        ExampleImporter::checkDuplicates(*m_lib, plan.value());
        QCOMPARE(plan->rows.size(), 4);
        QVERIFY(plan->rows.at(0).ok());
        QCOMPARE(plan->rows.at(0).example.engagement.views, std::optional<qint64>(1200));
        QCOMPARE(plan->rows.at(0).example.hookType, QStringLiteral("story"));
        QStringList row2;
        for (const FieldError& e : plan->rows.at(1).errors)
            row2.append(e.path);
        QCOMPARE(row2, (QStringList{QStringLiteral("views"), QStringLiteral("hook")}));
        QVERIFY(plan->rows.at(2).errors.first().toEnglish().contains(u"a repeat of row 1"));
        QVERIFY(plan->rows.at(3).errors.first().toEnglish().contains(u"already in the library"));

        // "Import nothing": the library is untouched.
        QCOMPARE(ExampleImporter::apply(*m_lib, plan.value(), false)->added, 0);
        QCOMPARE(m_lib->count({}).value(), 1);
        // "Import the valid rows".
        const auto outcome = ExampleImporter::apply(*m_lib, plan.value(), true);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->added, 1);
        QCOMPARE(outcome->skipped, 3);
        QCOMPARE(m_lib->count({}).value(), 2);
    }

    void importJsonAndJsonl()
    {
        const QByteArray jsonl =
                "{\"sector\": \"food\", \"hook_type\": \"story\", \"emotion\": \"joy\", \"goal\": \"awareness\", "
                "\"hook\": \"Grandma's soup\", \"body\": \"b\", \"cta\": \"Save it\", \"hashtags\": [\"#soup\", "
                "\"#family\"]}\n"
                "{not json}\n"
                "[1, 2]\n"
                "{\"sector\": \"food\", \"hook_type\": \"story\", \"emotion\": \"joy\", \"goal\": \"awareness\", "
                "\"hook\": \"Second soup\", \"body\": \"b\", \"cta\": \"Save it\", \"script_length\": \"long\"}\n";
        auto plan = ExampleImporter::parse(jsonl, ExampleImporter::guessFormat(QStringLiteral("x.jsonl"), jsonl));
        QVERIFY(plan.ok());
        QCOMPARE(plan->rows.size(), 4);
        QVERIFY2(plan->rows.at(0).ok(), qPrintable(plan->rows.at(0).errors.value(0).toEnglish()));
        QCOMPARE(plan->rows.at(0).example.script.hashtags,
                 (QStringList{QStringLiteral("#soup"), QStringLiteral("#family")}));
        QCOMPARE(plan->rows.at(1).number, 2);
        QCOMPARE(plan->rows.at(1).errors.first().kind, FieldErrorKind::Syntax);
        QVERIFY(!plan->rows.at(2).ok());
        QCOMPARE(plan->rows.at(3).errors.first().path, QStringLiteral("script_length"));

        const QByteArray list = R"([{"sector": "food", "hook_type": "story", "emotion": "joy", "goal": "awareness",
                                    "hook": "Third soup", "body": "b", "cta": "Save it"}])";
        auto fromList = ExampleImporter::parse(list, ExampleImporter::Format::Json);
        QVERIFY(fromList.ok());
        QCOMPARE(fromList->valid(), 1);
        auto broken = ExampleImporter::parse("[{\"hook\": ", ExampleImporter::Format::Json);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().fields.first().kind, FieldErrorKind::Syntax);
    }

    void ourOwnExampleFileImportsWithItsEngagementFigures()
    {
        Example e = ExampleLibrary::bundledExamples().first();
        e.engagement.views = 12000;
        e.engagement.likes = 800;
        e.engagement.saves = 95;
        const QByteArray file = codec::encodeExampleFile({e});
        QVERIFY(file.contains("\"engagement\""));
        auto plan = ExampleImporter::parse(file, ExampleImporter::Format::Json);
        QVERIFY(plan.ok());
        QCOMPARE(plan->valid(), 1);
        const Example& back = plan->rows.first().example;
        QCOMPARE(back.engagement.views, std::optional<qint64>(12000));
        QCOMPARE(back.engagement.likes, std::optional<qint64>(800));
        QCOMPARE(back.engagement.saves, std::optional<qint64>(95));
        QCOMPARE(back.engagement.comments, std::nullopt);
    }

    void workspaceSeedsOnOpen()
    {
        const QString folder = m_dir.filePath(QStringLiteral("seeded"));
        {
            auto ws = Workspace::open(folder);
            QVERIFY(ws.ok());
            QCOMPARE(ws.value()->examples().count({}).value(),
                     static_cast<int>(ExampleLibrary::bundledExamples().size()));
        }
        auto again = Workspace::open(folder);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->examples().count({}).value(),
                 static_cast<int>(ExampleLibrary::bundledExamples().size()));
    }

    void seedingHappensOnceAndKeepsDeletions()
    {
        auto seeded = m_lib->seedBundled();
        QVERIFY2(seeded.ok(), qPrintable(seeded ? QString() : seeded.error().toEnglish()));
        const int total = static_cast<int>(ExampleLibrary::bundledExamples().size());
        QCOMPARE(seeded.value(), total);
        ExampleQuery bundled;
        bundled.source = ExampleSource::Bundled;
        QCOMPARE(m_lib->count(bundled).value(), total);
        const Example first = m_lib->find(bundled)->first();
        QVERIFY(m_lib->remove(first.id).ok());
        QCOMPARE(m_lib->seedBundled().value(), 0);
        QCOMPARE(m_lib->count(bundled).value(), total - 1);
    }
};

QTEST_GUILESS_MAIN(TestExampleLibrary)
#include "tst_examplelibrary.moc"
