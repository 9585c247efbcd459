// The script history: versions with autosave and restore, the review workflow, ratings, post
// performance (typed and from CSV), search with FTS and filters, import of exported entries,
// deletion, the analytics figures, and the feedback loop into the example library.

#include "common/Csv.h"
#include "history/HistoryExport.h"
#include "history/Promotion.h"
#include "rag/ExampleLibrary.h"
#include "store/Analytics.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"
#include "validate/RulePackStore.h"
#include "validate/Validator.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace reel;

namespace {

GenerationRecord record(const QString& brand, const QString& hook, const QString& provider = QStringLiteral("offline"))
{
    GenerationRecord r;
    r.profile.brandName = brand;
    r.profile.sector = QStringLiteral("fitness");
    r.request.goal = QStringLiteral("sales");
    r.request.hookType = QStringLiteral("question");
    r.request.emotion = QStringLiteral("curiosity");
    r.request.scriptLength = 30;
    r.language = QStringLiteral("en");
    r.provider = provider;
    r.script.hook = hook;
    r.script.body = QStringLiteral("Fifteen minute routines at home build real strength.");
    r.script.cta = QStringLiteral("Start your free trial today");
    r.script.caption = QStringLiteral("No gym needed.");
    r.script.hashtags = {QStringLiteral("#HomeWorkout")};
    return r;
}

// Puts a script's creation time where a test needs it.
void setCreated(Database& db, qint64 id, const QString& isoUtc)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE script SET created_at = ? WHERE id = ?"));
    q.addBindValue(isoUtc);
    q.addBindValue(id);
    QVERIFY(q.exec());
}

QList<qint64> ids(const QList<ScriptSummary>& rows)
{
    QList<qint64> out;
    for (const ScriptSummary& s : rows)
        out.append(s.id);
    return out;
}

} // namespace

class TestScriptHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ScriptStore> m_store;

    qint64 add(const GenerationRecord& r)
    {
        auto added = m_store->add(r, QStringLiteral("ana"));
        if (!added)
            qFatal("%s", qPrintable(added.error().toEnglish()));
        return added->id;
    }

    void moveTo(qint64 id, const QStringList& path)
    {
        for (const QString& s : path) {
            auto changed = m_store->setStatus(id, s, QStringLiteral("ok"), QStringLiteral("lead"));
            QVERIFY2(changed.ok(), qPrintable(changed ? QString() : changed.error().toEnglish()));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store.reset();
        m_ws.reset();
        auto ws = Workspace::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toEnglish()));
        m_ws = std::move(ws).value();
        m_store = std::make_unique<ScriptStore>(m_ws->database());
    }

    void validationFollowsTheCurrentVersion()
    {
        // What the generator stored describes version 1; an edit that brings a banned word and a
        // competitor must show in the record (and so in History, the exports and Analytics).
        GenerationRecord r = record(QStringLiteral("FitLife"), QStringLiteral("Still skipping workouts?"));
        r.profile.doNotUse = {QStringLiteral("cheap")};
        r.profile.competitors = {QStringLiteral("GymGiant")};
        r.script.body = QStringLiteral(
                "Fifteen minute routines at home build real strength in a few weeks, without a gym, "
                "without equipment and without losing your evenings.");
        const auto added = m_store->add(r);
        QVERIFY(added.ok());
        const qint64 id = added->id;
        ReelScript edited = added->script;
        edited.body = QStringLiteral("Cheap plans from GymGiant never stick, but fifteen minute routines at home build "
                                     "real strength in a few weeks, without a gym and without losing your evenings.");
        QVERIFY(m_store->saveVersion(id, edited).ok());
        const GenerationRecord after = m_store->get(id).value();
        const ValidationReport expected = m_store->validationOf(after, edited);
        QVERIFY(expected.count(Severity::Error) >= 1);
        QCOMPARE(after.errors, expected.count(Severity::Error));
        QCOMPARE(after.warnings, expected.count(Severity::Warning));
        QCOMPARE(after.score, expected.score());
        QVERIFY(!after.validation.isValid);
        QVERIFY2(after.validation.errors.join(u' ').contains(QStringLiteral("Cheap")),
                 qPrintable(after.validation.errors.join(u'|')));
        // The Markdown export (and the PDF drawn from it) says the same.
        const QString md = QString::fromUtf8(history::toMarkdown({HistoryEntry{after, {}, {}, {}, {}}}));
        QVERIFY2(md.contains(QStringLiteral("score %1, %2 error").arg(after.score).arg(after.errors)), qPrintable(md));
        // The list too.
        ScriptQuery query;
        const QList<ScriptSummary> rows = m_store->search(query).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().score, after.score);
        QCOMPARE(rows.first().errors, after.errors);

        // Back to the first version: clean again.
        QVERIFY(m_store->restore(id, 1).ok());
        const GenerationRecord restored = m_store->get(id).value();
        QCOMPARE(restored.errors, 0);
        QVERIFY(restored.validation.isValid);
    }

    void validationFollowsTheRulePack()
    {
        GenerationRecord r = record(QStringLiteral("FitLife"), QStringLiteral("Still skipping workouts?"));
        r.script.hashtags = {QStringLiteral("#HomeWorkout"), QStringLiteral("#FitLife"), QStringLiteral("#Strength")};
        r.script.body = QStringLiteral(
                "Fifteen minute routines at home build real strength in a few weeks, without a gym, "
                "without equipment and without losing your evenings.");
        const qint64 id = m_store->add(r)->id;
        QVERIFY(m_store->saveVersion(id, r.script).ok());
        QCOMPARE(m_store->get(id)->errors, 0);
        QCOMPARE(m_store->revalidateAll().value(), 0); // nothing changed

        // A pack that allows two hashtags: the stored script now breaks it.
        const QString pack = m_dir.filePath(QStringLiteral("two-tags.json"));
        QFile f(pack);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"reelstudio.rulepack\", \"format_version\": 1, \"platform\": \"instagram\","
                " \"pack_version\": \"2027.2\", \"settings\": {\"hashtags.max\": 2}}");
        f.close();
        QVERIFY(m_ws->rules().load(pack).ok());
        QCOMPARE(m_store->revalidateAll().value(), 1);
        const GenerationRecord after = m_store->get(id).value();
        QVERIFY(after.errors >= 1);
        QVERIFY(!after.validation.isValid);

        // Cancelled half-way: nothing is saved.
        QVERIFY(m_ws->rules().reset().ok());
        const auto cancelled = m_store->revalidateAll([](int, int) { return false; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(m_store->get(id)->errors, after.errors);
        QCOMPARE(m_store->revalidateAll().value(), 1);
        QCOMPARE(m_store->get(id)->errors, 0);
    }

    void autosaveMakesOneVersionPerEditingSession()
    {
        GenerationRecord r = record(QStringLiteral("Acme"), QStringLiteral("Still skipping workouts?"));
        r.title = QStringLiteral("Morning reel");
        const qint64 id = add(r);
        ReelScript s = m_store->get(id)->script;
        QCOMPARE(*m_store->autosave(id, s), 1); // unchanged: nothing written
        QCOMPARE(m_store->versions(id)->size(), 1);

        s.hook = QStringLiteral("Still skipping leg day?");
        QCOMPARE(*m_store->autosave(id, s, QStringLiteral("bo")), 2);
        s.hook = QStringLiteral("Still skipping leg day, really?");
        QCOMPARE(*m_store->autosave(id, s, QStringLiteral("bo")), 2); // rewrites the session's version
        auto versions = m_store->versions(id);
        QCOMPARE(versions->size(), 2);
        QVERIFY(versions->at(1).autosaved);
        QCOMPARE(versions->at(1).script.hook, s.hook);
        QCOMPARE(versions->at(1).author, QStringLiteral("bo"));
        QCOMPARE(versions->at(0).script.hook, QStringLiteral("Still skipping workouts?"));
        QCOMPARE(m_store->get(id)->script.hook, s.hook);
        QCOMPARE(m_store->get(id)->currentVersion, 2);

        // Saving ends the session: the version is kept, and the next edit starts another.
        QCOMPARE(*m_store->commitEdit(id, s, QStringLiteral("bo"), QStringLiteral("tighter hook")), 2);
        versions = m_store->versions(id);
        QVERIFY(!versions->at(1).autosaved);
        QCOMPARE(versions->at(1).note, QStringLiteral("tighter hook"));
        QCOMPARE(*m_store->commitEdit(id, s), 2); // nothing changed: no new version
        s.cta = QStringLiteral("Book a class");
        QCOMPARE(*m_store->autosave(id, s), 3);
        QCOMPARE(m_store->versions(id)->size(), 3);

        // The searchable text follows the current version.
        ScriptQuery q;
        q.text = QStringLiteral("leg day");
        QCOMPARE(ids(*m_store->search(q)), QList<qint64>{id});
        q.text = QStringLiteral("workouts");
        QVERIFY(m_store->search(q)->isEmpty());
    }

    void restoreMakesANewCurrentVersion()
    {
        const qint64 id = add(record(QStringLiteral("Acme"), QStringLiteral("First hook")));
        ReelScript s = m_store->get(id)->script;
        s.hook = QStringLiteral("Second hook");
        QCOMPARE(*m_store->saveVersion(id, s), 2);
        s.hook = QStringLiteral("Third hook");
        QCOMPARE(*m_store->saveVersion(id, s), 3);

        QCOMPARE(*m_store->restore(id, 1, QStringLiteral("cy")), 4);
        const auto versions = m_store->versions(id);
        QCOMPARE(versions->size(), 4);
        QCOMPARE(versions->at(3).kind, QStringLiteral("restore"));
        QCOMPARE(versions->at(3).author, QStringLiteral("cy"));
        QCOMPARE(versions->at(3).script, versions->at(0).script);
        QCOMPARE(m_store->get(id)->script.hook, QStringLiteral("First hook"));
        QCOMPARE(versions->at(2).script.hook, QStringLiteral("Third hook")); // history is never rewritten

        QCOMPARE(m_store->restore(id, 9).error().code, ErrorCode::NotFound);
        QCOMPARE(m_store->restore(4242, 1).error().code, ErrorCode::NotFound);
        QCOMPARE(m_store->autosave(4242, s).error().code, ErrorCode::NotFound);
    }

    void workflowFollowsItsRules()
    {
        const qint64 id = add(record(QStringLiteral("Acme"), QStringLiteral("Hook")));
        QCOMPARE(m_store->get(id)->status, QStringLiteral("draft"));

        // Skipping review is not allowed, nothing is recorded.
        auto skipped = m_store->setStatus(id, QStringLiteral("approved"));
        QCOMPARE(skipped.error().code, ErrorCode::StatusNotAllowed);
        QCOMPARE(skipped.error().args, (QStringList{QStringLiteral("draft"), QStringLiteral("approved")}));
        QCOMPARE(m_store->get(id)->status, QStringLiteral("draft"));
        QVERIFY(m_store->statusHistory(id)->isEmpty());

        auto review = m_store->setStatus(id, QStringLiteral("in_review"), QStringLiteral("please check"),
                                         QStringLiteral("ana"));
        QVERIFY(review.ok());
        QCOMPARE(review->from, QStringLiteral("draft"));

        // Sending back or rejecting must say why.
        auto silentReject = m_store->setStatus(id, QStringLiteral("rejected"), QStringLiteral("  "));
        QCOMPARE(silentReject.error().code, ErrorCode::InvalidInput);
        QCOMPARE(silentReject.error().fields.first().path, QStringLiteral("comment"));
        QCOMPARE(m_store->get(id)->status, QStringLiteral("in_review"));
        QVERIFY(m_store->setStatus(id, QStringLiteral("approved"), {}, QStringLiteral("lead")).ok());
        QVERIFY(m_store->setStatus(id, QStringLiteral("published"), {}, QStringLiteral("lead")).ok());
        // Published is final.
        for (const QString& s : Workflow::statuses())
            QCOMPARE(m_store->setStatus(id, s, QStringLiteral("why")).error().code, ErrorCode::StatusNotAllowed);
        QCOMPARE(m_store->setStatus(id, QStringLiteral("archived")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_store->setStatus(4242, QStringLiteral("in_review")).error().code, ErrorCode::NotFound);

        const auto history = m_store->statusHistory(id);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).author, QStringLiteral("ana"));
        QCOMPARE(history->at(0).comment, QStringLiteral("please check"));
        QCOMPARE(history->at(1).from, QStringLiteral("in_review"));
        QCOMPARE(history->at(2).to, QStringLiteral("published"));
        QVERIFY(history->at(2).at.isValid());
        QVERIFY(history->at(0).at <= history->at(2).at);
    }

    void workflowTable()
    {
        QCOMPARE(Workflow::nextStatuses(QStringLiteral("draft")),
                 (QStringList{QStringLiteral("in_review"), QStringLiteral("rejected")}));
        QVERIFY(Workflow::allowed(QStringLiteral("rejected"), QStringLiteral("draft")));
        QVERIFY(!Workflow::allowed(QStringLiteral("rejected"), QStringLiteral("published")));
        QVERIFY(Workflow::needsComment(QStringLiteral("approved"), QStringLiteral("in_review")));
        QVERIFY(!Workflow::needsComment(QStringLiteral("draft"), QStringLiteral("in_review")));
        QVERIFY(Workflow::nextStatuses(QStringLiteral("published")).isEmpty());
    }

    void ratingsAreCheckedStoredAndAveraged()
    {
        const qint64 id = add(record(QStringLiteral("Acme"), QStringLiteral("Hook")));
        Rating bad;
        bad.stars = 6;
        auto refused = m_store->rate(id, bad);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(refused.error().fields.first().path, QStringLiteral("stars"));
        QCOMPARE(m_store->rate(id, Rating{}).error().code, ErrorCode::InvalidInput); // nothing said
        Rating longTag;
        longTag.thumb = Thumb::Down;
        longTag.tags = {QString(41, u'x')};
        QCOMPARE(m_store->rate(id, longTag).error().fields.first().path, QStringLiteral("tags[0]"));
        QVERIFY(m_store->ratings(id)->isEmpty());

        Rating a;
        a.stars = 5;
        a.thumb = Thumb::Up;
        a.tags = {QStringLiteral("strong_hook"), QStringLiteral("on_brand")};
        a.author = QStringLiteral("ana");
        Rating b;
        b.stars = 2;
        b.thumb = Thumb::Down;
        b.tags = {QStringLiteral("too_long")};
        b.comment = QStringLiteral("Cut the middle, \"it drags\"");
        b.author = QStringLiteral("bo");
        Rating c; // a comment alone is a rating too
        c.comment = QStringLiteral("Client loved the CTA");
        QVERIFY(m_store->rate(id, a).ok());
        QVERIFY(m_store->rate(id, b).ok());
        QVERIFY(m_store->rate(id, c).ok());

        const auto stored = m_store->ratings(id);
        QCOMPARE(stored->size(), 3);
        QCOMPARE(stored->at(0).tags, a.tags);
        QCOMPARE(stored->at(1).thumb, Thumb::Down);
        QCOMPARE(stored->at(1).comment, b.comment);
        QCOMPARE(stored->at(2).author, ScriptStore::defaultAuthor());
        QVERIFY(!stored->at(2).stars);

        ScriptQuery q;
        const auto rows = m_store->search(q);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().ratingCount, 3);
        QVERIFY(rows->first().rating);
        QCOMPARE(*rows->first().rating, 3.5);
        QCOMPARE(m_store->rate(4242, a).error().code, ErrorCode::NotFound);
    }

    void searchFindsByTextAndFilters()
    {
        const qint64 a = add(record(QStringLiteral("Acme"), QStringLiteral("Café mornings for busy parents")));
        GenerationRecord rb = record(QStringLiteral("Zen Yoga"), QStringLiteral("Breathe before your boss calls"),
                                     QStringLiteral("openai"));
        rb.language = QStringLiteral("es");
        rb.profile.sector = QStringLiteral("wellness");
        rb.request.hookType = QStringLiteral("statistic");
        const qint64 b = add(rb);
        const qint64 c = add(record(QStringLiteral("Acme"), QStringLiteral("Protein myths, busted")));
        setCreated(m_ws->database(), a, QStringLiteral("2026-01-10T09:00:00.000Z"));
        setCreated(m_ws->database(), b, QStringLiteral("2026-02-10T09:00:00.000Z"));
        setCreated(m_ws->database(), c, QStringLiteral("2026-03-10T09:00:00.000Z"));
        moveTo(b, {QStringLiteral("in_review")});
        Rating r;
        r.stars = 4;
        QVERIFY(m_store->rate(c, r).ok());

        QStringList countMismatches;
        const auto find = [&](const ScriptQuery& q) {
            const QList<qint64> found = ids(*m_store->search(q));
            if (*m_store->countMatching(q) != found.size())
                countMismatches.append(q.text);
            return found;
        };
        ScriptQuery q;
        QCOMPARE(find(q), (QList<qint64>{c, b, a})); // newest first
        q.text = QStringLiteral("cafe");             // accents folded
        QCOMPARE(find(q), QList<qint64>{a});
        q.text = QStringLiteral("bos"); // the last word is a prefix
        QCOMPARE(find(q), QList<qint64>{b});
        q.text = QStringLiteral("zen"); // brand
        QCOMPARE(find(q), QList<qint64>{b});
        q.text = QStringLiteral("trial busy"); // every word, any section
        QCOMPARE(find(q), QList<qint64>{a});
        for (const QString& hostile :
             {QStringLiteral("\"unbalanced"), QStringLiteral("NEAR(a b"), QStringLiteral("*"),
              QStringLiteral("'; DROP TABLE script; --"), QStringLiteral("a OR"), QStringLiteral("^-:()")}) {
            q.text = hostile;
            QVERIFY2(m_store->search(q).ok(), qPrintable(hostile));
        }
        QCOMPARE(*m_store->count(), 3);

        q = {};
        q.brand = QStringLiteral("Acme");
        QCOMPARE(find(q), (QList<qint64>{c, a}));
        q = {};
        q.status = QStringLiteral("in_review");
        QCOMPARE(find(q), QList<qint64>{b});
        q = {};
        q.language = QStringLiteral("es");
        QCOMPARE(find(q), QList<qint64>{b});
        q = {};
        q.provider = QStringLiteral("openai");
        QCOMPARE(find(q), QList<qint64>{b});
        q = {};
        q.sector = QStringLiteral("wellness");
        q.hookType = QStringLiteral("statistic");
        QCOMPARE(find(q), QList<qint64>{b});
        q = {};
        q.minStars = 4;
        QCOMPARE(find(q), QList<qint64>{c});
        q.minStars = 5;
        QVERIFY(find(q).isEmpty());
        q = {};
        q.unratedOnly = true;
        QCOMPARE(find(q), (QList<qint64>{b, a}));
        q = {};
        q.from = QDate(2026, 2, 1);
        q.to = QDate(2026, 2, 28);
        QCOMPARE(find(q), QList<qint64>{b});
        q = {};
        q.sort = ScriptQuery::Sort::Title;
        q.descending = false;
        QCOMPARE(find(q), (QList<qint64>{b, a, c}));
        q.sort = ScriptQuery::Sort::Rating;
        q.descending = true;
        QCOMPARE(ids(*m_store->search(q)).first(), c);
        q = {};
        q.limit = 1;
        q.offset = 1;
        QCOMPARE(ids(*m_store->search(q)), QList<qint64>{b});

        QVERIFY2(countMismatches.isEmpty(), qPrintable(countMismatches.join(u',')));
        QCOMPARE(*m_store->distinctValues(QStringLiteral("brand")),
                 (QStringList{QStringLiteral("Acme"), QStringLiteral("Zen Yoga")}));
        QCOMPARE(m_store->distinctValues(QStringLiteral("uuid; DROP")).error().code, ErrorCode::InvalidInput);
    }

    void searchFindsJapaneseWordsInTheMiddleOfASentence()
    {
        // Japanese is written without spaces: a word is found wherever it sits, and stays found
        // after an edit changes the sentence around it.
        GenerationRecord ja = record(QStringLiteral("ルーメン珈琲"), QStringLiteral("毎週焙煎したての豆が届く理由"));
        ja.language = QStringLiteral("ja");
        ja.script.body = QStringLiteral("スーパーの豆は焙煎から何か月も経っています。最初の一袋は無料です。");
        const qint64 id = add(ja);
        const qint64 english = add(record(QStringLiteral("Acme"), QStringLiteral("Fresh roast, first bag free")));
        const auto find = [&](const QString& text) {
            ScriptQuery q;
            q.text = text;
            const QList<qint64> found = ids(*m_store->search(q));
            if (*m_store->countMatching(q) != found.size())
                return QList<qint64>{-1};
            return found;
        };
        QCOMPARE(find(QStringLiteral("焙煎したて")), QList<qint64>{id}); // mid-sentence, 5 characters
        QCOMPARE(find(QStringLiteral("一袋")), QList<qint64>{id});       // 2 characters
        QCOMPARE(find(QStringLiteral("豆")), QList<qint64>{id});         // 1 character
        QCOMPARE(find(QStringLiteral("珈琲")), QList<qint64>{id});       // in the brand
        QCOMPARE(find(QStringLiteral("無料 焙煎")), QList<qint64>{id});  // every word
        QCOMPARE(find(QStringLiteral("紅茶")), QList<qint64>{});
        QCOMPARE(find(QStringLiteral("fresh")), QList<qint64>{english}); // the word index as before
        QCOMPARE(find(QStringLiteral("100%_")), QList<qint64>{});        // LIKE's wildcards are plain text

        ja.script.body = QStringLiteral("今週の豆はエチオピア産です。");
        QVERIFY(m_store->autosave(id, ja.script).ok());
        QCOMPARE(find(QStringLiteral("焙煎から")), QList<qint64>{});
        QCOMPARE(find(QStringLiteral("エチオピア")), QList<qint64>{id});
        QVERIFY(m_store->remove({id}).ok());
        QCOMPARE(find(QStringLiteral("エチオピア")), QList<qint64>{});
        QSqlQuery check(m_ws->database().connection());
        QVERIFY(check.exec(QStringLiteral("INSERT INTO script_fts_cjk(script_fts_cjk) VALUES ('integrity-check')")));
    }

    void searchWithACommonWordKeepsOrderAndCount()
    {
        // Thousands of matches take the other query plan (walk in display order, keep matches).
        QList<HistoryEntry> entries;
        const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 2500; ++i) {
            HistoryEntry e;
            e.record = record(QStringLiteral("Acme"), QStringLiteral("Hook %1").arg(i));
            e.record.script.body = i % 5 == 0 ? QStringLiteral("A rare pearl") : QStringLiteral("A common stone");
            e.record.createdAt = start.addSecs(qint64(i) * 60);
            entries.append(e);
        }
        QCOMPARE(m_store->importEntries(entries)->added, 2500);
        for (const auto& [word, expected] :
             {std::pair{QStringLiteral("common"), 2000}, std::pair{QStringLiteral("rare"), 500}}) {
            ScriptQuery q;
            q.text = word;
            QCOMPARE(*m_store->countMatching(q), qint64(expected));
            const auto page = m_store->search(q);
            QCOMPARE(page->size(), 200);
            for (qsizetype i = 1; i < page->size(); ++i)
                QVERIFY(page->at(i - 1).createdAt > page->at(i).createdAt);
            QVERIFY(m_store->get(page->first().id)->script.body.contains(word));
            q.brand = QStringLiteral("Acme"); // with another filter: counted by the join
            QCOMPARE(*m_store->countMatching(q), qint64(expected));
            q.brand = QStringLiteral("Nobody");
            QCOMPARE(*m_store->countMatching(q), 0);
        }
        ScriptQuery newestCommon;
        newestCommon.text = QStringLiteral("common");
        QCOMPARE(m_store->search(newestCommon)->first().title, QStringLiteral("Hook 2499"));
    }

    void performanceOnlyForPublishedScripts()
    {
        const qint64 id = add(record(QStringLiteral("Acme"), QStringLiteral("Hook")));
        Performance p;
        p.figures.views = 12000;
        p.figures.likes = 900;
        p.postedOn = QDate(2026, 11, 2);
        auto early = m_store->setPerformance(id, p);
        QCOMPARE(early.error().code, ErrorCode::InvalidInput);
        QCOMPARE(early.error().fields.first().path, QStringLiteral("status"));
        moveTo(id, {QStringLiteral("in_review"), QStringLiteral("approved"), QStringLiteral("published")});
        Performance negative = p;
        negative.figures.saves = -1;
        QCOMPARE(m_store->setPerformance(id, negative).error().fields.first().path, QStringLiteral("saves"));
        QVERIFY(!m_store->performance(id)->has_value());
        QVERIFY(m_store->setPerformance(id, p).ok());
        const auto stored = *m_store->performance(id);
        QVERIFY(stored);
        QCOMPARE(stored->figures, p.figures);
        QCOMPARE(stored->postedOn, p.postedOn);
    }

    void performanceFromCsvIsAllOrNothing()
    {
        const qint64 a = add(record(QStringLiteral("Acme"), QStringLiteral("One")));
        const qint64 b = add(record(QStringLiteral("Acme"), QStringLiteral("Two")));
        const qint64 draft = add(record(QStringLiteral("Acme"), QStringLiteral("Three")));
        for (qint64 id : {a, b})
            moveTo(id, {QStringLiteral("in_review"), QStringLiteral("approved"), QStringLiteral("published")});
        const QString uuidB = m_store->get(b)->uuid;

        // One bad row (a draft, a word for a number, an unknown id) and nothing is saved.
        const QByteArray bad = QStringLiteral("id,uuid,views,likes,posted_on\r\n%1,,\"1,200\",30,2026-11-01\r\n"
                                              "%2,,100,many,\r\n,%3,5,,\r\n999,,1,1,\r\n")
                                       .arg(a)
                                       .arg(draft)
                                       .arg(uuidB)
                                       .toUtf8();
        auto refused = m_store->importPerformanceCsv(bad);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QStringList paths;
        for (const FieldError& f : refused.error().fields)
            paths.append(f.path);
        QVERIFY2(paths.contains(QStringLiteral("row 2.status")), qPrintable(paths.join(u' ')));
        QVERIFY(paths.contains(QStringLiteral("row 2.likes")));
        QVERIFY(paths.contains(QStringLiteral("row 4.id")));
        QVERIFY(!m_store->performance(a)->has_value());
        QCOMPARE(m_store->importPerformanceCsv("views,likes\n1,2\n").error().fields.first().path,
                 QStringLiteral("header.id"));

        const QByteArray good = QStringLiteral("ID;Views;Likes;Comments;Shares;Saves;Posted_On\n%1;\"1,200\";30;4;2;9;"
                                               "2026-11-01\n")
                                        .arg(a)
                                        .toUtf8()
                                + QStringLiteral(";;;;;;\n").toUtf8();
        // (the empty last row names no script)
        QCOMPARE(m_store->importPerformanceCsv(good).error().code, ErrorCode::InvalidInput);
        const QByteArray byUuid = QStringLiteral("uuid,views,saves\n%1,5000,77\n").arg(uuidB).toUtf8();
        QCOMPARE(*m_store->importPerformanceCsv(byUuid), QList<qint64>{b});
        QCOMPARE(m_store->performance(b)->value().figures.views, std::optional<qint64>(5000));
        QCOMPARE(m_store->performance(b)->value().figures.saves, std::optional<qint64>(77));
        const QByteArray semicolons =
                QStringLiteral("ID;Views;Likes;Posted_On\n%1;\"1,200\";30;2026-11-01\n").arg(a).toUtf8();
        QCOMPARE(*m_store->importPerformanceCsv(semicolons), QList<qint64>{a});
        QCOMPARE(m_store->performance(a)->value().figures.views, std::optional<qint64>(1200));
        QCOMPARE(m_store->performance(a)->value().postedOn, std::optional<QDate>(QDate(2026, 11, 1)));
    }

    void entriesImportIntoAnotherWorkspace()
    {
        const qint64 id = add(record(QStringLiteral("Acme"), QStringLiteral("Original")));
        ReelScript s = m_store->get(id)->script;
        s.body = QStringLiteral("Edited body, with \"quotes\"\nand lines");
        QVERIFY(m_store->commitEdit(id, s, QStringLiteral("bo"), QStringLiteral("edit")).ok());
        moveTo(id, {QStringLiteral("in_review"), QStringLiteral("approved"), QStringLiteral("published")});
        Rating r;
        r.stars = 4;
        r.tags = {QStringLiteral("on_brand")};
        QVERIFY(m_store->rate(id, r).ok());
        Performance p;
        p.figures.views = 10;
        QVERIFY(m_store->setPerformance(id, p).ok());
        const HistoryEntry original = *m_store->entry(id);

        auto other = Workspace::open(m_dir.filePath(QStringLiteral("other")));
        QVERIFY(other.ok());
        ScriptStore target((*other)->database());
        const auto report = target.importEntries({original});
        QVERIFY(report.ok());
        QCOMPARE(report->added, 1);
        const auto rows = target.search({});
        QCOMPARE(rows->size(), 1);
        const HistoryEntry copy = *target.entry(rows->first().id);
        QCOMPARE(copy.record.uuid, original.record.uuid);
        QCOMPARE(copy.record.status, QStringLiteral("published"));
        QCOMPARE(copy.record.script, s);
        QCOMPARE(copy.record.currentVersion, 2);
        QCOMPARE(copy.record.createdAt, original.record.createdAt);
        QCOMPARE(copy.versions.size(), 2);
        QCOMPARE(copy.versions.at(0).script, original.versions.at(0).script);
        QCOMPARE(copy.versions.at(1).note, QStringLiteral("edit"));
        QCOMPARE(copy.statusChanges.size(), 3);
        QCOMPARE(copy.statusChanges.at(2).to, original.statusChanges.at(2).to);
        QCOMPARE(copy.ratings.size(), 1);
        QCOMPARE(copy.ratings.first().tags, r.tags);
        QCOMPARE(rows->first().rating, std::optional<double>(4.0));
        QCOMPARE(copy.performance->figures, p.figures);

        // Importing the same scripts again keeps what is there.
        const auto again = target.importEntries({original});
        QCOMPARE(again->added, 0);
        QCOMPARE(again->skippedUuids, QStringList{original.record.uuid});
        QCOMPARE(*target.count(), 1);
    }

    void removeTakesEverythingWithIt()
    {
        const qint64 id = add(record(QStringLiteral("Acme"), QStringLiteral("Gone soon")));
        const qint64 kept = add(record(QStringLiteral("Acme"), QStringLiteral("Kept")));
        Rating r;
        r.stars = 3;
        QVERIFY(m_store->rate(id, r).ok());
        QVERIFY(m_store->saveVersion(id, m_store->get(id)->script).ok());
        QCOMPARE(*m_store->remove({id, 4242}), 1);
        QCOMPARE(m_store->get(id).error().code, ErrorCode::NotFound);
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM script_version WHERE script_id = %1) +"
                                      " (SELECT COUNT(*) FROM script_rating WHERE script_id = %1)")
                               .arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        ScriptQuery gone;
        gone.text = QStringLiteral("gone");
        QVERIFY(m_store->search(gone)->isEmpty());
        QVERIFY(m_store->get(kept).ok());
    }

    void analyticsEqualWhatWasInserted()
    {
        // Two brands over three weeks (one week empty), model and offline scripts.
        struct Row
        {
            const char *brand, *provider, *sector, *hook, *created;
            qint64 latency, promptTokens, completionTokens;
            double cost;
            int firstErrors, errors;
        };
        const QList<Row> rows{
                {"Acme", "openai", "fitness", "question", "2026-11-02T10:00:00.000Z", 1000, 800, 200, 0.002, 2, 0},
                {"Acme", "openai", "fitness", "statistic", "2026-11-03T10:00:00.000Z", 3000, 1200, 300, 0.004, 0, 0},
                {"Zen", "offline", "wellness", "question", "2026-11-04T10:00:00.000Z", 20, 0, 0, 0, 1, 1},
                {"Zen", "ollama", "wellness", "question", "2026-11-17T10:00:00.000Z", 5000, 600, 100, 0, 0, 0},
                {"Acme", "openai", "fitness", "question", "2026-10-20T10:00:00.000Z", 2000, 1000, 400, 0.01, 1, 0},
        };
        QList<qint64> idsInserted;
        for (const Row& row : rows) {
            const auto text = [](const char* s) { return QString::fromLatin1(s); };
            GenerationRecord r = record(text(row.brand), QStringLiteral("Hook ") + text(row.created),
                                        text(row.provider));
            r.profile.sector = text(row.sector);
            r.request.hookType = text(row.hook);
            r.latencyMs = row.latency;
            r.usage.prompt = row.promptTokens;
            r.usage.completion = row.completionTokens;
            r.costUsd = row.cost;
            r.firstAttemptErrors = row.firstErrors;
            r.errors = row.errors;
            const qint64 id = add(r);
            setCreated(m_ws->database(), id, text(row.created));
            idsInserted.append(id);
        }
        for (int stars : {5, 4, 4}) {
            Rating r;
            r.stars = stars;
            r.thumb = stars == 5 ? Thumb::Up : Thumb::None;
            QVERIFY(m_store->rate(idsInserted.at(stars == 5 ? 0 : 1), r).ok());
        }
        Rating down;
        down.thumb = Thumb::Down;
        QVERIFY(m_store->rate(idsInserted.at(3), down).ok());

        AnalyticsFilter november;
        november.from = QDate(2026, 11, 1);
        november.to = QDate(2026, 11, 30);
        auto r = Analytics::compute(m_ws->database(), november);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().toEnglish()));
        QCOMPARE(r->scripts, 4);
        QCOMPARE(r->offlineScripts, 1);
        QCOMPARE(r->modelScripts, 3);
        QCOMPARE(r->avgLatencyMs, (1000 + 3000 + 20 + 5000) / 4.0);
        QCOMPARE(r->avgModelLatencyMs, (1000 + 3000 + 5000) / 3.0);
        QCOMPARE(r->firstAttemptFailures, 2);
        QCOMPARE(r->failuresAfterRepair, 1);
        QCOMPARE(r->firstAttemptFailureRate(), 0.5);
        QCOMPARE(r->promptTokens, 2600);
        QCOMPARE(r->completionTokens, 600);
        QVERIFY(qFuzzyCompare(r->costUsd, 0.006));
        // The range's weeks: 26 Oct (1 Nov is a Sunday, empty), 2 Nov, 9 Nov (empty), 16 Nov, then
        // empty weeks up to the range's end or today.
        QCOMPARE(r->weeks.takeFirst().scripts, 0);
        while (r->weeks.size() > 3 && r->weeks.constLast().weekStart > QDate(2026, 11, 16))
            QCOMPARE(r->weeks.takeLast().scripts, 0);
        QCOMPARE(r->weeks.size(), 3);
        QCOMPARE(r->weeks.at(0).weekStart, QDate(2026, 11, 2));
        QCOMPARE(r->weeks.at(0).scripts, 3);
        QCOMPARE(r->weeks.at(0).modelScripts, 2);
        QCOMPARE(r->weeks.at(1).weekStart, QDate(2026, 11, 9));
        QCOMPARE(r->weeks.at(1).scripts, 0);
        QCOMPARE(r->weeks.at(2).weekStart, QDate(2026, 11, 16));
        QCOMPARE(r->weeks.at(2).avgLatencyMs, 5000.0);
        QCOMPARE(r->sectors.size(), 2);
        QCOMPARE(r->hookTypes.first().key, QStringLiteral("question"));
        QCOMPARE(r->hookTypes.first().count, 3);
        QCOMPARE(r->providers.first().key, QStringLiteral("openai"));
        QCOMPARE(r->providers.first().count, 2);
        QCOMPARE(r->stars, (std::array<qint64, 5>{0, 0, 0, 2, 1}));
        QCOMPARE(r->thumbsUp, 1);
        QCOMPARE(r->thumbsDown, 1);
        QCOMPARE(r->ratedScripts, 3);
        QCOMPARE(r->months.size(), 1);
        QCOMPARE(r->months.first().key, QStringLiteral("2026-11"));
        QCOMPARE(r->months.first().promptTokens, 2600);
        QCOMPARE(r->brands.first().key, QStringLiteral("Acme"));
        QCOMPARE(r->brands.first().scripts, 2);
        QVERIFY(qFuzzyCompare(r->brands.first().costUsd, 0.006));

        AnalyticsFilter zen;
        zen.brand = QStringLiteral("Zen");
        const auto z = Analytics::compute(m_ws->database(), zen);
        QCOMPARE(z->scripts, 2);
        QCOMPARE(z->costUsd, 0.0);
        const auto all = Analytics::compute(m_ws->database(), {});
        QCOMPARE(all->scripts, 5);
        QCOMPARE(all->months.size(), 2);
        QCOMPARE(all->months.first().key, QStringLiteral("2026-10"));
        AnalyticsFilter nothing;
        nothing.from = QDate(2030, 1, 1);
        QCOMPARE(Analytics::compute(m_ws->database(), nothing)->scripts, 0);

        // The CSV holds the same figures.
        const QList<QStringList> csv = parseCsv(Analytics::toCsv(*r));
        QCOMPARE(csv.first(), (QStringList{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("metric"),
                                           QStringLiteral("value")}));
        const auto value = [&](const QString& section, const QString& key, const QString& metric) {
            for (const QStringList& row : csv) {
                if (row.value(0) == section && row.value(1) == key && row.value(2) == metric)
                    return row.value(3);
            }
            return QStringLiteral("(absent)");
        };
        QCOMPARE(value(QStringLiteral("summary"), {}, QStringLiteral("scripts")), QStringLiteral("4"));
        QCOMPARE(value(QStringLiteral("summary"), {}, QStringLiteral("cost_usd")), QStringLiteral("0.006"));
        QCOMPARE(value(QStringLiteral("week"), QStringLiteral("2026-11-09"), QStringLiteral("scripts")),
                 QStringLiteral("0"));
        QCOMPARE(value(QStringLiteral("rating"), QStringLiteral("4"), QStringLiteral("ratings")), QStringLiteral("2"));
        QCOMPARE(value(QStringLiteral("brand"), QStringLiteral("Acme"), QStringLiteral("prompt_tokens")),
                 QStringLiteral("2000"));
    }

    void promotionCarriesRatingsAndPerformanceIntoRetrievalWeight()
    {
        GenerationRecord r = record(QStringLiteral("Acme"), QStringLiteral("Your desk is stealing your posture"));
        r.script.body = QStringLiteral("Three moves, two minutes, every hour. Your back will thank you by Friday.");
        const qint64 id = add(r);
        Rating five;
        five.stars = 5;
        QVERIFY(history::rateScript(*m_ws, id, five).ok());

        auto promoted = history::promoteScript(*m_ws, id);
        QVERIFY2(promoted.ok(), qPrintable(promoted ? QString() : promoted.error().toEnglish()));
        QCOMPARE(promoted->source, ExampleSource::Promoted);
        QCOMPARE(promoted->sector, QStringLiteral("fitness"));
        QCOMPARE(promoted->hookType, QStringLiteral("question"));
        QCOMPARE(promoted->script.hook, r.script.hook);
        QCOMPARE(promoted->rating, std::optional<double>(5.0));
        const double fiveStarQuality = promoted->quality;

        // Promoting again refreshes the same example.
        QCOMPARE(history::promoteScript(*m_ws, id)->id, promoted->id);

        // Worse ratings lower its weight; good performance raises it.
        Rating one;
        one.stars = 1;
        QVERIFY(history::rateScript(*m_ws, id, one).ok());
        QVERIFY(history::rateScript(*m_ws, id, one).ok());
        auto after = m_ws->examples().get(promoted->id);
        QCOMPARE(after->rating, std::optional<double>(7.0 / 3.0));
        QVERIFY(after->quality < fiveStarQuality);
        moveTo(id, {QStringLiteral("in_review"), QStringLiteral("approved"), QStringLiteral("published")});
        Performance p;
        p.figures.views = 1000;
        p.figures.likes = 150;
        QVERIFY(history::recordPerformance(*m_ws, id, p).ok());
        auto withFigures = m_ws->examples().get(promoted->id);
        QCOMPARE(withFigures->engagement.views, std::optional<qint64>(1000));
        QVERIFY(withFigures->quality > after->quality);

        // A script whose text the library already holds is refused, naming the example.
        const qint64 twin = add(r);
        auto duplicate = history::promoteScript(*m_ws, twin);
        QCOMPARE(duplicate.error().code, ErrorCode::DuplicateExample);
        QCOMPARE(duplicate.error().args.first(), QString::number(promoted->id));

        // Unrated examples stay neutral; 5 stars beat 1 star at equal completeness.
        Example e = *withFigures;
        e.engagement = {};
        e.rating.reset();
        const double neutral = ExampleLibrary::qualityOf(e);
        e.rating = 5;
        QVERIFY(ExampleLibrary::qualityOf(e) > neutral);
        e.rating = 1;
        QVERIFY(ExampleLibrary::qualityOf(e) < neutral);
    }
};

QTEST_GUILESS_MAIN(TestScriptHistory)
#include "tst_scripthistory.moc"
